package org.pomegranate.mediation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import org.pomegranate.identity.CurrentUser;
import org.pomegranate.mediation.internal.CaseAccess;
import org.pomegranate.mediation.internal.CaseRepository;
import org.pomegranate.mediation.internal.CaseTimeline;
import org.pomegranate.mediation.internal.Deadlines;
import org.pomegranate.mediation.internal.RateRollup;
import org.pomegranate.mediation.internal.MediationSessionRepository;
import org.pomegranate.mediation.internal.OverdueClock;
import org.pomegranate.mediation.internal.StoredCase;
import org.pomegranate.mediation.internal.Texts;
import org.pomegranate.shared.web.InvalidInputException;
import org.pomegranate.shared.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.UUID;

/**
 * Every act on a case after intake. Each locks the case's row, checks who acts (the mediator, or
 * the community or street head), checks the input, then the state machine ({@link CaseAct}),
 * changes the case and records the act on its timeline, in one transaction. An outcome also
 * counts in the month's resolution rate of the case's unit and every unit above it, in the same
 * transaction. A refused act changes nothing.
 */
@Service
@Transactional
public class MediationActs {

	static final int MAX_TEXT = 2000;
	static final int MAX_NOTE = 1000;

	private final CaseRepository cases;
	private final MediationSessionRepository sessions;
	private final CaseTimeline timeline;
	private final CaseAccess access;
	private final RateRollup rates;
	private final OverdueClock overdueClock;
	private final Clock clock;

	MediationActs(CaseRepository cases, MediationSessionRepository sessions, CaseTimeline timeline, CaseAccess access,
			RateRollup rates, OverdueClock overdueClock, Clock clock) {
		this.overdueClock = overdueClock;
		this.cases = cases;
		this.sessions = sessions;
		this.timeline = timeline;
		this.access = access;
		this.rates = rates;
		this.clock = clock;
	}

	/** A mediation session held on that day (not in the future, not before the case), with its notes. */
	public void session(UUID id, LocalDate heldOn, String place, String note) {
		CurrentUser user = access.staff();
		Instant now = clock.instant();
		StoredCase c = locked(user, id);
		LocalDate day = Texts.pastDay("heldOn", heldOn, c.openedAt(), now);
		String where = Texts.optional("place", place, 200);
		String text = Texts.required("note", note, MAX_TEXT);
		CaseStatus to = CaseAct.SESSION.check(c.status());
		sessions.insert(id, day, where, text, user.accountId(), now);
		if (to != c.status()) {
			cases.status(id, to);
		}
		timeline.record(id, user, "SESSION", day.toString(), now);
	}

	/** The parties agreed: the terms go on the printable agreement; a follow-up visit falls due in 30 days. */
	public void agree(UUID id, String terms) {
		CurrentUser user = access.staff();
		StoredCase c = locked(user, id);
		String text = Texts.required("terms", terms, MAX_TEXT);
		CaseAct.AGREE.check(c.status());
		end(user, c, Outcome.AGREED, text, null, null);
	}

	/** Part of the dispute settled (the terms), the rest perhaps referred on. */
	public void partial(UUID id, String terms, Referral referral, String note) {
		CurrentUser user = access.staff();
		StoredCase c = locked(user, id);
		String text = Texts.required("terms", terms, MAX_TEXT);
		String why = Texts.optional("note", note, MAX_NOTE);
		CaseAct.PARTIAL.check(c.status());
		end(user, c, Outcome.PARTIAL, text, referral, why);
	}

	/** Mediation failed: the parties are referred to a court, to arbitration or to judicial confirmation. */
	public void fail(UUID id, Referral referral, String note) {
		CurrentUser user = access.staff();
		StoredCase c = locked(user, id);
		if (referral == null) {
			throw new InvalidInputException("referral", "error.required");
		}
		String why = Texts.optional("note", note, MAX_NOTE);
		CaseAct.FAIL.check(c.status());
		end(user, c, Outcome.FAILED, null, referral, why);
	}

	/** The follow-up visit after an agreement, on that day: whether the agreement is kept, and what was found. */
	public void followUp(UUID id, LocalDate visitedOn, Boolean kept, String note) {
		CurrentUser user = access.staff();
		Instant now = clock.instant();
		StoredCase c = locked(user, id);
		LocalDate day = Texts.pastDay("visitedOn", visitedOn, c.outcomeAt() == null ? c.openedAt() : c.outcomeAt(), now);
		if (kept == null) {
			throw new InvalidInputException("kept", "error.required");
		}
		String text = Texts.required("note", note, MAX_NOTE);
		CaseAct.FOLLOW_UP.check(c.status());
		cases.followedUp(id, day, text, kept);
		timeline.record(id, user, kept ? "FOLLOWED_UP" : "FOLLOWED_UP_NOT_KEPT", day.toString(), now);
	}

	/**
	 * Escalates every open case past its settling deadline at {@code now}, each exactly once: what the
	 * deadline clock does on its own every few minutes, for the demo's replayed past.
	 */
	public int escalateOverdue(Instant now) {
		return overdueClock.escalateDue(now);
	}

	private void end(CurrentUser user, StoredCase c, Outcome outcome, String terms, Referral referral, String note) {
		Instant now = clock.instant();
		LocalDate followUpDue = outcome == Outcome.FAILED ? null
				: LocalDate.ofInstant(now, CaseRepository.ZONE).plusDays(Deadlines.FOLLOW_UP_DAYS);
		cases.outcome(c.id(), outcome, now, terms, referral, note, followUpDue);
		rates.count(c.unitId(), outcome, now);
		timeline.record(c.id(), user, outcome.name(), referral == null ? null : referral.name(), now);
	}

	private StoredCase locked(CurrentUser user, UUID id) {
		StoredCase c = cases.lock(id).orElseThrow(() -> new NotFoundException("case"));
		access.requireAct(user, c);
		return c;
	}
}
