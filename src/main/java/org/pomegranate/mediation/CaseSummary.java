package org.pomegranate.mediation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A case as a list shows it: no party's name. */
public record CaseSummary(UUID id, String number, CaseType type, CaseStatus status, CaseSource source, UUID unitId,
		String unitName, UUID mediatorId, String mediatorName, Instant openedAt, Instant settleDue,
		LocalDate followUpDue, String requestNumber, boolean overdue, boolean escalated) {
}
