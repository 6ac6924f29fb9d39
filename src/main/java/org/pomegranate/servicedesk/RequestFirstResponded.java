package org.pomegranate.servicedesk;

import java.time.Instant;
import java.util.UUID;

/** The first response (accepted; merging or rejecting answer too): on time when at or before the response deadline. */
public record RequestFirstResponded(UUID eventId, RequestSnapshot request, Instant responseDue, boolean onTime, Instant at) implements ServiceRequestEvent {
}
