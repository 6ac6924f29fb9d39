package org.pomegranate.rights;

import java.time.Instant;
import java.util.UUID;

/**
 * A resident's request to correct or delete something kept about her, and how her community
 * answered it.
 *
 * @param answer the reason of a refusal or what was done; {@code null} while open
 */
public record RightsRequest(UUID id, UUID residentId, UUID communityId, Kind kind, String what, String why,
		Instant submittedAt, Instant dueAt, Status status, String answer, String answeredBy, Instant answeredAt) {

	/** What she asks for. */
	public enum Kind {
		CORRECTION, DELETION
	}

	/** Where it stands. */
	public enum Status {
		OPEN, DONE, REFUSED
	}

	public boolean overdueAt(Instant now) {
		return status == Status.OPEN && dueAt.isBefore(now);
	}
}
