package org.pomegranate.servicedesk;

import java.time.Instant;
import java.util.UUID;

/** Resolved by its handler: on time when at or before the resolution deadline that applied then (a reopened request has a fresh one). */
public record RequestResolved(UUID eventId, RequestSnapshot request, Instant resolveDue, boolean onTime, Instant at) implements ServiceRequestEvent {
}
