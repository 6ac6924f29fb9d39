package org.pomegranate.servicedesk;

import java.time.Instant;
import java.util.UUID;

/** Closed: by the rating, or by itself when a resolved request was not rated in time ({@code rated} false: it leaves the rating figures). */
public record RequestClosed(UUID eventId, RequestSnapshot request, boolean rated, Instant at) implements ServiceRequestEvent {
}
