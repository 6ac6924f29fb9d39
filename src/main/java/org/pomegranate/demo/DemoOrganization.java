package org.pomegranate.demo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.pomegranate.organization.DivisionsFile;
import org.pomegranate.organization.DivisionsReport;
import org.pomegranate.organization.OrgLevel;
import org.pomegranate.organization.OrgUnit;
import org.pomegranate.organization.OrganizationManagement;
import org.pomegranate.organization.UnitNames;
import org.springframework.stereotype.Component;

/** Builds the org tree: the real prefecture, counties and townships, then synthetic communities and grids. */
@Component
class DemoOrganization {

	/** A community as created, with its grids in order and the county it lies in. */
	record Community(DemoCommunities.Plan plan, OrgUnit unit, OrgUnit county, List<OrgUnit> grids) {
	}

	private final OrganizationManagement organization;

	DemoOrganization(OrganizationManagement organization) {
		this.organization = organization;
	}

	List<Community> load() {
		Map<String, OrgUnit> byCode = loadDivisions();
		List<Community> communities = new ArrayList<>();
		for (DemoCommunities.Plan plan : DemoCommunities.ALL) {
			OrgUnit street = require(byCode, plan.streetCode());
			String[] local = DemoCommunities.LOCAL_NAMES.getOrDefault(plan.slug(), new String[2]);
			OrgUnit unit = organization.create(street.id(), plan.code(), OrgLevel.COMMUNITY,
					new UnitNames(plan.nameZh(), plan.nameEn(), local[0], local[1]));
			List<OrgUnit> grids = new ArrayList<>();
			for (int g = 0; g < plan.grids(); g++) {
				grids.add(organization.create(unit.id(), plan.gridCode(g), OrgLevel.GRID,
						new UnitNames(DemoCommunities.GRID_NAMES_ZH[g], "Grid " + (g + 1), DemoCommunities.GRID_NAMES_BO[g],
								DemoCommunities.GRID_NAMES_MN[g])));
			}
			communities.add(new Community(plan, unit, require(byCode, plan.countyCode()), List.copyOf(grids)));
		}
		return communities;
	}

	/** The real upper levels through the same loader the administrator uses on the first run. */
	private Map<String, OrgUnit> loadDivisions() {
		DivisionsFile file = DivisionsFile.bundled();
		DivisionsReport report = organization.loadDivisions(file);
		if (!report.loaded()) {
			throw new IllegalStateException(DivisionsFile.BUNDLED + " does not load: " + report.errors());
		}
		Map<String, OrgUnit> byCode = new HashMap<>();
		file.rows().forEach(row -> byCode.put(row.code(), organization.findByCode(row.code()).orElseThrow()));
		return byCode;
	}

	private static OrgUnit require(Map<String, OrgUnit> byCode, String code) {
		OrgUnit unit = byCode.get(code);
		if (unit == null) {
			throw new IllegalStateException(DivisionsFile.BUNDLED + " has no unit " + code);
		}
		return unit;
	}
}
