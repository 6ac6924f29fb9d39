package org.pomegranate.servicedesk;

import java.time.Instant;
import java.util.UUID;

/** The community head called the resident back. {@code satisfactionAfter}: the resident's satisfaction after the call, when asked (the final satisfaction), else {@code null}. */
public record RevisitDone(UUID eventId, RequestSnapshot request, SatisfactionAnswer satisfactionAfter, Instant at) implements ServiceRequestEvent {
}
