package org.pomegranate.mediation;

import java.util.List;
import java.util.UUID;

/**
 * A case as taken in.
 *
 * @param requestId     the service request it comes from (source {@code SERVICE_REQUEST}); its unit decides the case's
 * @param unitId        the community or street that holds the case (other sources)
 * @param screeningNote what the screening round found (source {@code SCREENING}), optional
 */
public record NewCase(CaseType type, CaseSource source, UUID requestId, UUID unitId, UUID mediatorId, String summary,
		String screeningNote, List<NewParty> parties) {
}
