package org.pomegranate.mediation;

import java.util.UUID;

/** Filters of the case list; {@code null} means any. {@code overdue}: open past its settling deadline or a follow-up past due. */
public record CaseFilter(CaseStatus status, CaseType type, UUID mediatorId, boolean overdue) {

	public static final CaseFilter ALL = new CaseFilter(null, null, null, false);
}
