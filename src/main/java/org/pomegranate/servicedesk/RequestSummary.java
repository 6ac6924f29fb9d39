package org.pomegranate.servicedesk;

import java.time.Instant;
import java.util.UUID;

/** A line in a queue: no one's name or phone, so queues can be shown and listed freely. */
public record RequestSummary(UUID id, String number, UUID categoryId, Tier tier, RequestStatus status, Channel channel,
		String address, UUID unitId, String unitName, UUID assigneeId, String assigneeName, Instant submittedAt,
		Instant responseDue, Instant resolveDue, Instant firstResponseAt, int escalationStep) {

	/** The deadline that matters now: first response until someone answers, then resolution. */
	public Instant nextDeadline() {
		return firstResponseAt == null ? responseDue : resolveDue;
	}

	public boolean overdueAt(Instant now) {
		return status.isOpen() && nextDeadline().isBefore(now);
	}
}
