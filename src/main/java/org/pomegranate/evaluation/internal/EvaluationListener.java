package org.pomegranate.evaluation.internal;

import org.pomegranate.servicedesk.RequestsEscalated;
import org.pomegranate.servicedesk.RequestsResponseOverdue;
import org.pomegranate.servicedesk.ServiceRequestEvent;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the rollups up to date from the service desk's events, after each act commits, in a
 * transaction of its own. A failure leaves the publication incomplete, and it is delivered again
 * after a restart; the applier then skips what it already counted.
 */
@Component
class EvaluationListener {

	private final EventApplier applier;

	EvaluationListener(EventApplier applier) {
		this.applier = applier;
	}

	@ApplicationModuleListener
	void on(ServiceRequestEvent event) {
		applier.apply(event);
	}

	/** The SLA clock's steps of one transaction, applied together. */
	@ApplicationModuleListener
	void on(RequestsEscalated batch) {
		applier.applyAll(batch.steps());
	}

	/** The response deadlines one sweep of the clock noted, applied together. */
	@ApplicationModuleListener
	void on(RequestsResponseOverdue batch) {
		applier.applyAll(batch.deadlines());
	}
}
