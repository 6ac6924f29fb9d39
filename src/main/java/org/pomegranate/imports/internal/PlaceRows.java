package org.pomegranate.imports.internal;

import java.util.Optional;

import org.pomegranate.imports.ImportKind;
import org.pomegranate.organization.OrgLevel;
import org.pomegranate.organization.OrgUnit;
import org.pomegranate.registry.RegistryImport;
import org.pomegranate.shared.web.InvalidInputException;
import org.springframework.stereotype.Component;

/**
 * Compounds and their buildings, one building a row: the compound is created with its first
 * building and found again for the next ones. A building is served by a grid of its community.
 */
@Component
class PlaceRows implements KindRows {

	private static final int COMMUNITY = 0, COMPOUND = 1, ADDRESS = 2, BUILDING = 3, GRID = 4;

	private final Lookups lookups;
	private final RegistryImport registry;

	PlaceRows(Lookups lookups, RegistryImport registry) {
		this.lookups = lookups;
		this.registry = registry;
	}

	@Override
	public ImportKind kind() {
		return ImportKind.PLACES;
	}

	@Override
	public Checked check(SheetRow row, ImportContext context) {
		RowReader reader = new RowReader(row, Layouts.PLACES);
		Optional<OrgUnit> community = lookups.community(reader, COMMUNITY, context);
		String compound = reader.text(COMPOUND);
		String building = reader.text(BUILDING);
		community.ifPresent(c -> grid(reader, c, context));
		if (community.isPresent() && compound != null && building != null
				&& registry.buildingNamed(community.get().id(), compound, building).isPresent()) {
			reader.problem(BUILDING, "import.row.duplicateInRegister", compound + " " + building);
		}
		String key = community.map(c -> c.code() + "|" + compound + "|" + building).orElse(null);
		return new Checked(reader.problems(), key);
	}

	private Optional<OrgUnit> grid(RowReader reader, OrgUnit community, ImportContext context) {
		String code = reader.text(GRID);
		if (code == null) {
			return Optional.empty();
		}
		Optional<OrgUnit> grid = lookups.unit(code, context)
			.filter(g -> g.level() == OrgLevel.GRID && community.id().equals(g.parentId()));
		if (grid.isEmpty()) {
			reader.problem(GRID, "import.ref.unknownGrid", code);
		}
		return grid;
	}

	@Override
	public void write(SheetRow row, ImportContext context) {
		RowReader reader = new RowReader(row, Layouts.PLACES);
		OrgUnit community = lookups.community(reader, COMMUNITY, context).orElseThrow(() -> refused(reader));
		OrgUnit grid = grid(reader, community, context).orElseThrow(() -> refused(reader));
		String compound = reader.text(COMPOUND);
		String building = reader.text(BUILDING);
		if (registry.buildingNamed(community.id(), compound, building).isPresent()) {
			throw new InvalidInputException(Layouts.PLACES.get(BUILDING).zh(), "import.row.duplicateInRegister");
		}
		// a compound of several buildings is created by its first row, in this or an earlier batch
		java.util.UUID compoundId = registry.compoundNamed(community.id(), compound)
			.orElseGet(() -> registry.addCompound(community.id(), compound, reader.text(ADDRESS)));
		registry.addBuilding(compoundId, grid.id(), building);
	}

	static InvalidInputException refused(RowReader reader) {
		Problem first = reader.problems().isEmpty() ? new Problem("", "import.row.changed", "")
				: reader.problems().get(0);
		return new InvalidInputException(first.column(), first.key());
	}
}
