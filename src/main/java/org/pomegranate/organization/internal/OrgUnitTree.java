package org.pomegranate.organization.internal;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.pomegranate.identity.UnitTree;
import org.pomegranate.organization.OrgUnit;
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

	@Override
	public Optional<Unit> unit(UUID unitId) {
		// a closed unit takes no new accounts
		return units.findById(unitId).filter(u -> !u.closed()).map(OrgUnitTree::asUnit);
	}

	@Override
	public List<Unit> units() {
		return units.all().stream().map(OrgUnitTree::asUnit).toList();
	}

	private static Unit asUnit(OrgUnit u) {
		return new Unit(u.id(), u.code(), u.nameZh(), u.nameEn(), u.nameBo(), u.nameMn(), u.level().ordinal());
	}
}
