package org.pomegranate.identity;

import java.util.List;
import java.util.UUID;

/**
 * What it takes to open an account. Staff name an org unit; residents name their registry record.
 */
public record NewAccount(String username, String rawPassword, String displayName, Role role, UUID orgUnitId,
		UUID residentId, List<String> languages) {
}
