package org.pomegranate.volunteers.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.pomegranate.volunteers.HoursEntry;
import org.pomegranate.volunteers.HoursForm;
import org.pomegranate.volunteers.Ledger;
import org.pomegranate.volunteers.Page;
import org.pomegranate.volunteers.RedemptionForm;
import org.pomegranate.volunteers.Volunteer;
import org.pomegranate.volunteers.VolunteerForm;
import org.pomegranate.volunteers.VolunteerPoints;
import org.pomegranate.volunteers.Volunteers;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Volunteers over JSON: registration with consent, the list of a scope, hours and the points ledger. */
@RestController
@Tag(name = "Volunteers", description = "Registrations with consent, hours entered and approved, the points "
		+ "ledger and redemptions (志愿者)")
class VolunteerApiController {

	private final Volunteers volunteers;
	private final VolunteerPoints points;

	VolunteerApiController(Volunteers volunteers, VolunteerPoints points) {
		this.volunteers = volunteers;
		this.points = points;
	}

	@PostMapping("/api/v1/volunteers")
	@Operation(summary = "Register a volunteer (201): a resident herself (residentId left out), or staff for a "
			+ "resident of their scope; consent must be true. A standing registration answers 409")
	ResponseEntity<Volunteer> register(@RequestBody VolunteerForm form) {
		UUID id = volunteers.register(form);
		return ResponseEntity.created(URI.create("/api/v1/volunteers/" + id)).body(volunteers.get(id));
	}

	@GetMapping("/api/v1/volunteers")
	@Operation(summary = "Volunteers of the caller's scope, newest first, names masked (keyset: after=<id of the "
			+ "last one seen>; next is the cursor of the next page). Audited")
	Page<Volunteer> list(@RequestParam(required = false) UUID after, @RequestParam(defaultValue = "50") int size,
			@RequestParam(defaultValue = "false") boolean includeEnded) {
		return volunteers.list(after, size, includeEnded);
	}

	@GetMapping("/api/v1/volunteers/{id}")
	@Operation(summary = "One volunteer: to herself, or to staff of her community's scope (name masked, audited)")
	Volunteer get(@PathVariable UUID id) {
		return volunteers.get(id);
	}

	@PostMapping("/api/v1/volunteers/{id}/consent-withdrawal")
	@Operation(summary = "Withdraw consent: the registration ends now (herself, or staff for her); 409 when ended")
	Volunteer withdraw(@PathVariable UUID id) {
		volunteers.withdrawConsent(id);
		return volunteers.get(id);
	}

	@PostMapping("/api/v1/volunteers/{id}/hours")
	@Operation(summary = "Hours she entered (201), waiting for staff approval: workedOn within the last 90 days, "
			+ "1 to 720 minutes, a description")
	ResponseEntity<HoursEntry> enter(@PathVariable UUID id, @RequestBody HoursForm form) {
		UUID hours = points.enter(id, form);
		return ResponseEntity.status(201).body(points.hoursOf(id).stream().filter(h -> h.id().equals(hours))
			.findFirst().orElseThrow());
	}

	@GetMapping("/api/v1/volunteers/{id}/hours")
	@Operation(summary = "Her hours, newest first, pending and approved")
	List<HoursEntry> hours(@PathVariable UUID id) {
		return points.hoursOf(id);
	}

	@PostMapping("/api/v1/hours/{id}/approve")
	@Operation(summary = "Staff approve entered hours; their points are earned once (409 when approved already)")
	HoursEntry approve(@PathVariable UUID id) {
		return points.approve(id);
	}

	@GetMapping("/api/v1/volunteers/{id}/ledger")
	@Operation(summary = "Her points balance and ledger lines, newest first")
	Ledger ledger(@PathVariable UUID id) {
		return points.ledger(id);
	}

	@PostMapping("/api/v1/volunteers/{id}/redemptions")
	@Operation(summary = "Staff spend her points on a recognition (201); more than the balance answers 409 and "
			+ "writes nothing")
	ResponseEntity<Ledger> redeem(@PathVariable UUID id, @RequestBody RedemptionForm form) {
		return ResponseEntity.status(201).body(points.redeem(id, form));
	}
}
