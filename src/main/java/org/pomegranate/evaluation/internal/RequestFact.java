package org.pomegranate.evaluation.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;

import org.pomegranate.servicedesk.RequestFirstResponded;
import org.pomegranate.servicedesk.RequestRated;
import org.pomegranate.servicedesk.RequestResolved;
import org.pomegranate.servicedesk.RequestResponseOverdue;
import org.pomegranate.servicedesk.ResolutionAnswer;
import org.pomegranate.servicedesk.RevisitDone;
import org.pomegranate.servicedesk.SatisfactionAnswer;
import org.pomegranate.servicedesk.ServiceRequestEvent;
import org.pomegranate.shared.TimeConfiguration;

/**
 * What one request counts in, and for whom. Built only from its events, and the same whatever the
 * order they arrive in (each figure keeps the earliest qualifying event, final satisfaction the
 * latest), so rollups kept as the sum of every request's {@link #countInto contribution} are the
 * same incrementally and rebuilt.
 */
public record RequestFact(UUID requestId, String number, String categoryCode, String tier, Figure response,
		Figure resolved, Rated rated, SatisfactionAnswer finalSatisfaction, Instant finalAt) {

	/** A counted figure: its month, who held the request, whether in time, and when. */
	public record Figure(LocalDate month, Holder holder, boolean onTime, Instant at) {
	}

	/** The first rating: its month, holder, time and two answers. */
	public record Rated(LocalDate month, Holder holder, Instant at, ResolutionAnswer resolution,
			SatisfactionAnswer satisfaction) {
	}

	public static RequestFact empty(ServiceRequestEvent e) {
		return new RequestFact(e.request().requestId(), e.request().number(), e.request().categoryCode(),
				e.request().tier().name(), null, null, null, null, null);
	}

	/** The calendar month (Asia/Shanghai) a moment falls in, as its first day. */
	public static LocalDate monthOf(Instant at) {
		return YearMonth.from(at.atZone(TimeConfiguration.DISPLAY_ZONE)).atDay(1);
	}

	/** Whether this kind of event can change what a request counts in (the others only add volume). */
	public static boolean matters(ServiceRequestEvent e) {
		return e instanceof RequestFirstResponded || e instanceof RequestResponseOverdue
				|| e instanceof RequestResolved || e instanceof RequestRated || e instanceof RevisitDone;
	}

	public RequestFact apply(ServiceRequestEvent event) {
		Holder holder = Holder.of(event.request());
		// a response is due in the month of its deadline, whenever it came
		if (event instanceof RequestFirstResponded e && e.onTime() && (response == null || !response.onTime())) {
			return withResponse(new Figure(monthOf(e.responseDue()), holder, true, e.at()));
		}
		if (event instanceof RequestResponseOverdue e && response == null) {
			return withResponse(new Figure(monthOf(e.responseDue()), holder, false, e.responseDue()));
		}
		if (event instanceof RequestResolved e && (resolved == null || e.at().isBefore(resolved.at()))) {
			return new RequestFact(requestId, number, categoryCode, tier, response,
					new Figure(monthOf(e.at()), holder, e.onTime(), e.at()), rated, finalSatisfaction, finalAt);
		}
		if (event instanceof RequestRated e && e.firstRating() && (rated == null || e.at().isBefore(rated.at()))) {
			return new RequestFact(requestId, number, categoryCode, tier, response, resolved,
					new Rated(monthOf(e.at()), holder, e.at(), e.resolution(), e.satisfaction()), finalSatisfaction,
					finalAt);
		}
		if (event instanceof RevisitDone e && e.satisfactionAfter() != null
				&& (finalAt == null || e.at().isAfter(finalAt))) {
			return new RequestFact(requestId, number, categoryCode, tier, response, resolved, rated,
					e.satisfactionAfter(), e.at());
		}
		return this;
	}

	private RequestFact withResponse(Figure figure) {
		return new RequestFact(requestId, number, categoryCode, tier, figure, resolved, rated, finalSatisfaction,
				finalAt);
	}

	/** The satisfaction that stands after revisits: the latest asked again, else the first. */
	public SatisfactionAnswer finalAnswer() {
		return finalSatisfaction != null ? finalSatisfaction : rated == null ? null : rated.satisfaction();
	}

	/** Adds (sign 1) or takes away (sign -1) what this request counts in. */
	public void countInto(Tally tally, int sign) {
		if (response != null) {
			tally.add(response.holder(), response.month(), categoryCode, tier, Counter.RESPONSE_DUE, sign);
			if (response.onTime()) {
				tally.add(response.holder(), response.month(), categoryCode, tier, Counter.RESPONSE_ON_TIME, sign);
			}
		}
		if (resolved != null) {
			tally.add(resolved.holder(), resolved.month(), categoryCode, tier, Counter.RESOLVED, sign);
			if (resolved.onTime()) {
				tally.add(resolved.holder(), resolved.month(), categoryCode, tier, Counter.RESOLVED_ON_TIME, sign);
			}
		}
		if (rated != null) {
			Holder h = rated.holder();
			LocalDate m = rated.month();
			tally.add(h, m, categoryCode, tier, Counter.RATED, sign);
			if (rated.resolution() == ResolutionAnswer.RESOLVED) {
				tally.add(h, m, categoryCode, tier, Counter.RATED_RESOLVED, sign);
			}
			else if (rated.resolution() == ResolutionAnswer.PARTLY_RESOLVED) {
				tally.add(h, m, categoryCode, tier, Counter.RATED_PARTLY, sign);
			}
			countSatisfaction(tally, h, m, rated.satisfaction(), Counter.RATED_SATISFIED, Counter.RATED_BASICALLY, sign);
			countSatisfaction(tally, h, m, finalAnswer(), Counter.FINAL_SATISFIED, Counter.FINAL_BASICALLY, sign);
		}
	}

	private void countSatisfaction(Tally tally, Holder h, LocalDate m, SatisfactionAnswer answer, Counter satisfied,
			Counter basically, int sign) {
		if (answer == SatisfactionAnswer.SATISFIED) {
			tally.add(h, m, categoryCode, tier, satisfied, sign);
		}
		else if (answer == SatisfactionAnswer.BASICALLY_SATISFIED) {
			tally.add(h, m, categoryCode, tier, basically, sign);
		}
	}
}
