package org.pomegranate.activities.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.pomegranate.activities.ActivityForm;
import org.pomegranate.activities.CoOrganiser;
import org.pomegranate.activities.Festival;
import org.pomegranate.activities.Localized;
import org.pomegranate.shared.TimeConfiguration;
import org.pomegranate.shared.web.ControlCharacters;
import org.pomegranate.shared.web.InvalidInputException;

/*
 * What a new activity must satisfy. Every problem is collected with its field, so a form hears them
 * all at once; nothing is written while any remains.
 */
public final class ActivityRules {

	public static final int MAX_TITLE = 200, MAX_DESCRIPTION = 4000, MAX_ADDRESS = 300, MAX_CO_ORGANISERS = 20,
			MAX_CAPACITY = 5000;

	// an activity lasts at most two weeks (a festival week with its eve)
	static final Duration MAX_LENGTH = Duration.ofDays(14);

	// planned at most two years ahead, recorded at most a year back
	static final Duration MAX_AHEAD = Duration.ofDays(731), MAX_BACK = Duration.ofDays(366);

	private ActivityRules() {
	}

	// checks a form as of now; throws InvalidInputException naming every field in error
	// (no Javadoc here: the module documenter fails on this type's entry in its source map)
	public static void check(ActivityForm form, Instant now) {
		Map<String, String> errors = new LinkedHashMap<>();
		if (form.kind() == null) {
			errors.put("kind", "error.required");
		}
		texts(errors, "title", form.title(), MAX_TITLE, true);
		texts(errors, "description", form.description(), MAX_DESCRIPTION, false);
		boolean hasAddress = form.venueAddress() != null && !form.venueAddress().isBlank();
		if (form.venueBookingId() == null && !hasAddress) {
			errors.put("venueAddress", "error.activity.venue");
		}
		if (hasAddress) {
			text(errors, "venueAddress", form.venueAddress(), MAX_ADDRESS);
		}
		if (form.startsAt() == null) {
			errors.put("startsAt", "error.required");
		}
		if (form.endsAt() == null) {
			errors.put("endsAt", "error.required");
		}
		if (form.startsAt() != null && form.endsAt() != null) {
			Instant start = form.startsAt().atZone(TimeConfiguration.DISPLAY_ZONE).toInstant();
			Instant end = form.endsAt().atZone(TimeConfiguration.DISPLAY_ZONE).toInstant();
			if (!end.isAfter(start)) {
				errors.put("endsAt", "error.activity.endsBeforeStart");
			}
			else if (Duration.between(start, end).compareTo(MAX_LENGTH) > 0) {
				errors.put("endsAt", "error.activity.tooLong");
			}
			if (start.isAfter(now.plus(MAX_AHEAD)) || start.isBefore(now.minus(MAX_BACK))) {
				errors.put("startsAt", "error.activity.startRange");
			}
		}
		if (form.capacity() == null) {
			errors.put("capacity", "error.required");
		}
		else if (form.capacity() < 1 || form.capacity() > MAX_CAPACITY) {
			errors.put("capacity", "error.activity.capacity");
		}
		if (form.festivalCode() != null && !form.festivalCode().isBlank()) {
			try {
				Festival.valueOf(form.festivalCode());
			}
			catch (IllegalArgumentException e) {
				errors.put("festivalCode", "error.activity.festival");
			}
		}
		if (form.coOrganisers().size() > MAX_CO_ORGANISERS) {
			errors.put("coOrganisers", "error.activity.coOrganisers");
		}
		for (int i = 0; i < form.coOrganisers().size(); i++) {
			CoOrganiser co = form.coOrganisers().get(i);
			if (co == null || co.type() == null) {
				errors.put("coOrganisers[" + i + "].type", "error.required");
			}
			if (co == null || co.name() == null || co.name().isBlank()) {
				errors.put("coOrganisers[" + i + "].name", "error.required");
			}
			else {
				text(errors, "coOrganisers[" + i + "].name", co.name(), MAX_TITLE);
			}
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
	}

	private static void texts(Map<String, String> errors, String field, Localized text, int max, boolean required) {
		if (text == null || text.zh() == null) {
			if (required) {
				errors.put(field + ".zh", "error.required");
			}
			if (text == null) {
				return;
			}
		}
		text(errors, field + ".zh", text.zh(), max);
		text(errors, field + ".en", text.en(), max);
		text(errors, field + ".bo", text.bo(), max);
		text(errors, field + ".mn", text.mn(), max);
	}

	static void text(Map<String, String> errors, String field, String value, int max) {
		if (value == null) {
			return;
		}
		if (ControlCharacters.present(value)) {
			errors.put(field, ControlCharacters.MESSAGE);
		}
		else if (value.length() > max) {
			errors.put(field, "error.tooLong");
		}
	}
}
