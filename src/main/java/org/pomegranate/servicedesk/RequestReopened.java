package org.pomegranate.servicedesk;

import java.time.Instant;
import java.util.UUID;

/** The resident said it was not done: back to its unit with a fresh resolution deadline. */
public record RequestReopened(UUID eventId, RequestSnapshot request, Instant resolveDue, Instant at) implements ServiceRequestEvent {
}
