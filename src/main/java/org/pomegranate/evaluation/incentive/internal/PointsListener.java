package org.pomegranate.evaluation.incentive.internal;

import java.time.YearMonth;
import java.util.Optional;
import java.util.UUID;

import org.pomegranate.evaluation.incentive.PointsRule;
import org.pomegranate.evaluation.incentive.PointsRules;
import org.pomegranate.servicedesk.RequestEscalated;
import org.pomegranate.servicedesk.RequestRated;
import org.pomegranate.servicedesk.RequestResolved;
import org.pomegranate.servicedesk.RequestSnapshot;
import org.pomegranate.servicedesk.RequestsEscalated;
import org.pomegranate.servicedesk.RevisitDone;
import org.pomegranate.servicedesk.SatisfactionAnswer;
import org.pomegranate.servicedesk.ServiceRequestEvent;
import org.pomegranate.shared.TimeConfiguration;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Earns and deducts points from the service desk's events, after each act commits, in a transaction of
 * its own. The worker holding the request at that moment gets the line; a request held by a unit
 * without a worker earns nobody points. An event delivered twice (republication after a restart)
 * adds nothing: the ledger's key includes the event id.
 */
@Component
@org.springframework.boot.context.properties.EnableConfigurationProperties(PointsRules.class)
class PointsListener {

	private final PointsRepository ledger;
	private final PointsRules rules;

	PointsListener(PointsRepository ledger, PointsRules rules) {
		this.ledger = ledger;
		this.rules = rules;
	}

	/**
	 * Only the kinds of event a rule can book are stored for this listener: a submission (the
	 * intake's hot path), a transfer or a first response earns nobody anything, so no publication is
	 * written, serialised and completed for it. The registry checks the condition before it stores
	 * a publication; the listener's id stays the same, so publications stored before still resume.
	 */
	@ApplicationModuleListener(condition = "#event instanceof T(org.pomegranate.servicedesk.RequestResolved)"
			+ " or #event instanceof T(org.pomegranate.servicedesk.RequestRated)"
			+ " or #event instanceof T(org.pomegranate.servicedesk.RevisitDone)"
			+ " or #event instanceof T(org.pomegranate.servicedesk.RequestEscalated)")
	void on(ServiceRequestEvent event) {
		apply(event);
	}

	/** The SLA clock's steps of one transaction: their lines in one statement. */
	@ApplicationModuleListener
	void on(RequestsEscalated batch) {
		ledger.appendAll(batch.steps().stream().map(this::lineOf).flatMap(Optional::stream).toList());
	}

	/** The rule the event falls under, if any, booked for the holder of the moment. */
	void apply(ServiceRequestEvent event) {
		lineOf(event).ifPresent(ledger::append);
	}

	private Optional<PointsRepository.Line> lineOf(ServiceRequestEvent event) {
		PointsRule rule = ruleOf(event);
		RequestSnapshot request = event.request();
		if (rule == null || request.workerId() == null) {
			return Optional.empty();
		}
		return Optional.of(new PointsRepository.Line(event.eventId(), rule, request.workerId(), request.unitId(),
				request.unitPath(), communityOf(request.unitPath()), request.requestId(), request.number(),
				rules.pointsOf(rule), YearMonth.from(event.at().atZone(TimeConfiguration.DISPLAY_ZONE)), event.at()));
	}

	private static PointsRule ruleOf(ServiceRequestEvent event) {
		if (event instanceof RequestResolved r) {
			return r.onTime() ? PointsRule.ON_TIME_RESOLUTION : null;
		}
		if (event instanceof RequestRated r) {
			return !r.firstRating() ? null
					: r.satisfaction() == SatisfactionAnswer.UNSATISFIED ? PointsRule.UNSATISFIED_RATING
					: PointsRule.SATISFIED_RATING;
		}
		if (event instanceof RevisitDone r) {
			return r.satisfactionAfter() != null && r.satisfactionAfter() != SatisfactionAnswer.UNSATISFIED
					? PointsRule.REVISIT_TURNED_AROUND : null;
		}
		return event instanceof RequestEscalated ? PointsRule.ESCALATION : null;
	}

	/** The community in a path {@code /prefecture/county/street/community/grid/}: the fourth id, if the path is that deep. */
	static UUID communityOf(String path) {
		String[] ids = path == null ? new String[0] : path.split("/");
		// a leading "/" makes ids[0] empty: the community is ids[4]
		return ids.length > 4 && !ids[4].isEmpty() ? UUID.fromString(ids[4]) : null;
	}
}
