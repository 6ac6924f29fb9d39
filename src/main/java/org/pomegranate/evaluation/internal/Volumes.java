package org.pomegranate.evaluation.internal;

import org.pomegranate.servicedesk.RequestClosed;
import org.pomegranate.servicedesk.RequestEscalated;
import org.pomegranate.servicedesk.RequestReopened;
import org.pomegranate.servicedesk.RequestSubmitted;
import org.pomegranate.servicedesk.RequestTransferred;
import org.pomegranate.servicedesk.RevisitDone;
import org.pomegranate.servicedesk.ServiceRequestEvent;

/** The volumes an event adds by itself, in the month it happened, for the holder of that moment. */
final class Volumes {

	private Volumes() {
	}

	static void countInto(Tally tally, ServiceRequestEvent event) {
		Counter counter = event instanceof RequestSubmitted ? Counter.SUBMITTED
				: event instanceof RequestEscalated ? Counter.ESCALATED
				: event instanceof RequestTransferred ? Counter.TRANSFERRED
				: event instanceof RequestReopened ? Counter.REOPENED
				: event instanceof RequestClosed c && !c.rated() ? Counter.CLOSED_UNRATED
				: event instanceof RevisitDone ? Counter.REVISITED : null;

		if (counter != null) {
			tally.add(Holder.of(event.request()), RequestFact.monthOf(event.at()), event.request().categoryCode(),
					event.request().tier().name(), counter, 1);
		}
	}
}
