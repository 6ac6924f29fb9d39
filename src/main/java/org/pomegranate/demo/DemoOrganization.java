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
			OrgUnit unit = organization.create(street.id(), plan.code(), plan.nameZh(), plan.nameEn(), OrgLevel.COMMUNITY);
			List<OrgUnit> grids = new ArrayList<>();
			for (int g = 0; g < plan.grids(); g++) {
				grids.add(organization.create(unit.id(), plan.gridCode(g), DemoCommunities.GRID_NAMES_ZH[g],
						"Grid " + (g + 1), OrgLevel.GRID));
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
