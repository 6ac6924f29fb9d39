package org.pomegranate.privacy;

import java.time.Instant;
import java.util.UUID;

/**
 * One entry of the audit log: who did what to whose data, when and why.
 *
 * @param actorName    the account's username ("system" for the application itself)
 * @param actorDisplay the person's name as residents know them
 * @param reason       for a reveal, the staff member's note
 * @param purpose      for a reveal, its purpose from the fixed list; {@code null} otherwise
 */
public record AuditRecord(long id, Instant occurredAt, String actorName, String actorDisplay, String actorRole, AuditAction action,
		String subjectType, UUID subjectId, UUID residentId, String detail, String reason, RevealPurpose purpose) {
}
