package org.pomegranate.volunteers.web;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.pomegranate.volunteers.HoursEntry;
import org.pomegranate.volunteers.Opportunities;
import org.pomegranate.volunteers.Opportunity;
import org.pomegranate.volunteers.OpportunityForm;
import org.pomegranate.volunteers.Page;
import org.pomegranate.volunteers.Shift;
import org.pomegranate.volunteers.ShiftForm;
import org.pomegranate.volunteers.Shifts;
import org.pomegranate.volunteers.Signup;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Volunteer opportunities, shifts, sign-ups and check-in/check-out over JSON. */
@RestController
@Tag(name = "Volunteer opportunities", description = "Opportunities with shifts and needed counts, sign-ups that "
		+ "never pass the count, check-in and check-out that give hours and points")
class OpportunityApiController {

	/** Who signs up: left out, the signed-in volunteer herself. */
	record SignupRequest(UUID volunteerId) {
	}

	/** Who checks in or out, and when (left out: now; within the shift's times give or take 4 hours). */
	record Attendance(UUID volunteerId, Instant at) {
	}

	private final Opportunities opportunities;
	private final Shifts shifts;

	OpportunityApiController(Opportunities opportunities, Shifts shifts) {
		this.opportunities = opportunities;
		this.shifts = shifts;
	}

	@GetMapping("/api/v1/volunteer-opportunities")
	@Operation(summary = "Opportunities the caller sees, newest first (keyset: after=<id of the last one seen>)")
	Page<Opportunity> list(@RequestParam(required = false) UUID after, @RequestParam(defaultValue = "50") int size) {
		return opportunities.list(after, size);
	}

	@PostMapping("/api/v1/volunteer-opportunities")
	@Operation(summary = "A new opportunity for a unit of the caller's scope (201); activityId optionally links an "
			+ "activity of the activities module")
	ResponseEntity<Opportunity> create(@RequestBody OpportunityForm form) {
		UUID id = opportunities.create(form);
		return ResponseEntity.created(URI.create("/api/v1/volunteer-opportunities/" + id)).body(opportunities.get(id));
	}

	@GetMapping("/api/v1/volunteer-opportunities/{id}")
	@Operation(summary = "One opportunity")
	Opportunity get(@PathVariable UUID id) {
		return opportunities.get(id);
	}

	@GetMapping("/api/v1/volunteer-opportunities/{id}/shifts")
	@Operation(summary = "Its shifts by start time, with the count needed and signed up")
	List<Shift> shifts(@PathVariable UUID id) {
		return opportunities.shifts(id);
	}

	@PostMapping("/api/v1/volunteer-opportunities/{id}/shifts")
	@Operation(summary = "A new shift (201): ends after it starts, within 24 hours, needs 1 to 500")
	ResponseEntity<Shift> addShift(@PathVariable UUID id, @RequestBody ShiftForm form) {
		UUID shift = opportunities.addShift(id, form);
		return ResponseEntity.status(201).body(shifts.get(shift));
	}

	@PostMapping("/api/v1/shifts/{id}/signups")
	@Operation(summary = "Sign up (201): the volunteer herself, or staff for a volunteer of their scope. 409 when "
			+ "the shift is full or has started, or she is signed up already")
	ResponseEntity<Shift> signUp(@PathVariable UUID id, @RequestBody(required = false) SignupRequest request) {
		shifts.signUp(id, request == null ? null : request.volunteerId());
		return ResponseEntity.status(201).body(shifts.get(id));
	}

	@DeleteMapping("/api/v1/shifts/{id}/signups/{volunteerId}")
	@Operation(summary = "Cancel a sign-up before check-in; the place is free again (409 when none to cancel)")
	Shift cancel(@PathVariable UUID id, @PathVariable UUID volunteerId) {
		shifts.cancel(id, volunteerId);
		return shifts.get(id);
	}

	@GetMapping("/api/v1/shifts/{id}/signups")
	@Operation(summary = "The shift's roster (staff of its unit or its team's coordinator), names masked, audited")
	List<Signup> roster(@PathVariable UUID id) {
		return shifts.roster(id);
	}

	@PostMapping("/api/v1/shifts/{id}/check-ins")
	@Operation(summary = "Check a signed-up volunteer in (staff or the team's coordinator); 409 when not signed "
			+ "up or checked in already")
	ResponseEntity<Void> checkIn(@PathVariable UUID id, @RequestBody Attendance attendance) {
		shifts.checkIn(id, attendance == null ? null : attendance.volunteerId(), attendance == null ? null : attendance.at());
		return ResponseEntity.status(201).build();
	}

	@PostMapping("/api/v1/shifts/{id}/check-outs")
	@Operation(summary = "Check a volunteer out (201): the time since check-in becomes her approved hours, with "
			+ "their points; 409 when not checked in or out already")
	ResponseEntity<HoursEntry> checkOut(@PathVariable UUID id, @RequestBody Attendance attendance) {
		return ResponseEntity.status(201).body(shifts.checkOut(id, attendance == null ? null : attendance.volunteerId(),
				attendance == null ? null : attendance.at()));
	}
}
