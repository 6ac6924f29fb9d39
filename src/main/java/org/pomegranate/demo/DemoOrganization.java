package org.pomegranate.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.pomegranate.organization.OrgLevel;
import org.pomegranate.organization.OrgUnit;
import org.pomegranate.organization.OrganizationManagement;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/** Builds the org tree: the real prefecture, counties and townships, then synthetic communities and grids. */
@Component
class DemoOrganization {

	static final String DIVISIONS = "demo/haixi-divisions.csv";

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

	private Map<String, OrgUnit> loadDivisions() {
		Map<String, OrgUnit> byCode = new HashMap<>();
		// the file lists parents before children, so one pass suffices
		for (String[] row : readDivisions()) {
			OrgUnit parent = byCode.get(row[4]);
			OrgUnit unit = organization.create(parent == null ? null : parent.id(), row[0], row[1], row[2],
					level(row[3]));
			byCode.put(unit.code(), unit);
		}
		return byCode;
	}

	static List<String[]> readDivisions() {
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(new ClassPathResource(DIVISIONS).getInputStream(), StandardCharsets.UTF_8))) {
			return reader.lines()
				.skip(1)
				.map(String::trim)
				.filter(line -> !line.isEmpty() && !line.startsWith("#"))
				.map(line -> line.split(",", -1))
				.toList();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static OrgLevel level(String level) {
		return switch (level) {
			case "prefecture" -> OrgLevel.PREFECTURE;
			case "county" -> OrgLevel.COUNTY;
			case "township" -> OrgLevel.STREET;
			default -> throw new IllegalStateException("Unknown level in " + DIVISIONS + ": " + level);
		};
	}

	private static OrgUnit require(Map<String, OrgUnit> byCode, String code) {
		OrgUnit unit = byCode.get(code);
		if (unit == null) {
			throw new IllegalStateException(DIVISIONS + " has no unit " + code);
		}
		return unit;
	}
}
