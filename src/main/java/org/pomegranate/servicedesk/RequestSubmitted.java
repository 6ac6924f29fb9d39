package org.pomegranate.servicedesk;

import java.time.Instant;
import java.util.UUID;

/** Intake: routed, assigned, both deadlines running. */
public record RequestSubmitted(UUID eventId, RequestSnapshot request, Instant responseDue, Instant resolveDue, Instant at) implements ServiceRequestEvent {
}
