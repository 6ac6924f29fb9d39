package org.pomegranate.servicedesk.web;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.pomegranate.identity.CurrentUser;
import org.pomegranate.identity.IdentityManagement;
import org.pomegranate.identity.UnitTree;
import org.pomegranate.servicedesk.internal.Dispatcher;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Where a request may be transferred from a staff member's desk: exactly the units the desk accepts
 * ({@link Dispatcher#transferReach}: their county; the prefecture's counties for a county officer),
 * except the unit that holds it now.
 */
@Component
class TransferTargets {

	private final IdentityManagement identity;
	private final Dispatcher dispatcher;
	private final UnitTree tree;

	TransferTargets(IdentityManagement identity, Dispatcher dispatcher, UnitTree tree) {
		this.identity = identity;
		this.dispatcher = dispatcher;
		this.tree = tree;
	}

	List<Target> forRequestAt(UUID currentUnit) {
		CurrentUser me = identity.currentUser();
		Set<UUID> reach = dispatcher.transferReach(me);
		Locale locale = LocaleContextHolder.getLocale();
		// the tree lists parents before their children, so indenting by depth draws it
		return tree.units().stream()
			.filter(u -> reach.contains(u.id()) && !u.id().equals(currentUnit))
			.map(u -> new Target(u.id(), "\u00a0\u00a0".repeat(Math.max(0, u.depth() - 1)) + u.name(locale)))
			.toList();
	}

	record Target(UUID id, String label) {
	}
}
