package org.pomegranate.facilities.web;

import java.net.URI;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.pomegranate.facilities.Booking;
import org.pomegranate.facilities.Bookings;
import org.pomegranate.facilities.Facilities;
import org.pomegranate.facilities.Facility;
import org.pomegranate.facilities.FacilityCursor;
import org.pomegranate.facilities.FacilityInput;
import org.pomegranate.facilities.FacilityKind;
import org.pomegranate.facilities.FacilitySummary;
import org.pomegranate.facilities.NewBooking;
import org.pomegranate.facilities.internal.BookingRules;
import org.pomegranate.shared.RateLimiter;
import org.pomegranate.shared.web.InvalidInputException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Facilities, rooms and bookings over JSON. Staff see the facilities of their scope; residents
 * see all of them. The room's calendar feed is public (see {@link #calendar}).
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Facilities", description = "Ethnic service centres, pomegranate seed homes and halls; rooms and bookings")
class FacilityApiController {

	/** Feed fetches per address per window: a calendar app polls a few times an hour per room. */
	static final int FEED_LIMIT = 120;
	static final Duration FEED_WINDOW = Duration.ofHours(1);

	private final Facilities facilities;
	private final Bookings bookings;
	private final RateLimiter limiter;

	FacilityApiController(Facilities facilities, Bookings bookings, RateLimiter limiter) {
		this.facilities = facilities;
		this.bookings = bookings;
		this.limiter = limiter;
	}

	@GetMapping("/facilities")
	@Operation(summary = "Facilities by name, a page at a time: pass the answer's 'next' as 'after' for the next page. "
			+ "Staff see their scope, residents every facility")
	FacilityPage list(@RequestParam(required = false) UUID unitId, @RequestParam(required = false) FacilityKind kind,
			@Parameter(description = "the 'next' token of the previous page")
			@RequestParam(required = false) @Size(max = 600) String after,
			@RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
		FacilityCursor cursor = after == null ? null
				: FacilityCursor.parse(after).orElseThrow(() -> new InvalidInputException("after", "error.field.type"));
		List<FacilitySummary> items = facilities.page(unitId, kind, cursor, size);
		String next = items.size() < size ? null : FacilityCursor.after(items.get(items.size() - 1)).token();
		return new FacilityPage(items, next);
	}

	@GetMapping("/facilities/{id}")
	@Operation(summary = "One facility with its rooms, opening hours and photo ids")
	Facility get(@PathVariable UUID id) {
		return facilities.get(id);
	}

	@PostMapping("/facilities")
	@Operation(summary = "Staff: create a facility of a unit in their scope (not a grid)")
	ResponseEntity<Facility> create(@Valid @RequestBody FacilityBody body) {
		UUID id = facilities.create(body.input());
		return ResponseEntity.created(URI.create("/api/v1/facilities/" + id)).body(facilities.get(id));
	}

	@PostMapping("/facilities/{id}/rooms")
	@Operation(summary = "Staff: add a room to a facility they manage")
	ResponseEntity<Facility> addRoom(@PathVariable UUID id, @Valid @RequestBody RoomBody body) {
		facilities.addRoom(id, body.name(), body.capacity(), body.equipment());
		return ResponseEntity.status(201).body(facilities.get(id));
	}

	@PostMapping("/bookings")
	@Operation(summary = "Ask for a room for a slot with a purpose: staff (optionally for an organisation) or a "
			+ "signed-in resident. The slot must end after it starts, lie ahead, last at most 12 hours and fit the "
			+ "opening hours of one day (400); a slot an approved booking holds answers 409. The booking is PENDING "
			+ "until the facility's manager decides")
	ResponseEntity<Booking> book(@Valid @RequestBody BookingBody body) {
		Booking booking = bookings.request(new NewBooking(body.roomId(), body.start().toInstant(),
				body.end().toInstant(), body.purpose(), body.attendees(), body.organisation()));
		return ResponseEntity.created(URI.create("/api/v1/bookings/" + booking.id())).body(booking);
	}

	@PostMapping("/bookings/{id}/approve")
	@Operation(summary = "The facility's manager approves a pending booking; 409 when it would overlap an approved "
			+ "booking of the room (the database refuses it, even for two approvals at the same moment)")
	Booking approve(@PathVariable UUID id) {
		return bookings.approve(id);
	}

	@PostMapping("/bookings/{id}/decline")
	@Operation(summary = "The facility's manager declines a pending booking with a reason the requester reads")
	Booking decline(@PathVariable UUID id, @Valid @RequestBody Reason body) {
		return bookings.decline(id, body.reason());
	}

	@PostMapping("/bookings/{id}/cancel")
	@Operation(summary = "The requester or the facility's manager cancels a pending or approved booking that has "
			+ "not ended")
	Booking cancel(@PathVariable UUID id) {
		return bookings.cancel(id);
	}

	@GetMapping("/bookings/pending")
	@Operation(summary = "The manager's queue: pending bookings of the facilities in the caller's scope, soonest first")
	List<Booking> pending() {
		return bookings.pending();
	}

	@GetMapping("/bookings/mine")
	@Operation(summary = "The caller's own bookings, the latest slot first")
	List<Booking> mine() {
		return bookings.mine();
	}

	@GetMapping("/rooms/{id}/bookings")
	@Operation(summary = "A room's bookings from one day to another (both included, Asia/Shanghai, at most 44 days): "
			+ "the manager sees pending and approved ones, others the approved ones and their own")
	List<Booking> roomBookings(@PathVariable UUID id,
			@Parameter(description = "first day, e.g. 2026-12-01") @RequestParam
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@Parameter(description = "last day") @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		return bookings.ofRoom(id, from.atStartOfDay(BookingRules.ZONE).toInstant(),
				to.plusDays(1).atStartOfDay(BookingRules.ZONE).toInstant());
	}

	/**
	 * Public on purpose: calendar apps subscribe to a URL and cannot send a Bearer token. It shows
	 * what a notice board at the door would (slot and purpose of approved bookings, never who
	 * asked), and is rate limited per address.
	 */
	@GetMapping(value = "/rooms/{id}/calendar.ics", produces = "text/calendar")
	@Operation(summary = "The room's approved bookings as an iCalendar feed (RFC 5545) to subscribe to; no sign-in "
			+ "needed, at most 120 fetches per hour per address; slots and purposes only, never the requester")
	ResponseEntity<String> calendar(@PathVariable UUID id, HttpServletRequest request) {
		limiter.acquire("ics:" + request.getRemoteAddr(), FEED_LIMIT, FEED_WINDOW);
		String body = IcsWriter.write(bookings.feed(id), java.time.Instant.now());
		return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/calendar; charset=UTF-8"))
			.header("Content-Disposition", "inline; filename=\"room-" + id + ".ics\"").body(body);
	}

	// ---- bodies -----------------------------------------------------------------------------------

	/** A page of facilities and the token of the next page ({@code null} on the last). */
	record FacilityPage(List<FacilitySummary> items, @Size(max = 600) String next) {
	}

	record FacilityBody(@NotNull UUID unitId, @NotNull FacilityKind kind, @NotBlank @Size(max = 100) String name,
			@NotBlank @Size(max = 200) String address, @Size(max = 30) String phone, @NotNull LocalTime opensAt,
			@NotNull LocalTime closesAt, @NotNull @Size(min = 1, max = 7) Set<DayOfWeek> openDays,
			@Size(max = 500) String accessibility, @Size(max = 1000) String description) {

		FacilityInput input() {
			return new FacilityInput(unitId, kind, name, address, phone, opensAt, closesAt, openDays, accessibility,
					description);
		}
	}

	record RoomBody(@NotBlank @Size(max = 100) String name, @NotNull @Min(1) @Max(5000) Integer capacity,
			@Size(max = 300) String equipment) {
	}

	record BookingBody(@NotNull UUID roomId,
			@Parameter(description = "start with its offset, e.g. 2026-12-01T14:00:00+08:00") @NotNull OffsetDateTime start,
			@NotNull OffsetDateTime end, @NotBlank @Size(max = 200) String purpose,
			@Min(1) @Max(5000) Integer attendees, @Size(max = 100) String organisation) {
	}

	record Reason(@NotBlank @Size(max = 500) String reason) {
	}
}
