package org.pomegranate.activities;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.pomegranate.activities.internal.ActivityAccess;
import org.pomegranate.activities.internal.AttendanceRepository;
import org.pomegranate.activities.internal.ParticipationRollup;
import org.pomegranate.activities.internal.SignupRepository;
import org.pomegranate.activities.internal.StoredSignup;
import org.pomegranate.activities.internal.TicketCodes;
import org.pomegranate.identity.CurrentUser;
import org.pomegranate.privacy.AuditAction;
import org.pomegranate.privacy.AuditLog;
import org.pomegranate.registry.Place;
import org.pomegranate.registry.Whereabouts;
import org.pomegranate.shared.web.ControlCharacters;
import org.pomegranate.shared.web.InvalidInputException;
import org.pomegranate.shared.web.RuleViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The door: staff check tickets in by the QR code's token or the typed short code, record walk-ins,
 * and read the attendance list (audited: it names residents). Each refusal says why, in the reader's
 * language, and writes nothing. Each check-in recounts its unit's month of participation figures.
 */
@Service
@Transactional(readOnly = true)
public class CheckIns {

	/** The door opens this long before the start. */
	static final Duration EARLY = Duration.ofHours(2);

	static final int MAX_CODE = 200, MAX_NAME = 100, MAX_LIST = 2000;

	private final SignupRepository signups;
	private final AttendanceRepository attendance;
	private final ParticipationRollup rollup;
	private final ActivityAccess access;
	private final Whereabouts whereabouts;
	private final AuditLog audit;
	private final Clock clock;

	CheckIns(SignupRepository signups, AttendanceRepository attendance, ParticipationRollup rollup,
			ActivityAccess access, Whereabouts whereabouts, AuditLog audit, Clock clock) {
		this.signups = signups;
		this.attendance = attendance;
		this.rollup = rollup;
		this.access = access;
		this.whereabouts = whereabouts;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Checks a ticket in. The code is the QR token or the 8-character short code. A code that is no
	 * ticket — forged, mistyped is 400; a ticket of another activity, cancelled, still waiting or
	 * already checked in, and an activity cancelled or over, are 409.
	 */
	@Transactional
	public CheckIn checkIn(UUID activityId, String code) {
		CurrentUser user = access.require(ActivityAccess.DOOR);
		if (code == null || code.isBlank()) {
			throw new InvalidInputException("code", "error.required");
		}
		if (code.length() > MAX_CODE || ControlCharacters.present(code)) {
			throw new InvalidInputException("code", "error.checkin.unknownCode");
		}
		Activity activity = access.lockedFor(activityId, true);
		checkDoorOpen(activity);
		String typed = code.strip();
		String shortCode = TicketCodes.normalizeShort(typed);
		StoredSignup stored = (shortCode != null ? signups.byShortCode(activityId, shortCode)
				: TicketCodes.looksLikeToken(typed) ? signups.byToken(typed) : java.util.Optional.<StoredSignup>empty())
			.orElseThrow(() -> new InvalidInputException("code", "error.checkin.unknownCode"));
		if (!stored.signup().activityId().equals(activityId)) {
			throw new RuleViolationException("error.checkin.wrongActivity");
		}
		switch (stored.signup().status()) {
			case CANCELLED -> throw new RuleViolationException("error.checkin.cancelledSignup");
			case WAITING -> throw new RuleViolationException("error.checkin.waiting");
			case CONFIRMED -> {
			}
		}
		if (stored.checkedIn()) {
			throw new RuleViolationException("error.checkin.already");
		}
		Place place = whereabouts.ofResident(stored.residentId()).orElse(null);
		UUID id = UUID.randomUUID();
		Instant now = clock.instant();
		try {
			attendance.insert(id, activityId, stored.signup().id(), stored.residentId(),
					place == null ? null : place.householdId(), null, user.accountId(), now);
		}
		catch (DuplicateKeyException e) {
			throw new RuleViolationException("error.checkin.already");
		}
		audit.record(AuditAction.CREATE, "ACTIVITY_ATTENDANCE", id, stored.residentId(), "checked in at an activity",
				null);
		rollup.refreshFor(activity.homeUnitId(), activity.startsAt());
		return new CheckIn(id, activityId, place == null ? null : place.residentName(), false, now);
	}

	/**
	 * A walk-in: someone who came without signing up. The name is optional — minimum data; a resident of
	 * the caller's scope may be named instead, and then counts among the residents reached.
	 */
	@Transactional
	public CheckIn walkIn(UUID activityId, String name, UUID residentId) {
		CurrentUser user = access.require(ActivityAccess.DOOR);
		String given = name == null || name.isBlank() ? null : name.strip();
		if (given != null && (given.length() > MAX_NAME || ControlCharacters.present(given))) {
			throw new InvalidInputException("name", ControlCharacters.present(given) ? ControlCharacters.MESSAGE
					: "error.tooLong");
		}
		Place place = null;
		if (residentId != null) {
			place = whereabouts.ofResident(residentId).filter(p -> access.scope().contains(p.communityId()))
				.orElseThrow(() -> new InvalidInputException("residentId", "error.signup.resident"));
		}
		Activity activity = access.lockedFor(activityId, true);
		checkDoorOpen(activity);
		UUID id = UUID.randomUUID();
		Instant now = clock.instant();
		try {
			attendance.insert(id, activityId, null, residentId, place == null ? null : place.householdId(),
					residentId == null ? given : null, user.accountId(), now);
		}
		catch (DuplicateKeyException e) {
			throw new RuleViolationException("error.checkin.already");
		}
		if (residentId != null) {
			audit.record(AuditAction.CREATE, "ACTIVITY_ATTENDANCE", id, residentId, "walk-in at an activity", null);
		}
		rollup.refreshFor(activity.homeUnitId(), activity.startsAt());
		return new CheckIn(id, activityId, place != null ? place.residentName() : given, true, now);
	}

	/** Who came, in order of arrival: staff in scope; each resident named is audited. */
	@Transactional
	public List<Attendee> attendance(UUID activityId) {
		access.require(ActivityAccess.DOOR);
		Activity activity = access.forStaff(activityId);
		List<Attendee> list = attendance.of(activity.id(), MAX_LIST);
		audit.recordSearch("ACTIVITY_ATTENDANCE",
				list.stream().map(Attendee::residentId).filter(java.util.Objects::nonNull).toList(),
				"attendance list of an activity");
		return list;
	}

	private void checkDoorOpen(Activity activity) {
		Instant now = clock.instant();
		if (activity.cancelled()) {
			throw new RuleViolationException("error.activity.cancelled");
		}
		if (activity.isOver(now)) {
			throw new RuleViolationException("error.checkin.over");
		}
		if (now.isBefore(activity.startsAt().minus(EARLY))) {
			throw new RuleViolationException("error.checkin.notYet");
		}
	}
}
