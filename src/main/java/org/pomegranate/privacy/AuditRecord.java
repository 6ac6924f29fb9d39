package org.pomegranate.privacy;

import java.time.Instant;
import java.util.UUID;

/** One entry of the audit log: who did what to whose data, when and why. */
public record AuditRecord(long id, Instant occurredAt, String actorName, String actorRole, AuditAction action,
		String subjectType, UUID subjectId, UUID residentId, String detail, String reason) {
}
