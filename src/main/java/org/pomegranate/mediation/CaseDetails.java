package org.pomegranate.mediation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A case as its mediator and the heads above see it. Outside parties' phones are masked.
 *
 * @param acts what the reader may do now (names of {@link CaseAct})
 */
public record CaseDetails(CaseSummary summary, String description, String screeningNote, UUID requestId,
		List<Party> parties, List<Session> sessions, Outcome outcome, Instant outcomeAt, String terms,
		Referral referral, String outcomeNote, LocalDate followedUpOn, String followUpNote, Boolean agreementKept,
		List<Event> timeline, Set<String> acts) {

	public UUID id() {
		return summary.id();
	}

	public String number() {
		return summary.number();
	}

	public CaseStatus status() {
		return summary.status();
	}

	/** @param name a resident's registered name or an outside person's; {@code maskedPhone} only for outside people */
	public record Party(int position, PartySide side, UUID residentId, String name, String maskedPhone) {
	}

	public record Session(LocalDate heldOn, String place, String note, String recordedBy) {
	}

	/** One act on the case's timeline; {@code actor} is {@code system} for the deadline clock. */
	public record Event(Instant at, String actor, String kind, String note) {
	}
}
