package org.pomegranate.registry.internal;

import java.util.List;

import org.pomegranate.organization.HeadCounts;
import org.pomegranate.organization.OrgUnit;
import org.pomegranate.organization.UnitSummary;
import org.pomegranate.organization.UnitSummaryContributor;
import org.springframework.stereotype.Component;

/**
 * Buildings, households and residents counted on a unit's page. Counts only, no names, and kept
 * ones: the triggers of migration V170 follow every registration, move and ending.
 */
@Component
class RegistryUnitSummary implements UnitSummaryContributor {

	@Override
	public List<UnitSummary> summarize(OrgUnit unit, HeadCounts counts) {
		return List.of(UnitSummary.count("unit.buildings", counts.buildings()),
				UnitSummary.count("unit.households", counts.households()),
				UnitSummary.count("unit.residents", counts.residents()));
	}
}
