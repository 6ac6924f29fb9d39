package org.pomegranate.volunteers;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.pomegranate.identity.CurrentUser;
import org.pomegranate.identity.IdentityManagement;
import org.pomegranate.identity.Permission;
import org.pomegranate.privacy.AuditAction;
import org.pomegranate.privacy.AuditLog;
import org.pomegranate.shared.TimeConfiguration;
import org.pomegranate.shared.web.ForbiddenException;
import org.pomegranate.shared.web.InvalidInputException;
import org.pomegranate.shared.web.NotFoundException;
import org.pomegranate.shared.web.RuleViolationException;
import org.pomegranate.volunteers.internal.VolunteerHoursRepository;
import org.pomegranate.volunteers.internal.VolunteerPointsRepository;
import org.pomegranate.volunteers.internal.Texts;
import org.pomegranate.volunteers.internal.VolunteerAccess;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Hours a volunteer enters herself and staff approve, her hours list, and her points: earned for
 * approved hours (the opportunity's points per hour, {@value Opportunities#DEFAULT_POINTS_PER_HOUR} for
 * entered hours) and per completed shift, spent on recognitions. The ledger is append-only; the balance
 * never goes below zero, even under concurrent redemptions.
 */
@Service
@Transactional
public class VolunteerPoints {

	private final VolunteerHoursRepository hours;
	private final VolunteerPointsRepository points;
	private final VolunteerAccess access;
	private final IdentityManagement identity;
	private final AuditLog audit;
	private final Clock clock;

	VolunteerPoints(VolunteerHoursRepository hours, VolunteerPointsRepository points, VolunteerAccess access,
			IdentityManagement identity, AuditLog audit, Clock clock) {
		this.hours = hours;
		this.points = points;
		this.access = access;
		this.identity = identity;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Hours she enters (herself, or staff for her): a day within the last 90 and not in the future, 1 to
	 * 720 minutes, waiting for approval. Counted for her community.
	 */
	public UUID enter(UUID volunteerId, HoursForm form) {
		Volunteer volunteer = access.act(volunteerId, true);
		if (!volunteer.active()) {
			throw new RuleViolationException("volunteers.error.ended");
		}
		if (form == null || form.workedOn() == null) {
			throw new InvalidInputException("workedOn", "error.required");
		}
		LocalDate today = LocalDate.now(clock.withZone(TimeConfiguration.DISPLAY_ZONE));
		if (form.workedOn().isAfter(today) || form.workedOn().isBefore(today.minusDays(90))) {
			throw new InvalidInputException("workedOn", "volunteers.error.workedOn");
		}
		if (form.minutes() == null) {
			throw new InvalidInputException("minutes", "error.required");
		}
		if (form.minutes() < 1 || form.minutes() > 720) {
			throw new InvalidInputException("minutes", "volunteers.error.minutes");
		}
		String description = Texts.check("description", form.description(), 300, true);
		UUID id = UUID.randomUUID();
		hours.insert(id, volunteer.id(), volunteer.communityId(), null, "ENTERED", false, form.workedOn(),
				form.minutes(), description, clock.instant(), access.user().accountId());
		return id;
	}

	/**
	 * Staff of her community approve entered hours: they become hers, with their points. Approving twice,
	 * or at the same moment as a colleague, answers 409 and earns nothing twice.
	 */
	public HoursEntry approve(UUID hoursId) {
		HoursEntry entry = hours.find(hoursId).orElseThrow(() -> new NotFoundException("hours"));
		Volunteer volunteer;
		try {
			volunteer = access.act(entry.volunteerId(), false);
		}
		catch (NotFoundException e) {
			throw new NotFoundException("hours");
		}
		CurrentUser user = access.user();
		if (!hours.approve(hoursId, clock.instant(), user.accountId())) {
			throw new RuleViolationException("volunteers.error.approved");
		}
		earn(points, volunteer.id(), hoursId, entry.minutes(), Opportunities.DEFAULT_POINTS_PER_HOUR, 0, clock.instant(),
				user.accountId());
		audit.record(AuditAction.UPDATE, VolunteerAccess.SUBJECT, volunteer.id(), volunteer.residentId(),
				"hours approved", null);
		return hours.find(hoursId).orElseThrow();
	}

	/** Her hours, newest first (to her, or to staff in scope: audited). */
	public List<HoursEntry> hoursOf(UUID volunteerId) {
		Volunteer volunteer = access.read(volunteerId, "hours");
		return hours.ofVolunteer(volunteer.id(), 500);
	}

	/** Entered hours waiting for approval in the caller's scope, oldest first. */
	@Transactional(readOnly = true)
	public List<HoursEntry> pending() {
		CurrentUser user = identity.require(Permission.EDIT_RESIDENTS);
		return hours.pendingIn(identity.scopeOf(user).asArray(), 100);
	}

	/** Her balance and ledger, newest first (to her, or to staff in scope: audited). */
	public Ledger ledger(UUID volunteerId) {
		Volunteer volunteer = access.read(volunteerId, "ledger");
		return new Ledger(volunteer.id(), points.balance(volunteer.id()), points.lines(volunteer.id(), 200));
	}

	/**
	 * Staff spend her points on a recognition. More than her balance answers 409 and writes nothing; the
	 * balance row is taken down in the same statement that checks it, so concurrent redemptions cannot
	 * overdraw it.
	 */
	public Ledger redeem(UUID volunteerId, RedemptionForm form) {
		Volunteer volunteer = access.act(volunteerId, false);
		if (!access.user().role().isStaff()) {
			throw new ForbiddenException("redemption");
		}
		if (form == null || form.points() == null) {
			throw new InvalidInputException("points", "error.required");
		}
		if (form.points() < 1 || form.points() > 10_000) {
			throw new InvalidInputException("points", "volunteers.error.points");
		}
		String recognition = Texts.check("recognition", form.recognition(), 100, true);
		if (!points.take(volunteer.id(), form.points())) {
			throw new RuleViolationException("volunteers.error.balance");
		}
		points.redemption(volunteer.id(), form.points(), recognition, clock.instant(), access.user().accountId());
		audit.record(AuditAction.UPDATE, VolunteerAccess.SUBJECT, volunteer.id(), volunteer.residentId(),
				"points redeemed", null);
		return new Ledger(volunteer.id(), points.balance(volunteer.id()), points.lines(volunteer.id(), 200));
	}

	/** The points of approved hours: per hour (whole points, rounded down) and a shift's bonus. */
	static void earn(VolunteerPointsRepository points, UUID volunteerId, UUID hoursId, int minutes, int perHour, int perShift,
			java.time.Instant at, UUID by) {
		int forHours = minutes * perHour / 60;
		if (forHours > 0) {
			points.earn(volunteerId, "HOURS", forHours, hoursId, at, by);
		}
		if (perShift > 0) {
			points.earn(volunteerId, "SHIFT", perShift, hoursId, at, by);
		}
	}
}
