package org.pomegranate.organization.internal;

import java.util.Set;
import java.util.UUID;

import org.pomegranate.identity.UnitTree;
import org.springframework.stereotype.Component;

/** Gives identity the subtrees it builds scopes from. */
@Component
class OrgUnitTree implements UnitTree {

	private final OrgUnitRepository units;

	OrgUnitTree(OrgUnitRepository units) {
		this.units = units;
	}

	@Override
	public Set<UUID> subtree(UUID unitId) {
		return units.subtreeIds(unitId);
	}
}
