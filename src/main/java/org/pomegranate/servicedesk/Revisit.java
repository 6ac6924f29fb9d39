package org.pomegranate.servicedesk;

import java.time.Instant;
import java.util.UUID;

/** A call back the community head owes a resident who rated "not resolved" or "unsatisfied". */
public record Revisit(UUID id, UUID requestId, String number, UUID categoryId, ResolutionAnswer resolution,
		SatisfactionAnswer satisfaction, String comment, Instant createdAt, Instant doneAt, String outcome) {
}
