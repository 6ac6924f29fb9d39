package org.pomegranate.activities;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.pomegranate.activities.internal.ActivityAccess;
import org.pomegranate.activities.internal.ActivityRepository;
import org.pomegranate.activities.internal.SignupRepository;
import org.pomegranate.activities.internal.StoredSignup;
import org.pomegranate.activities.internal.TicketCodes;
import org.pomegranate.identity.CurrentUser;
import org.pomegranate.identity.IdentityManagement;
import org.pomegranate.identity.Role;
import org.pomegranate.notifications.Notifications;
import org.pomegranate.privacy.AuditAction;
import org.pomegranate.privacy.AuditLog;
import org.pomegranate.registry.Place;
import org.pomegranate.registry.Whereabouts;
import org.pomegranate.shared.web.ForbiddenException;
import org.pomegranate.shared.web.InvalidInputException;
import org.pomegranate.shared.web.NotFoundException;
import org.pomegranate.shared.web.RuleViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sign-ups within the capacity and the waiting list. Sign-ups and cancellations of one activity lock
 * its row, so they follow one another: a place is either taken by the atomic counter or the sign-up
 * waits, and a cancelled confirmed place passes to the first waiting resident in the same transaction,
 * who is notified. One live sign-up per resident and activity is a unique index.
 */
@Service
@Transactional(readOnly = true)
public class SignUps {

	private final SignupRepository signups;
	private final ActivityRepository activities;
	private final ActivityAccess access;
	private final Whereabouts whereabouts;
	private final IdentityManagement identity;
	private final Notifications notifications;
	private final AuditLog audit;
	private final Clock clock;

	SignUps(SignupRepository signups, ActivityRepository activities, ActivityAccess access, Whereabouts whereabouts,
			IdentityManagement identity, Notifications notifications, AuditLog audit, Clock clock) {
		this.signups = signups;
		this.activities = activities;
		this.access = access;
		this.whereabouts = whereabouts;
		this.identity = identity;
		this.notifications = notifications;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Signs up the signed-in resident — {@code residentId} null or, by staff, a resident of their scope.
	 * Confirmed while places are free, otherwise on the waiting list. A second sign-up, a cancelled or
	 * past activity, or one not for the resident's community: 409 and nothing written.
	 */
	@Transactional
	public Signup signUp(UUID activityId, UUID residentId) {
		CurrentUser user = access.user();
		UUID resident;
		if (user.role() == Role.RESIDENT) {
			if (residentId != null && !residentId.equals(user.residentId())) {
				throw new InvalidInputException("residentId", "error.signup.ownOnly");
			}
			if (user.residentId() == null) {
				throw new ForbiddenException("a resident account without a register record");
			}
			resident = user.residentId();
		}
		else {
			access.require(ActivityAccess.DOOR);
			if (residentId == null) {
				throw new InvalidInputException("residentId", "error.required");
			}
			Place place = whereabouts.ofResident(residentId)
				.orElseThrow(() -> new InvalidInputException("residentId", "error.signup.resident"));
			if (!access.scope().contains(place.communityId())) {
				throw new InvalidInputException("residentId", "error.signup.resident");
			}
			resident = residentId;
		}
		Activity activity = access.lockedFor(activityId, user.role() != Role.RESIDENT);
		checkOpen(activity);
		if (activity.audienceCommunityId() != null && !activity.audienceCommunityId()
			.equals(whereabouts.ofResident(resident).map(Place::communityId).orElse(null))) {
			throw new RuleViolationException("error.signup.notForCommunity");
		}
		if (signups.liveOf(activityId, resident).isPresent()) {
			throw new RuleViolationException("error.signup.already");
		}
		Signup.Status status = activities.takePlace(activityId) ? Signup.Status.CONFIRMED : Signup.Status.WAITING;
		UUID id = UUID.randomUUID();
		Instant now = clock.instant();
		try {
			// a clash of short codes at this activity draws another; 25⁸ codes make a second clash unheard of
			boolean inserted = false;
			for (int attempt = 0; attempt < 5 && !inserted; attempt++) {
				inserted = signups.insert(id, activityId, resident, status, TicketCodes.token(), TicketCodes.shortCode(),
						user.accountId(), now);
			}
			if (!inserted) {
				throw new IllegalStateException("no free short code after 5 draws");
			}
		}
		catch (DuplicateKeyException e) {
			throw new RuleViolationException("error.signup.already");
		}
		if (user.role() != Role.RESIDENT) {
			audit.record(AuditAction.CREATE, "ACTIVITY_SIGNUP", id, resident, "signed up for an activity", null);
		}
		return signups.find(id).orElseThrow().signup();
	}

	/**
	 * Cancels a sign-up: the resident her own, staff one at an activity of their scope. A freed confirmed
	 * place goes to the first of the waiting list in this same transaction, who is notified.
	 */
	@Transactional
	public void cancel(UUID activityId, UUID signupId) {
		CurrentUser user = access.user();
		boolean staff = user.role() != Role.RESIDENT;
		if (staff) {
			access.require(ActivityAccess.DOOR);
		}
		Activity activity = access.lockedFor(activityId, staff);
		StoredSignup stored = signups.lock(signupId)
			.filter(s -> s.signup().activityId().equals(activityId))
			.filter(s -> staff || s.residentId().equals(user.residentId()))
			.orElseThrow(() -> new NotFoundException("signup"));
		if (stored.signup().status() == Signup.Status.CANCELLED) {
			throw new RuleViolationException("error.signup.alreadyCancelled");
		}
		if (stored.checkedIn() || !activity.startsAt().isAfter(clock.instant())) {
			throw new RuleViolationException("error.signup.tooLate");
		}
		signups.cancel(signupId, clock.instant());
		if (staff) {
			audit.record(AuditAction.UPDATE, "ACTIVITY_SIGNUP", signupId, stored.residentId(), "cancelled a sign-up",
					null);
		}
		if (stored.signup().status() == Signup.Status.CONFIRMED) {
			signups.promoteFirst(activityId).ifPresentOrElse(promoted -> notifications.send(
					identity.accountsOfResident(promoted.residentId()), "activity.promoted",
					List.of(activity.title().zh()), "/my/activities/tickets/" + promoted.signup().id()),
					() -> activities.releasePlace(activityId));
		}
	}

	/** The signed-in resident's tickets, newest activity first. */
	public List<Ticket> myTickets() {
		CurrentUser me = resident();
		return signups.ofResident(me.residentId(), 50).stream().map(this::ticket).toList();
	}

	/** One of the signed-in resident's tickets; anyone else's is not found. */
	public Ticket myTicket(UUID signupId) {
		CurrentUser me = resident();
		return signups.find(signupId).filter(s -> s.residentId().equals(me.residentId())).map(this::ticket)
			.orElseThrow(() -> new NotFoundException("ticket"));
	}

	/** The signed-in resident's live sign-up for an activity, if any. */
	public java.util.Optional<Ticket> myTicketFor(UUID activityId) {
		CurrentUser me = identity.currentUser();
		if (me.residentId() == null) {
			return java.util.Optional.empty();
		}
		return signups.liveOf(activityId, me.residentId()).map(this::ticket);
	}

	private Ticket ticket(StoredSignup s) {
		Activity a = activities.find(s.signup().activityId()).orElseThrow();
		return new Ticket(s.signup().id(), a.id(), a.title(), a.startsAt(), a.endsAt(), a.venueAddress(),
				s.signup().status(), s.signup().position(), s.token(), s.signup().shortCode(), s.checkedIn());
	}

	private CurrentUser resident() {
		CurrentUser me = identity.currentUser();
		if (me.residentId() == null) {
			throw new NotFoundException("ticket");
		}
		return me;
	}

	private void checkOpen(Activity activity) {
		if (activity.cancelled()) {
			throw new RuleViolationException("error.activity.cancelled");
		}
		if (!activity.startsAt().isAfter(clock.instant())) {
			throw new RuleViolationException("error.signup.started");
		}
	}
}
