package org.pomegranate.servicedesk.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.pomegranate.organization.OrgLevel;
import org.pomegranate.organization.OrgUnit;

/** A small org lineage for the unit tests: prefecture → county → street → community → grid. */
final class Units {

	final OrgUnit prefecture = unit(null, "P", OrgLevel.PREFECTURE);
	final OrgUnit county = unit(prefecture, "C", OrgLevel.COUNTY);
	final OrgUnit street = unit(county, "S", OrgLevel.STREET);
	final OrgUnit community = unit(street, "M", OrgLevel.COMMUNITY);
	final OrgUnit grid = unit(community, "G", OrgLevel.GRID);

	/** Root first, as the organisation module answers a lineage. */
	List<OrgUnit> lineage(OrgUnit unit) {
		List<OrgUnit> all = List.of(prefecture, county, street, community, grid);
		return new ArrayList<>(all.subList(0, all.indexOf(unit) + 1));
	}

	private static OrgUnit unit(OrgUnit parent, String code, OrgLevel level) {
		UUID id = UUID.randomUUID();
		return new OrgUnit(id, parent == null ? null : parent.id(), code, code, code, level,
				(parent == null ? "/" : parent.path()) + id + "/");
	}
}
