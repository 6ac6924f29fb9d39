package org.pomegranate.identity;

import java.time.Instant;
import java.util.UUID;

/**
 * A token just made. {@code value} is shown to its holder this once and kept nowhere: the database
 * holds only its SHA-256.
 */
public record IssuedApiToken(UUID id, String value, ApiTokenScope scope, Instant expiresAt) {

	@Override
	public String toString() {
		return "IssuedApiToken[" + id + "]";
	}
}
