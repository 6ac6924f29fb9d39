package org.pomegranate.facilities;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.pomegranate.facilities.internal.BookingRepository;
import org.pomegranate.facilities.internal.BookingRules;
import org.pomegranate.facilities.internal.FacilityRepository;
import org.pomegranate.facilities.internal.Texts;
import org.pomegranate.identity.CurrentUser;
import org.pomegranate.identity.IdentityManagement;
import org.pomegranate.identity.Permission;
import org.pomegranate.identity.StaffMember;
import org.pomegranate.notifications.Notifications;
import org.pomegranate.shared.web.ForbiddenException;
import org.pomegranate.shared.web.InvalidInputException;
import org.pomegranate.shared.web.NotFoundException;
import org.pomegranate.shared.web.RuleViolationException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bookings of rooms: staff (for their work or for an organisation) and signed-in residents ask
 * for a slot; the facility's manager approves or declines with a reason; the requester or the
 * manager cancels. The requester is told of the decision. Each act is one transaction: a refused
 * act changes nothing.
 * <p>
 * Two approved bookings of one room never overlap: the exclusion constraint of the database
 * refuses the second approval, also when both are approved at the same moment (409).
 */
@Service
@Transactional
public class Bookings {

	/** A calendar asks for at most this span at once (a month view with its edges). */
	public static final Duration LONGEST_VIEW = Duration.ofDays(45);
	/** The feed reaches this far back, so last week's meetings stay in a subscriber's calendar. */
	public static final Duration FEED_PAST = Duration.ofDays(31);
	public static final Duration FEED_AHEAD = Duration.ofDays(366);

	private final BookingRepository bookings;
	private final FacilityRepository facilityRows;
	private final Facilities facilities;
	private final IdentityManagement identity;
	private final Notifications notifications;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	Bookings(BookingRepository bookings, FacilityRepository facilityRows, Facilities facilities,
			IdentityManagement identity, Notifications notifications, ApplicationEventPublisher events, Clock clock) {
		this.bookings = bookings;
		this.facilityRows = facilityRows;
		this.facilities = facilities;
		this.identity = identity;
		this.notifications = notifications;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Asks for a room. A room the caller may not see names {@code roomId} (400); a slot already
	 * held by an approved booking answers 409 at once (the approval would be refused anyway).
	 */
	public Booking request(NewBooking booking) {
		CurrentUser user = identity.currentUser();
		RequesterKind kind = requesterKind(user, booking);
		Facility facility = roomFacility(booking.roomId());
		if (user.role().isStaff() && !identity.scopeOf(user).contains(facility.unitId())) {
			throw new InvalidInputException("roomId", "error.booking.room");
		}
		Room room = facility.rooms().stream().filter(r -> r.id().equals(booking.roomId())).findFirst().orElseThrow();
		Instant now = clock.instant();
		BookingRules.check(facility, booking.start(), booking.end(), now);
		String purpose = Texts.required("purpose", booking.purpose(), 200);
		String organisation = Texts.optional("organisation", booking.organisation(), 100);
		if (booking.attendees() != null && (booking.attendees() < 1 || booking.attendees() > room.capacity())) {
			throw new InvalidInputException("attendees", "error.booking.attendees");
		}
		if (bookings.overlapsApproved(room.id(), booking.start(), booking.end())) {
			throw new RuleViolationException("error.booking.overlap");
		}
		UUID id = UUID.randomUUID();
		bookings.insert(id, room.id(), booking.start(), booking.end(), purpose, booking.attendees(), kind,
				user.accountId(), organisation, now);
		events.publishEvent(new BookingRequested(id, room.id(), facility.id(), facility.unitId(), booking.start(),
				booking.end()));
		notifications.send(managersAt(facility.unitId()), "booking.requested", List.of(facility.name(), room.name()),
				"/bookings/pending");
		return view(bookings.find(id).orElseThrow(), user);
	}

	/** The facility's manager approves a pending booking; an overlap with an approved one answers 409. */
	public Booking approve(UUID id) {
		CurrentUser user = identity.currentUser();
		BookingRepository.Row row = managed(id, user);
		if (row.status() != BookingStatus.PENDING) {
			throw new RuleViolationException("error.booking.notPending");
		}
		try {
			bookings.approve(id, row.roomId(), user.accountId(), clock.instant());
		}
		catch (BookingRepository.Overlap e) {
			throw new RuleViolationException("error.booking.overlap");
		}
		events.publishEvent(new BookingApproved(id, row.roomId(), row.facilityId(), row.unitId(), row.start(), row.end()));
		notifications.send(List.of(row.requesterAccountId()), "booking.approved",
				List.of(row.facilityName(), row.roomName()), "/bookings/mine");
		return view(bookings.find(id).orElseThrow(), user);
	}

	/** The facility's manager declines a pending booking with a reason (2 to 500 characters) the requester reads. */
	public Booking decline(UUID id, String reason) {
		CurrentUser user = identity.currentUser();
		BookingRepository.Row row = managed(id, user);
		String why = Texts.required("reason", reason, 500);
		if (why.length() < 2) {
			throw new InvalidInputException("reason", "error.reason");
		}
		if (!bookings.decline(id, user.accountId(), why, clock.instant())) {
			throw new RuleViolationException("error.booking.notPending");
		}
		events.publishEvent(new BookingDeclined(id, row.roomId(), row.facilityId(), row.unitId(), row.start(), row.end()));
		notifications.send(List.of(row.requesterAccountId()), "booking.declined",
				List.of(row.facilityName(), row.roomName(), shortened(why)), "/bookings/mine");
		return view(bookings.find(id).orElseThrow(), user);
	}

	/** The requester or the facility's manager cancels a pending or approved booking that has not ended. */
	public Booking cancel(UUID id) {
		CurrentUser user = identity.currentUser();
		BookingRepository.Row row = bookings.lock(id).orElseThrow(() -> new NotFoundException("booking"));
		boolean mine = row.requesterAccountId().equals(user.accountId());
		if (!mine && !facilities.manager(user, row.unitId())) {
			throw new NotFoundException("booking");
		}
		Instant now = clock.instant();
		if (!row.end().isAfter(now)) {
			throw new RuleViolationException("error.booking.over");
		}
		if (!bookings.cancel(id, now)) {
			throw new RuleViolationException("error.booking.notOpen");
		}
		events.publishEvent(new BookingCancelled(id, row.roomId(), row.facilityId(), row.unitId(), row.start(),
				row.end(), row.status() == BookingStatus.APPROVED));
		if (!mine) {
			notifications.send(List.of(row.requesterAccountId()), "booking.cancelled",
					List.of(row.facilityName(), row.roomName()), "/bookings/mine");
		}
		return view(bookings.find(id).orElseThrow(), user);
	}

	/**
	 * The bookings of a room that touch the span from {@code from} (inclusive) to {@code to} (exclusive) (at most {@link #LONGEST_VIEW}): the facility's
	 * manager sees pending and approved ones with who asked; everyone else the approved ones and
	 * their own pending ones, without names.
	 */
	@Transactional(readOnly = true)
	public List<Booking> ofRoom(UUID roomId, Instant from, Instant to) {
		if (from == null || to == null || !to.isAfter(from) || Duration.between(from, to).compareTo(LONGEST_VIEW) > 0) {
			throw new InvalidInputException("to", "error.booking.range");
		}
		Facility facility = facilities.get(facilityRows.facilityOfRoom(roomId)
			.orElseThrow(() -> new NotFoundException("room")));
		CurrentUser user = identity.currentUser();
		java.util.function.Predicate<UUID> manages = facilities.managerJudge(user);
		boolean manager = manages.test(facility.unitId());
		return bookings.ofRoom(roomId, from, to, List.of(BookingStatus.PENDING, BookingStatus.APPROVED), 500).stream()
			.filter(b -> manager || b.status() == BookingStatus.APPROVED || b.requesterAccountId().equals(user.accountId()))
			.map(b -> view(b, user, manages))
			.toList();
	}

	/**
	 * A room's approved bookings from {@link #FEED_PAST} ago to {@link #FEED_AHEAD} ahead, for the
	 * calendar feed that calendar apps subscribe to without signing in: slots and purposes only.
	 */
	@Transactional(readOnly = true)
	public RoomFeed feed(UUID roomId) {
		Facility facility = facilityRows.facilityOfRoom(roomId).flatMap(facilityRows::find)
			.orElseThrow(() -> new NotFoundException("room"));
		Room room = facility.rooms().stream().filter(r -> r.id().equals(roomId)).findFirst().orElseThrow();
		Instant now = clock.instant();
		List<RoomFeed.Entry> entries = bookings.ofRoom(roomId, now.minus(FEED_PAST), now.plus(FEED_AHEAD),
				List.of(BookingStatus.APPROVED), 2000).stream()
			.map(b -> new RoomFeed.Entry(b.id(), b.start(), b.end(), b.purpose(), b.requestedAt())).toList();
		return new RoomFeed(roomId, room.name(), facility.name(), facility.address(), entries);
	}

	/** Pending bookings of the facilities the caller manages, the soonest first. */
	@Transactional(readOnly = true)
	public List<Booking> pending() {
		CurrentUser user = identity.currentUser();
		if (!user.can(Permission.HANDLE_REQUESTS) && !user.can(Permission.MANAGE_ORGANIZATION)) {
			throw new ForbiddenException("not a facility manager");
		}
		java.util.function.Predicate<UUID> manages = facilities.managerJudge(user);
		return bookings.pending(identity.scopeOf(user).asArray(), 200).stream().map(b -> view(b, user, manages)).toList();
	}

	/** The caller's own bookings, the latest slot first. */
	@Transactional(readOnly = true)
	public List<Booking> mine() {
		CurrentUser user = identity.currentUser();
		java.util.function.Predicate<UUID> manages = facilities.managerJudge(user);
		return bookings.ofRequester(user.accountId(), 100).stream().map(b -> view(b, user, manages)).toList();
	}

	private RequesterKind requesterKind(CurrentUser user, NewBooking booking) {
		if (booking == null) {
			throw new InvalidInputException("roomId", "error.required");
		}
		if (user.role().isStaff()) {
			return booking.organisation() == null || booking.organisation().isBlank() ? RequesterKind.STAFF
					: RequesterKind.ORGANISATION;
		}
		if (user.residentId() == null) {
			throw new ForbiddenException("neither staff nor resident");
		}
		if (booking.organisation() != null && !booking.organisation().isBlank()) {
			throw new InvalidInputException("organisation", "error.booking.organisation");
		}
		return RequesterKind.RESIDENT;
	}

	private Facility roomFacility(UUID roomId) {
		return (roomId == null ? java.util.Optional.<UUID>empty() : facilityRows.facilityOfRoom(roomId))
			.flatMap(facilityRows::find)
			.orElseThrow(() -> new InvalidInputException("roomId", roomId == null ? "error.required" : "error.booking.room"));
	}

	/** The booking locked, when the caller manages its facility; 404 otherwise. */
	private BookingRepository.Row managed(UUID id, CurrentUser user) {
		return bookings.lock(id).filter(b -> facilities.manager(user, b.unitId()))
			.orElseThrow(() -> new NotFoundException("booking"));
	}

	/** A notification's argument holds at most 200 characters; the whole reason is on the booking. */
	private static String shortened(String text) {
		return text.length() <= 190 ? text : text.substring(0, 189) + "…";
	}

	private List<UUID> managersAt(UUID unitId) {
		return identity.staffAt(unitId).stream()
			.filter(s -> s.role().permissions().contains(Permission.HANDLE_REQUESTS))
			.map(StaffMember::accountId).toList();
	}

	private Booking view(BookingRepository.Row b, CurrentUser user) {
		return view(b, user, facilities.managerJudge(user));
	}

	private Booking view(BookingRepository.Row b, CurrentUser user, java.util.function.Predicate<UUID> manages) {
		boolean mine = b.requesterAccountId().equals(user.accountId());
		boolean manager = manages.test(b.unitId());
		String name = !(manager || mine) ? null : switch (b.requesterKind()) {
			case STAFF -> b.requesterName();
			case ORGANISATION -> b.organisation();
			case RESIDENT -> null;
		};
		return new Booking(b.id(), b.roomId(), b.roomName(), b.facilityId(), b.facilityName(), b.start(), b.end(),
				b.purpose(), b.attendees(), b.status(), b.requesterKind(), name, b.requestedAt(),
				mine || manager ? b.decisionReason() : null, mine, manager);
	}
}
