package org.pomegranate.servicedesk;

import java.time.Instant;
import java.util.UUID;

/** The SLA clock moved the request one rung up the ladder; the holder stays, the supervising unit is {@code toUnitId}. {@code at} is when the step fell due. */
public record RequestEscalated(UUID eventId, RequestSnapshot request, UUID toUnitId, int step, Instant at) implements ServiceRequestEvent {
}
