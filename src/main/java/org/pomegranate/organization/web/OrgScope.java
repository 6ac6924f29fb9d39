package org.pomegranate.organization.web;

import java.util.List;
import java.util.UUID;

import org.pomegranate.identity.CurrentUser;
import org.pomegranate.identity.IdentityManagement;
import org.pomegranate.identity.Permission;
import org.pomegranate.identity.Role;
import org.pomegranate.identity.Scope;
import org.pomegranate.organization.OrgUnit;
import org.pomegranate.organization.OrganizationManagement;
import org.pomegranate.shared.web.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * Finds a unit only if it lies within the signed-in user's scope; pages and API share it. The
 * administrator, who keeps the whole tree, sees every unit.
 */
@Component
class OrgScope {

	private final IdentityManagement identity;
	private final OrganizationManagement organization;

	OrgScope(IdentityManagement identity, OrganizationManagement organization) {
		this.identity = identity;
		this.organization = organization;
	}

	Scope current() {
		identity.require(Permission.VIEW_ORGANIZATION);
		return identity.currentScope();
	}

	OrgUnit unit(UUID id) {
		if (!keepsWholeTree() && !current().contains(id)) {
			throw new NotFoundException("unit");
		}
		return organization.find(id).orElseThrow(() -> new NotFoundException("unit"));
	}

	OrgUnit root() {
		return unit(current().root());
	}

	/** Where the caller's tree starts: their own unit, or every root for the administrator. */
	List<OrgUnit> tops() {
		return keepsWholeTree() ? organization.roots() : List.of(root());
	}

	private boolean keepsWholeTree() {
		CurrentUser user = identity.currentUser();
		return user.role() == Role.SYSTEM_ADMIN && user.can(Permission.MANAGE_ORGANIZATION);
	}
}
