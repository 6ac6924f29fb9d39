package org.pomegranate.imports.internal;

import java.util.Optional;

import org.pomegranate.organization.OrgLevel;
import org.pomegranate.organization.OrgUnit;
import org.pomegranate.organization.OrganizationManagement;
import org.pomegranate.registry.BuildingOption;
import org.pomegranate.registry.RegistryImport;
import org.springframework.stereotype.Component;

/** Finds units and buildings by the codes and names a sheet carries, through the owning modules. */
@Component
class Lookups {

	private final OrganizationManagement organization;
	private final RegistryImport registry;

	Lookups(OrganizationManagement organization, RegistryImport registry) {
		this.organization = organization;
		this.registry = registry;
	}

	Optional<OrgUnit> unit(String code, ImportContext context) {
		return context.units().computeIfAbsent(code, organization::findByCode);
	}

	/**
	 * The community of a row, checked: it exists, is a community and lies in the importer's scope.
	 * Problems go to the reader, on the column.
	 */
	Optional<OrgUnit> community(RowReader reader, int column, ImportContext context) {
		String code = reader.text(column);
		if (code == null) {
			return Optional.empty();
		}
		Optional<OrgUnit> unit = unit(code, context).filter(u -> u.level() == OrgLevel.COMMUNITY);
		if (unit.isEmpty()) {
			reader.problem(column, "import.ref.unknownCommunity", code);
		}
		else if (!context.inScope(unit.get().id())) {
			reader.problem(column, "import.ref.outOfScope", code);
			return Optional.empty();
		}
		return unit;
	}

	/** The building of a row (community, compound, building columns), checked for existence and scope. */
	Optional<BuildingOption> building(RowReader reader, int communityColumn, ImportContext context) {
		Optional<OrgUnit> community = community(reader, communityColumn, context);
		String compound = reader.text(communityColumn + 1);
		String building = reader.text(communityColumn + 2);
		if (community.isEmpty() || compound == null || building == null) {
			return Optional.empty();
		}
		Optional<BuildingOption> found = context.buildings().computeIfAbsent(
				community.get().id() + "|" + compound + "|" + building,
				k -> registry.buildingNamed(community.get().id(), compound, building));
		if (found.isEmpty()) {
			reader.problem(communityColumn + 2, "import.ref.unknownBuilding", compound + " " + building);
		}
		else if (!context.inScope(found.get().gridId())) {
			reader.problem(communityColumn + 2, "import.ref.outOfScope", compound + " " + building);
			return Optional.empty();
		}
		return found;
	}
}
