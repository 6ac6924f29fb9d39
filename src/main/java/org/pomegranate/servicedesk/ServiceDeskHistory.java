package org.pomegranate.servicedesk;

import java.time.Instant;

import org.pomegranate.servicedesk.internal.SlaClock;
import org.pomegranate.servicedesk.internal.UnratedClosing;
import org.pomegranate.shared.ApplicationClock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes past work (demo data, later a paper register typed in): each act goes through the
 * ordinary {@link ServiceDesk} and {@link RequestHandling} calls, by whoever the caller has
 * signed in, at the moment given. Routing, assignment, deadlines, timeline, notifications and
 * revisits therefore follow exactly the rules of live work, and timestamps are those of the
 * past. Between acts the caller lets the SLA clock run up to that moment with
 * {@link #escalateDue(Instant)}, so requests left waiting climb the ladder when they would have.
 * Runs in the caller's transaction: a load is all or nothing.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class ServiceDeskHistory {

	private final SlaClock clock;
	private final UnratedClosing closing;

	ServiceDeskHistory(SlaClock clock, UnratedClosing closing) {
		this.clock = clock;
		this.closing = closing;
	}

	/** Runs one act as at that moment: the application's clock reads that time on this thread meanwhile. */
	public void at(Instant moment, Runnable act) {
		ApplicationClock.replayAt(past(moment), () -> {
			act.run();
			return null;
		});
	}

	/**
	 * The SLA clock's tick at that moment: every escalation step due by then, and every response
	 * deadline passed unanswered told to the evaluation, and every request resolved but unrated for
	 * too long closed; answers how many escalation steps.
	 */
	public int escalateDue(Instant moment) {
		return ApplicationClock.replayAt(past(moment), () -> {
			int steps = clock.escalateDue(moment);
			clock.noteResponseOverdue(moment);
			closing.closeDue(moment);
			return steps;
		});
	}

	/** History is the past: a tick ahead of time would escalate live requests early. */
	private static Instant past(Instant moment) {
		if (moment.isAfter(Instant.now())) {
			throw new IllegalArgumentException("not in the past: " + moment);
		}
		return moment;
	}
}
