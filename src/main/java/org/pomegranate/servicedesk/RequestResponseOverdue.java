package org.pomegranate.servicedesk;

import java.time.Instant;
import java.util.UUID;

/** The response deadline passed with no response. {@code at} is the deadline; the holder is the one of that moment. */
public record RequestResponseOverdue(UUID eventId, RequestSnapshot request, Instant responseDue, Instant at) implements ServiceRequestEvent {
}
