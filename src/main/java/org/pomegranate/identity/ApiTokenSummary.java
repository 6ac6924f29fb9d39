package org.pomegranate.identity;

import java.time.Instant;
import java.util.UUID;

/**
 * One token as its holder (or the administrator) sees it in the list: never its value.
 *
 * @param prefix     the first characters of the value, to match a token in a script to its row
 * @param lastUsedAt to the minute: the use is recorded at most once a minute
 */
public record ApiTokenSummary(UUID id, String name, String prefix, ApiTokenScope scope, Instant createdAt,
		Instant expiresAt, Instant revokedAt, Instant lastUsedAt) {

	/** Usable now: neither revoked nor expired. */
	public boolean activeAt(Instant now) {
		return revokedAt == null && expiresAt.isAfter(now);
	}
}
