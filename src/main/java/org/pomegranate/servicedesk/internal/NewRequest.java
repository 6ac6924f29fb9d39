package org.pomegranate.servicedesk.internal;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.pomegranate.servicedesk.Channel;

/** A request ready to insert: routed, assigned, with its deadlines computed. */
public record NewRequest(UUID id, String number, UUID categoryId, String description,
		Map<String, Object> extra, Channel channel, UUID residentId, String contactName, String contactPhoneCipher,
		UUID householdId, String address, String language, UUID unitId, UUID assigneeId, Instant submittedAt,
		Instant responseDue, Instant resolveDue, UUID submittedBy, String idempotencyKey) {
}
