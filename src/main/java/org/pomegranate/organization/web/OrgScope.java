package org.pomegranate.organization.web;

import java.util.UUID;

import org.pomegranate.identity.IdentityManagement;
import org.pomegranate.identity.Permission;
import org.pomegranate.identity.Scope;
import org.pomegranate.organization.OrgUnit;
import org.pomegranate.organization.OrganizationManagement;
import org.pomegranate.shared.web.NotFoundException;
import org.springframework.stereotype.Component;

/** Finds a unit only if it lies within the signed-in user's scope; pages and API share it. */
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
		if (!current().contains(id)) {
			throw new NotFoundException("unit");
		}
		return organization.find(id).orElseThrow(() -> new NotFoundException("unit"));
	}

	OrgUnit root() {
		return unit(current().root());
	}
}
