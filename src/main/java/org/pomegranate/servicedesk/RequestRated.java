package org.pomegranate.servicedesk;

import java.time.Instant;
import java.util.UUID;

/** The resident's rating (which closes the request). {@code firstRating}: the first for this request, the one the rates count. */
public record RequestRated(UUID eventId, RequestSnapshot request, ResolutionAnswer resolution, SatisfactionAnswer satisfaction, boolean firstRating, Instant at) implements ServiceRequestEvent {
}
