package org.pomegranate.mediation.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.pomegranate.mediation.CaseSource;
import org.pomegranate.mediation.CaseType;
import org.pomegranate.mediation.NewCase;
import org.pomegranate.mediation.NewParty;
import org.pomegranate.mediation.PartySide;

/**
 * The intake form: the applicant, the respondent and an optional second respondent, each a
 * registered resident (carried over from the request) or a name and perhaps a phone.
 */
record CaseForm(CaseType type, CaseSource source, UUID requestId, UUID unitId, UUID mediatorId, String summary,
		String screeningNote, UUID p1Resident, String p1Name, String p1Phone, UUID p2Resident, String p2Name,
		String p2Phone, String p3Name, String p3Phone) {

	static CaseForm empty() {
		return new CaseForm(null, CaseSource.WALK_IN, null, null, null, null, null, null, null, null, null, null, null,
				null, null);
	}

	NewCase toNewCase() {
		List<NewParty> parties = new ArrayList<>();
		parties.add(new NewParty(PartySide.APPLICANT, p1Resident, p1Name, p1Phone));
		parties.add(new NewParty(PartySide.RESPONDENT, p2Resident, p2Name, p2Phone));
		if ((p3Name != null && !p3Name.isBlank()) || (p3Phone != null && !p3Phone.isBlank())) {
			parties.add(new NewParty(PartySide.RESPONDENT, null, p3Name, p3Phone));
		}
		return new NewCase(type, source, requestId, unitId, mediatorId, summary, screeningNote, parties);
	}
}
