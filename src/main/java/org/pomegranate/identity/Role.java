package org.pomegranate.identity;

import static org.pomegranate.identity.Permission.*;

import java.util.EnumSet;
import java.util.Set;

/**
 * The roles of Pomegranate. Staff roles work within the subtree of their org unit; officers
 * above the community see that data masked and cannot reveal it.
 */
public enum Role {
	RESIDENT(),
	VOLUNTEER(),
	GRID_WORKER(VIEW_ORGANIZATION, VIEW_RESIDENTS, EDIT_RESIDENTS, REVEAL_SENSITIVE),
	COMMUNITY_STAFF(VIEW_ORGANIZATION, VIEW_RESIDENTS, EDIT_RESIDENTS, REVEAL_SENSITIVE),
	COMMUNITY_HEAD(VIEW_ORGANIZATION, VIEW_RESIDENTS, EDIT_RESIDENTS, REVEAL_SENSITIVE),
	MEDIATOR(VIEW_ORGANIZATION, VIEW_RESIDENTS),
	STREET_OFFICER(VIEW_ORGANIZATION, VIEW_RESIDENTS),
	COUNTY_OFFICER(VIEW_ORGANIZATION, VIEW_RESIDENTS),
	PREFECTURE_OFFICER(VIEW_ORGANIZATION, VIEW_RESIDENTS),
	SYSTEM_ADMIN(MANAGE_ACCOUNTS, VIEW_AUDIT);

	private final Set<Permission> permissions;

	Role(Permission... permissions) {
		this.permissions = permissions.length == 0 ? EnumSet.noneOf(Permission.class)
				: EnumSet.of(permissions[0], permissions);
	}

	public Set<Permission> permissions() {
		return permissions;
	}

	public boolean isStaff() {
		return this != RESIDENT && this != VOLUNTEER;
	}
}
