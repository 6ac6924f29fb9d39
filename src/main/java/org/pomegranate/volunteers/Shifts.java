package org.pomegranate.volunteers;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.pomegranate.identity.CurrentUser;
import org.pomegranate.identity.IdentityManagement;
import org.pomegranate.identity.Permission;
import org.pomegranate.privacy.AuditLog;
import org.pomegranate.shared.TimeConfiguration;
import org.pomegranate.shared.web.ForbiddenException;
import org.pomegranate.shared.web.InvalidInputException;
import org.pomegranate.shared.web.NotFoundException;
import org.pomegranate.shared.web.RuleViolationException;
import org.pomegranate.volunteers.internal.VolunteerHoursRepository;
import org.pomegranate.volunteers.internal.VolunteerOpportunityRepository;
import org.pomegranate.volunteers.internal.VolunteerOpportunityRepository.ShiftContext;
import org.pomegranate.volunteers.internal.VolunteerPointsRepository;
import org.pomegranate.volunteers.internal.ShiftSignupRepository;
import org.pomegranate.volunteers.internal.VolunteerAccess;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sign-ups, cancellations, check-in and check-out at shifts. A volunteer signs herself up, or staff of
 * both the shift's unit and her community sign her up. Never more sign-ups than needed, however many
 * arrive at once: the place is taken in the database. Staff of the shift's unit or the coordinator of its
 * team check volunteers in and out; the check-out gives her the hours (approved) and their points.
 */
@Service
@Transactional
public class Shifts {

	/** How far from the shift's own times a check-in or check-out may be recorded. */
	private static final Duration SLACK = Duration.ofHours(4);

	private final VolunteerOpportunityRepository opportunities;
	private final ShiftSignupRepository signups;
	private final VolunteerHoursRepository hours;
	private final VolunteerPointsRepository points;
	private final VolunteerAccess access;
	private final IdentityManagement identity;
	private final AuditLog audit;
	private final Clock clock;

	Shifts(VolunteerOpportunityRepository opportunities, ShiftSignupRepository signups, VolunteerHoursRepository hours, VolunteerPointsRepository points,
			VolunteerAccess access, IdentityManagement identity, AuditLog audit, Clock clock) {
		this.opportunities = opportunities;
		this.signups = signups;
		this.hours = hours;
		this.points = points;
		this.access = access;
		this.identity = identity;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Signs a volunteer up: herself ({@code volunteerId} absent or her own), or staff for her. 409 when the
	 * shift is full or has started, when she is signed up already, or her registration has ended.
	 */
	public void signUp(UUID shiftId, UUID volunteerId) {
		ShiftContext shift = shift(shiftId);
		Volunteer volunteer = volunteerFor(volunteerId);
		if (!access.isSelf(volunteer)) {
			requireStaffAt(shift);
		}
		else if (!access.opportunityUnits(volunteer.communityId()).contains(shift.unitId())) {
			throw new NotFoundException("shift");
		}
		if (!volunteer.active()) {
			throw new RuleViolationException("volunteers.error.ended");
		}
		Instant now = clock.instant();
		if (!signups.takePlace(shiftId, now)) {
			throw new RuleViolationException("volunteers.error.full");
		}
		if (!signups.signUp(shiftId, volunteer.id(), now)) {
			// the place taken above goes back with the rollback this exception causes
			throw new RuleViolationException("volunteers.error.signedUp");
		}
	}

	/** Cancels her sign-up (herself or staff) before she is checked in; the place is free again. */
	public void cancel(UUID shiftId, UUID volunteerId) {
		ShiftContext shift = shift(shiftId);
		Volunteer volunteer = access.act(volunteerId, true);
		if (!access.isSelf(volunteer)) {
			requireStaffAt(shift);
		}
		signups.holdShift(shiftId);
		if (!signups.cancel(shiftId, volunteer.id(), clock.instant())) {
			throw new RuleViolationException("volunteers.error.notSignedUp");
		}
		signups.givePlaceBack(shiftId);
	}

	/** Checks a signed-up volunteer in, now or at the time given (within the shift, give or take 4 hours). */
	public void checkIn(UUID shiftId, UUID volunteerId, Instant at) {
		ShiftContext shift = shift(shiftId);
		requireCheckingAllowed(shift);
		UUID volunteer = required(volunteerId);
		if (!signups.checkIn(shiftId, volunteer, moment(shift, at))) {
			throw new RuleViolationException("volunteers.error.checkIn");
		}
	}

	/**
	 * Checks a volunteer out: the time since her check-in (at most 12 hours) becomes approved hours for the
	 * shift's unit, and earns the opportunity's points per hour and per shift.
	 */
	public HoursEntry checkOut(UUID shiftId, UUID volunteerId, Instant at) {
		ShiftContext shift = shift(shiftId);
		CurrentUser user = requireCheckingAllowed(shift);
		UUID volunteer = required(volunteerId);
		Instant out = moment(shift, at);
		Instant in = signups.checkOut(shiftId, volunteer, out)
			.orElseThrow(() -> new RuleViolationException("volunteers.error.checkOut"));
		int minutes = (int) Math.max(1, Math.min(Duration.between(in, out).toMinutes(), 720));
		UUID id = UUID.randomUUID();
		hours.insert(id, volunteer, shift.unitId(), shiftId, "CHECK_OUT", true,
				LocalDate.ofInstant(in, TimeConfiguration.DISPLAY_ZONE), minutes, null, out, user.accountId());
		VolunteerPoints.earn(points, volunteer, id, minutes, shift.pointsPerHour(), shift.pointsPerShift(), out,
				user.accountId());
		return hours.find(id).orElseThrow();
	}

	/** A shift's roster with names masked, audited as a list of the volunteers it shows. */
	public List<Signup> roster(UUID shiftId) {
		ShiftContext shift = shift(shiftId);
		requireCheckingAllowed(shift);
		List<Signup> roster = signups.roster(shiftId).stream().map(s -> new Signup(s.shiftId(), s.volunteerId(),
				VolunteerAccess.maskName(s.name()), s.status(), s.signedUpAt(), s.checkedInAt(), s.checkedOutAt())).toList();
		audit.recordSearch(VolunteerAccess.SUBJECT, signups.residentsOnRoster(shiftId), "roster of shift " + shiftId);
		return roster;
	}

	/** The shift, if the caller may see its opportunity. */
	public Shift get(UUID shiftId) {
		return shift(shiftId).shift();
	}

	/** The signed-in volunteer's own sign-ups, latest shifts first. */
	@Transactional(readOnly = true)
	public List<Signup> mine(UUID volunteerId) {
		Volunteer volunteer = access.act(volunteerId, true);
		return signups.ofVolunteer(volunteer.id(), 50);
	}

	private ShiftContext shift(UUID shiftId) {
		return opportunities.shift(shiftId).filter(s -> access.visibleUnits().contains(s.unitId()))
			.orElseThrow(() -> new NotFoundException("shift"));
	}

	private Volunteer volunteerFor(UUID volunteerId) {
		CurrentUser user = access.user();
		if (volunteerId == null) {
			if (user.residentId() == null) {
				throw new InvalidInputException("volunteerId", "error.required");
			}
			return access.ownRegistration()
				.orElseThrow(() -> new RuleViolationException("volunteers.error.notRegistered"));
		}
		try {
			return access.act(volunteerId, true);
		}
		catch (NotFoundException e) {
			throw new InvalidInputException("volunteerId", "volunteers.error.volunteer");
		}
	}

	private CurrentUser requireStaffAt(ShiftContext shift) {
		CurrentUser user = access.user();
		if (!user.can(Permission.EDIT_RESIDENTS)) {
			throw new ForbiddenException("shift");
		}
		if (!identity.scopeOf(user).contains(shift.unitId())) {
			throw new NotFoundException("shift");
		}
		return user;
	}

	private CurrentUser requireCheckingAllowed(ShiftContext shift) {
		CurrentUser user = access.user();
		if (shift.coordinatorId() != null && shift.coordinatorId().equals(user.accountId())) {
			return user;
		}
		return requireStaffAt(shift);
	}

	private static UUID required(UUID volunteerId) {
		if (volunteerId == null) {
			throw new InvalidInputException("volunteerId", "error.required");
		}
		return volunteerId;
	}

	private Instant moment(ShiftContext shift, Instant at) {
		Instant now = clock.instant();
		Instant when = at == null ? now : at;
		if (when.isAfter(now.plus(Duration.ofMinutes(5))) || when.isBefore(shift.shift().startsAt().minus(SLACK))
				|| when.isAfter(shift.shift().endsAt().plus(SLACK))) {
			throw new InvalidInputException("at", "volunteers.error.at");
		}
		return when;
	}
}
