package org.pomegranate.activities.web;

import java.net.URI;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.pomegranate.activities.Activities;
import org.pomegranate.activities.Activity;
import org.pomegranate.activities.ActivityForm;
import org.pomegranate.activities.ActivityReport;
import org.pomegranate.activities.CheckIn;
import org.pomegranate.activities.CheckIns;
import org.pomegranate.activities.FestivalCalendar;
import org.pomegranate.activities.FestivalDay;
import org.pomegranate.activities.ParticipationFigures;
import org.pomegranate.activities.ParticipationRow;
import org.pomegranate.activities.SignUps;
import org.pomegranate.activities.Signup;
import org.pomegranate.shared.web.InvalidInputException;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Activities, sign-ups, check-ins, the festival calendar and participation figures over JSON. */
@RestController
@Tag(name = "Activities", description = "Activities with sign-up, waiting list and QR check-in; the festival calendar; "
		+ "participation figures in aggregate")
class ActivityApiController {

	private final Activities activities;
	private final SignUps signUps;
	private final CheckIns checkIns;
	private final FestivalCalendar festivals;
	private final ParticipationFigures figures;
	private final MessageSource messages;

	ActivityApiController(Activities activities, SignUps signUps, CheckIns checkIns, FestivalCalendar festivals,
			ParticipationFigures figures, MessageSource messages) {
		this.activities = activities;
		this.signUps = signUps;
		this.checkIns = checkIns;
		this.festivals = festivals;
		this.figures = figures;
		this.messages = messages;
	}

	record SignupRequest(UUID residentId) {
	}

	record CodeRequest(String code) {
	}

	record WalkInRequest(String name, UUID residentId) {
	}

	record ReportRequest(String summary) {
	}

	/** A festival in a year, named in the reader's language. */
	record FestivalEntry(String code, String name, LocalDate date, FestivalDay.Source source, String usualTiming) {
	}

	@GetMapping("/api/v1/activities")
	@Operation(summary = "Activities starting between two days (inclusive, at most 400 days apart) in start order; "
			+ "keyset: after=<id of the last one seen>; unitId narrows staff to a unit's subtree")
	List<Activity> list(@RequestParam LocalDate from, @RequestParam LocalDate to,
			@RequestParam(required = false) UUID unitId, @RequestParam(required = false) UUID after,
			@RequestParam(defaultValue = "50") int size) {
		return activities.list(from, to, unitId, after, size);
	}

	@GetMapping("/api/v1/activities/{id}")
	@Operation(summary = "One activity: places taken, the waiting list's length, venue, co-organisers")
	Activity get(@PathVariable UUID id) {
		return activities.get(id);
	}

	@PostMapping("/api/v1/activities")
	@Operation(summary = "Plan an activity (community staff and heads, officers): kind, organiser unit, audience "
			+ "community (null: open), title in zh (en/bo/mn optional), venue (an approved booking or an address), "
			+ "local start and end, capacity, co-organisers")
	ResponseEntity<Activity> create(@RequestBody ActivityForm form) {
		UUID id = activities.create(form);
		return ResponseEntity.created(URI.create("/api/v1/activities/" + id)).body(activities.get(id));
	}

	@PostMapping("/api/v1/activities/{id}/signups")
	@Operation(summary = "Sign up: a resident herself (no body), staff for a resident of their scope (residentId). "
			+ "CONFIRMED while places are free, WAITING after; 409 for a second sign-up or a started or cancelled activity")
	ResponseEntity<Signup> signUp(@PathVariable UUID id, @RequestBody(required = false) SignupRequest request) {
		Signup signup = signUps.signUp(id, request == null ? null : request.residentId());
		return ResponseEntity.created(URI.create("/api/v1/activities/" + id + "/signups/" + signup.id())).body(signup);
	}

	@DeleteMapping("/api/v1/activities/{id}/signups/{signupId}")
	@Operation(summary = "Cancel a sign-up (her own, or staff in scope) before the start; a freed place goes to the "
			+ "first of the waiting list in the same transaction, who is notified")
	ResponseEntity<Void> cancel(@PathVariable UUID id, @PathVariable UUID signupId) {
		signUps.cancel(id, signupId);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/api/v1/activities/{id}/check-ins")
	@Operation(summary = "Check a ticket in by its QR token or typed short code: 400 for a code that is no ticket, "
			+ "409 for another activity's ticket, twice, a cancelled or waiting sign-up, an activity over or cancelled")
	ResponseEntity<CheckIn> checkIn(@PathVariable UUID id, @RequestBody CodeRequest request) {
		return ResponseEntity.status(201).body(checkIns.checkIn(id, request == null ? null : request.code()));
	}

	@PostMapping("/api/v1/activities/{id}/walk-ins")
	@Operation(summary = "Record a walk-in: a name (optional) or a resident of the caller's scope")
	ResponseEntity<CheckIn> walkIn(@PathVariable UUID id, @RequestBody(required = false) WalkInRequest request) {
		return ResponseEntity.status(201).body(checkIns.walkIn(id, request == null ? null : request.name(),
				request == null ? null : request.residentId()));
	}

	@PostMapping("/api/v1/activities/{id}/report")
	@Operation(summary = "Write the after-activity report (once it has ended); participants and households reached "
			+ "are counted from the check-ins")
	ActivityReport report(@PathVariable UUID id, @RequestBody ReportRequest request) {
		return activities.writeReport(id, request == null ? null : request.summary());
	}

	@GetMapping("/api/v1/festivals")
	@Operation(summary = "Every festival's Gregorian date in a year (1901–2199): lunar ones from the Chinese "
			+ "calendar, Qingming from the sun, office-set ones once the office has set them (date null before)")
	List<FestivalEntry> festivals(@RequestParam int year, Locale locale) {
		return festivals.year(year).stream().map(d -> new FestivalEntry(d.code(),
				messages.getMessage(d.festival().messageKey(), null, locale), d.date(), d.source(),
				messages.getMessage(d.festival().messageKey() + ".timing", null, locale))).toList();
	}

	@GetMapping("/api/v1/participation")
	@Operation(summary = "Participation per unit of the caller's scope in a month (yyyy-MM): activities held, "
			+ "participants, residents reached, repeat rate, and the mixed-groups share with counts under 10 hidden")
	List<ParticipationRow> participation(@RequestParam String month) {
		try {
			return figures.month(YearMonth.parse(month));
		}
		catch (java.time.format.DateTimeParseException e) {
			throw new InvalidInputException("month", "error.activity.month");
		}
	}
}
