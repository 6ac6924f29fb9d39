package org.pomegranate.servicedesk.internal;

import java.time.Instant;
import java.util.UUID;

import org.pomegranate.servicedesk.RequestStatus;

/** The columns the lifecycle and the SLA clock work on, read under a row lock. */
public record StoredRequest(UUID id, String number, UUID categoryId, RequestStatus status, UUID unitId,
		UUID firstResponsibleUnitId, UUID assigneeId, UUID escalatedToUnitId, int escalationStep, Instant escalateAt,
		Instant submittedAt, Instant responseDue, Instant resolveDue, Instant firstResponseAt, Instant resolvedAt,
		UUID residentId, UUID householdId, String address, UUID submittedBy, String language, boolean rated,
		int version) {

	/** Who holds the request on the escalation ladder: the unit it climbed to, or its own. */
	public UUID ladderHolder() {
		return escalatedToUnitId != null ? escalatedToUnitId : unitId;
	}
}
