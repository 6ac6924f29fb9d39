package org.pomegranate.identity;

import java.io.Serializable;
import java.util.UUID;

/**
 * The signed-in person as the rest of the application needs to know them.
 *
 * @param orgUnitId  the root of a staff member's scope; {@code null} for residents
 * @param residentId the registry record of a resident; {@code null} for staff
 * It is serializable because it lives in the signed-in session, which is kept in the database.
 */
public record CurrentUser(UUID accountId, String username, String displayName, Role role, UUID orgUnitId,
		UUID residentId) implements Serializable {

	public boolean can(Permission permission) {
		return role.permissions().contains(permission);
	}
}
