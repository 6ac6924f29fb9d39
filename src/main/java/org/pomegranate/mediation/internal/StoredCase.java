package org.pomegranate.mediation.internal;

import java.time.Instant;
import java.util.UUID;

import org.pomegranate.mediation.CaseStatus;
import org.pomegranate.mediation.CaseType;
import org.pomegranate.mediation.Outcome;

/** The columns of a case the rules need, read with its row locked. */
public record StoredCase(UUID id, String number, CaseType type, CaseStatus status, UUID unitId, UUID mediatorId,
		Instant openedAt, Instant settleDue, Outcome outcome, Instant outcomeAt) {
}
