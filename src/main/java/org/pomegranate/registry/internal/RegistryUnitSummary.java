package org.pomegranate.registry.internal;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.pomegranate.organization.OrgUnit;
import org.pomegranate.organization.UnitSummary;
import org.pomegranate.organization.UnitSummaryContributor;
import org.springframework.stereotype.Component;

/** Buildings, households and residents counted on a unit's page. Counts only: no names. */
@Component
class RegistryUnitSummary implements UnitSummaryContributor {

	private final HouseholdRepository households;
	private final ResidentRepository residents;

	RegistryUnitSummary(HouseholdRepository households, ResidentRepository residents) {
		this.households = households;
		this.residents = residents;
	}

	@Override
	public List<UnitSummary> summarize(OrgUnit unit, Set<UUID> subtree) {
		UUID[] ids = subtree.toArray(UUID[]::new);
		return List.of(UnitSummary.count("unit.buildings", households.countBuildings(ids)),
				UnitSummary.count("unit.households", households.countHouseholds(ids)),
				UnitSummary.count("unit.residents", residents.countActiveResidents(ids)));
	}
}
