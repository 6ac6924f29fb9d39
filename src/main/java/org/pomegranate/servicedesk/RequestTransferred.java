package org.pomegranate.servicedesk;

import java.time.Instant;
import java.util.UUID;

/** Handed to another unit with a reason; the snapshot shows the new holder. */
public record RequestTransferred(UUID eventId, RequestSnapshot request, UUID fromUnitId, Instant at) implements ServiceRequestEvent {
}
