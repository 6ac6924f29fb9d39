package org.pomegranate.servicedesk.web;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.pomegranate.identity.CurrentUser;
import org.pomegranate.identity.IdentityManagement;
import org.pomegranate.identity.UnitTree;
import org.pomegranate.organization.OrgLevel;
import org.pomegranate.organization.OrgUnit;
import org.pomegranate.organization.OrganizationManagement;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Where a request may be transferred from a staff member's desk: any unit of their county (their
 * own scope when they sit above one), except the unit that holds it now.
 */
@Component
class TransferTargets {

	private final IdentityManagement identity;
	private final OrganizationManagement organization;
	private final UnitTree tree;

	TransferTargets(IdentityManagement identity, OrganizationManagement organization, UnitTree tree) {
		this.identity = identity;
		this.organization = organization;
		this.tree = tree;
	}

	List<Target> forRequestAt(UUID currentUnit) {
		CurrentUser me = identity.currentUser();
		if (me.orgUnitId() == null) {
			return List.of();
		}
		UUID root = organization.lineage(me.orgUnitId()).stream().filter(u -> u.level() == OrgLevel.COUNTY)
			.findFirst().map(OrgUnit::id).orElse(me.orgUnitId());
		Set<UUID> county = organization.subtree(root);
		Locale locale = LocaleContextHolder.getLocale();
		// the tree lists parents before their children, so indenting by depth draws it
		return tree.units().stream()
			.filter(u -> county.contains(u.id()) && !u.id().equals(currentUnit) && u.depth() > 0)
			.map(u -> new Target(u.id(), "\u00a0\u00a0".repeat(Math.max(0, u.depth() - 1)) + u.name(locale)))
			.toList();
	}

	record Target(UUID id, String label) {
	}
}
