package org.pomegranate.identity;

import java.time.Instant;
import java.util.UUID;

/** One account as the administrator sees it. */
public record AccountSummary(UUID id, String username, String displayName, Role role, UUID orgUnitId,
		int failedAttempts, Instant lockedUntil, boolean enabled) {

	public boolean lockedAt(Instant now) {
		return lockedUntil != null && lockedUntil.isAfter(now);
	}
}
