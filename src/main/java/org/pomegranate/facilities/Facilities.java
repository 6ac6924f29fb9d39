package org.pomegranate.facilities;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.pomegranate.facilities.internal.BookingRepository;
import org.pomegranate.facilities.internal.FacilityRepository;
import org.pomegranate.facilities.internal.Texts;
import org.pomegranate.identity.CurrentUser;
import org.pomegranate.identity.IdentityManagement;
import org.pomegranate.identity.Permission;
import org.pomegranate.organization.OrgLevel;
import org.pomegranate.organization.OrganizationManagement;
import org.pomegranate.shared.web.ConflictException;
import org.pomegranate.shared.web.ForbiddenException;
import org.pomegranate.shared.web.InvalidInputException;
import org.pomegranate.shared.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Facilities and their rooms. Staff see and manage the facilities of their scope (a facility's
 * manager is any staff member whose scope holds the owning unit, with the permission to handle
 * requests); residents see every facility, as they are public places they may book.
 * <p>
 * The methods {@link #find(UUID)} and {@link #approvedBooking(UUID)} are for other modules and do
 * not check the caller's scope: they serve linking (an activity's venue), not showing.
 */
@Service
@Transactional
public class Facilities {

	/** A page of the facility list holds at most this many. */
	public static final int MAX_PAGE = 100;

	private final FacilityRepository facilities;
	private final BookingRepository bookings;
	private final IdentityManagement identity;
	private final OrganizationManagement organization;
	private final Clock clock;

	Facilities(FacilityRepository facilities, BookingRepository bookings, IdentityManagement identity,
			OrganizationManagement organization, Clock clock) {
		this.facilities = facilities;
		this.bookings = bookings;
		this.identity = identity;
		this.organization = organization;
		this.clock = clock;
	}

	// ---- for other modules ----------------------------------------------------------------------

	/** A facility with its rooms, whoever asks (for linking, not for showing to someone out of scope). */
	@Transactional(readOnly = true)
	public Optional<Facility> find(UUID facilityId) {
		return facilityId == null ? Optional.empty() : facilities.find(facilityId);
	}

	/**
	 * The booking as a venue when it is approved now: room, facility, address, slot and owning
	 * unit; empty when it does not exist or is pending, declined or cancelled. Whoever asks.
	 */
	@Transactional(readOnly = true)
	public Optional<ApprovedBooking> approvedBooking(UUID bookingId) {
		return Optional.ofNullable(bookingId).flatMap(bookings::find)
			.filter(b -> b.status() == BookingStatus.APPROVED)
			.map(b -> new ApprovedBooking(b.id(), b.roomId(), b.roomName(), b.facilityId(), b.facilityName(),
					b.address(), b.unitId(), b.start(), b.end(), b.purpose()));
	}

	/** The facilities owned by a unit or any unit below it, by name (at most {@value #MAX_PAGE}). Whoever asks. */
	@Transactional(readOnly = true)
	public List<FacilitySummary> within(UUID unitId) {
		return facilities.page(null, unitId, null, null, null, MAX_PAGE);
	}

	// ---- for people ------------------------------------------------------------------------------

	/**
	 * One page of the facilities the caller may see, by name, after the keyset cursor of the
	 * previous page's last line ({@link FacilityCursor}).
	 */
	@Transactional(readOnly = true)
	public List<FacilitySummary> page(UUID within, FacilityKind kind, FacilityCursor after, int size) {
		CurrentUser user = identity.currentUser();
		UUID[] units = null;
		if (user.role().isStaff()) {
			units = identity.scopeOf(user).asArray();
			if (within != null && !identity.scopeOf(user).contains(within)) {
				throw new InvalidInputException("unitId", "error.unknownUnit");
			}
		}
		int limit = Math.max(1, Math.min(MAX_PAGE, size));
		return facilities.page(units, within, kind, after == null ? null : after.name(),
				after == null ? null : after.id(), limit);
	}

	/** A facility the caller may see; 404 otherwise (a staff member's scope ends where it ends). */
	@Transactional(readOnly = true)
	public Facility get(UUID id) {
		Facility facility = facilities.find(id).orElseThrow(() -> new NotFoundException("facility"));
		CurrentUser user = identity.currentUser();
		if (user.role().isStaff() && !identity.scopeOf(user).contains(facility.unitId())) {
			throw new NotFoundException("facility");
		}
		return facility;
	}

	/** Whether the signed-in caller manages this facility: approves its bookings, edits it. */
	@Transactional(readOnly = true)
	public boolean manages(Facility facility) {
		return identity.signedIn().map(u -> manager(u, facility.unitId())).orElse(false);
	}

	/** Creates a facility of a unit in the caller's scope; answers its id. */
	public UUID create(FacilityInput input) {
		requireManagerOf(input == null ? null : input.unitId());
		UUID id = UUID.randomUUID();
		facilities.insert(id, fields(input), clock.instant());
		return id;
	}

	/** Edits a facility the caller manages, when it still has {@code version} (else 412). */
	public void update(UUID id, int version, FacilityInput input) {
		Facility facility = get(id);
		requireManagerOf(facility.unitId());
		FacilityRepository.Fields fields = fields(input);
		requireManagerOf(fields.unitId());
		if (!facilities.update(id, version, fields)) {
			throw new ConflictException("facility");
		}
	}

	/** Adds a room to a facility the caller manages; answers its id. A second room of the same name: 409. */
	public UUID addRoom(UUID facilityId, String name, Integer capacity, String equipment) {
		Facility facility = get(facilityId);
		requireManagerOf(facility.unitId());
		String roomName = Texts.required("name", name, 100);
		if (capacity == null || capacity < 1 || capacity > 5000) {
			throw new InvalidInputException("capacity", "error.room.capacity");
		}
		String things = Texts.optional("equipment", equipment, 300);
		UUID id = UUID.randomUUID();
		facilities.insertRoom(id, facilityId, roomName, capacity, things);
		return id;
	}

	private FacilityRepository.Fields fields(FacilityInput in) {
		if (in == null) {
			throw new InvalidInputException("name", "error.required");
		}
		if (in.kind() == null) {
			throw new InvalidInputException("kind", "error.required");
		}
		if (in.opensAt() == null || in.closesAt() == null || !in.opensAt().isBefore(in.closesAt())) {
			throw new InvalidInputException("closesAt", "error.facility.hours");
		}
		if (in.openDays() == null || in.openDays().isEmpty()) {
			throw new InvalidInputException("openDays", "error.facility.days");
		}
		String phone = Texts.optional("phone", in.phone(), 30);
		if (phone != null && !phone.matches("[0-9+\\- ]{5,30}")) {
			throw new InvalidInputException("phone", "error.facility.phone");
		}
		return new FacilityRepository.Fields(in.unitId(), in.kind(), Texts.required("name", in.name(), 100),
				Texts.required("address", in.address(), 200), phone, in.opensAt(), in.closesAt(), in.openDays(),
				Texts.optional("accessibility", in.accessibility(), 500),
				Texts.optional("description", in.description(), 1000));
	}

	/** A unit in scope, above the grids, that the caller may manage; a unit outside the scope names the field. */
	private void requireManagerOf(UUID unitId) {
		CurrentUser user = identity.currentUser();
		if (!user.can(Permission.HANDLE_REQUESTS) && !user.can(Permission.MANAGE_ORGANIZATION)) {
			throw new ForbiddenException("not a facility manager");
		}
		if (unitId == null || !manager(user, unitId)) {
			throw new InvalidInputException("unitId", "error.unknownUnit");
		}
		if (organization.find(unitId).map(u -> u.level() == OrgLevel.GRID).orElse(true)) {
			throw new InvalidInputException("unitId", "error.facility.unitLevel");
		}
	}

	boolean manager(CurrentUser user, UUID unitId) {
		return (user.can(Permission.HANDLE_REQUESTS) || user.can(Permission.MANAGE_ORGANIZATION))
				&& identity.scopeOf(user).contains(unitId);
	}
}
