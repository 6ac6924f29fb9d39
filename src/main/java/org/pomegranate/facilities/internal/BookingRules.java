package org.pomegranate.facilities.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.pomegranate.facilities.Facility;
import org.pomegranate.shared.web.InvalidInputException;

/**
 * What a requested slot must be: ending after it starts, not begun yet, not longer than
 * {@link #LONGEST}, not further ahead than {@link #FURTHEST}, and inside the facility's opening
 * hours of one open day (Asia/Shanghai, where the facilities are).
 */
public final class BookingRules {

	public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
	/** A day's event at most; anything longer is a typing mistake or a lease, not a booking. */
	public static final Duration LONGEST = Duration.ofHours(12);
	/** Rooms are booked up to a year ahead. */
	public static final Duration FURTHEST = Duration.ofDays(366);

	private BookingRules() {
	}

	/** @throws InvalidInputException naming {@code start} or {@code end} */
	public static void check(Facility facility, Instant start, Instant end, Instant now) {
		if (start == null) {
			throw new InvalidInputException("start", "error.required");
		}
		if (end == null) {
			throw new InvalidInputException("end", "error.required");
		}
		if (!end.isAfter(start)) {
			throw new InvalidInputException("end", "error.booking.order");
		}
		if (!start.isAfter(now)) {
			throw new InvalidInputException("start", "error.booking.past");
		}
		if (start.isAfter(now.plus(FURTHEST))) {
			throw new InvalidInputException("start", "error.booking.tooFar");
		}
		if (Duration.between(start, end).compareTo(LONGEST) > 0) {
			throw new InvalidInputException("end", "error.booking.tooLong");
		}
		ZonedDateTime from = start.atZone(ZONE);
		ZonedDateTime to = end.atZone(ZONE);
		LocalDate day = from.toLocalDate();
		if (!to.toLocalDate().equals(day)
				|| !facility.open(day.getDayOfWeek(), from.toLocalTime(), to.toLocalTime())) {
			throw new InvalidInputException("start", "error.booking.hours");
		}
	}
}
