package org.pomegranate.identity;

import static org.pomegranate.identity.Permission.*;

import java.util.EnumSet;
import java.util.Set;

/**
 * The roles of Pomegranate. Staff roles work within the subtree of their org unit; officers
 * above the community see that data masked and cannot reveal it.
 */
public enum Role {
	RESIDENT(Set.of()),
	VOLUNTEER(Set.of(Depth.COMMUNITY, Depth.GRID)),
	GRID_WORKER(Set.of(Depth.GRID), VIEW_ORGANIZATION, VIEW_RESIDENTS, EDIT_RESIDENTS, REVEAL_SENSITIVE,
			VIEW_REQUESTS, HANDLE_REQUESTS),
	COMMUNITY_STAFF(Set.of(Depth.COMMUNITY), VIEW_ORGANIZATION, VIEW_RESIDENTS, EDIT_RESIDENTS, REVEAL_SENSITIVE,
			VIEW_REQUESTS, HANDLE_REQUESTS),
	COMMUNITY_HEAD(Set.of(Depth.COMMUNITY), VIEW_ORGANIZATION, VIEW_RESIDENTS, EDIT_RESIDENTS, REVEAL_SENSITIVE,
			VIEW_REQUESTS, HANDLE_REQUESTS, VIEW_AUDIT),
	MEDIATOR(Set.of(Depth.COMMUNITY, Depth.STREET), VIEW_ORGANIZATION, VIEW_RESIDENTS, VIEW_REQUESTS),
	STREET_OFFICER(Set.of(Depth.STREET), VIEW_ORGANIZATION, VIEW_RESIDENTS, VIEW_REQUESTS, HANDLE_REQUESTS),
	COUNTY_OFFICER(Set.of(Depth.COUNTY), VIEW_ORGANIZATION, VIEW_RESIDENTS, VIEW_REQUESTS, HANDLE_REQUESTS,
			MANAGE_ORGANIZATION, REVIEW_TRANSLATIONS),
	PREFECTURE_OFFICER(Set.of(Depth.PREFECTURE), VIEW_ORGANIZATION, VIEW_RESIDENTS, VIEW_REQUESTS),
	SYSTEM_ADMIN(Set.of(), MANAGE_ACCOUNTS, VIEW_AUDIT, MANAGE_CATALOGUE, MANAGE_ORGANIZATION, REVIEW_TRANSLATIONS);

	/** Depths in the org tree, 0 at the top: where each role's unit may sit. */
	private static final class Depth {
		static final int PREFECTURE = 0, COUNTY = 1, STREET = 2, COMMUNITY = 3, GRID = 4;
	}

	private final Set<Integer> unitDepths;
	private final Set<Permission> permissions;

	Role(Set<Integer> unitDepths, Permission... permissions) {
		this.unitDepths = unitDepths;
		this.permissions = permissions.length == 0 ? EnumSet.noneOf(Permission.class)
				: EnumSet.of(permissions[0], permissions);
	}

	/**
	 * Whether an account of this role may be bound to a unit at this depth of the tree. A role
	 * that can reveal data must not sit above the community, or it could reveal a county's worth.
	 */
	public boolean fitsUnitAtDepth(int depth) {
		return unitDepths.contains(depth);
	}

	public Set<Permission> permissions() {
		return permissions;
	}

	public boolean isStaff() {
		return this != RESIDENT && this != VOLUNTEER;
	}
}
