package org.pomegranate.privacy;

import java.time.LocalDate;
import java.util.UUID;

/** Criteria for searching the audit log; every field is optional. */
public record AuditQuery(String actor, AuditAction action, UUID residentId, LocalDate from, LocalDate to) {
}
