package org.pomegranate.servicedesk;

import java.time.Instant;
import java.util.UUID;

/**
 * A past-tense fact of the service desk, published in the transaction of the act through the
 * event publication registry (a listener that fails is called again after a restart). Listeners
 * must apply each {@link #eventId()} once: the same event may arrive twice, and a rebuild from the
 * timeline yields the same ids ({@link ServiceDeskEvents#replay}). The SLA clock's escalations and
 * response deadlines arrive in batches instead, one event per transaction ({@link RequestsEscalated},
 * {@link RequestsResponseOverdue}), each element with its own id: a listener of these kinds listens to
 * the batches too.
 */
public sealed interface ServiceRequestEvent permits RequestSubmitted, RequestFirstResponded, RequestResponseOverdue,
		RequestResolved, RequestRated, RequestClosed, RequestEscalated, RequestTransferred, RequestReopened,
		RevisitDone {

	/** Stable for the fact: the same after a republication or a rebuild. */
	UUID eventId();

	/** The request and its holder just after the act. */
	RequestSnapshot request();

	/** When it happened (for a response deadline passing: the deadline itself). */
	Instant at();
}
