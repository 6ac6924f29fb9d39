package org.pomegranate.imports.internal;

import java.time.LocalDate;
import java.util.Optional;

import org.pomegranate.imports.ImportKind;
import org.pomegranate.registry.BuildingOption;
import org.pomegranate.registry.HouseholdForm;
import org.pomegranate.registry.RegistryImport;
import org.pomegranate.shared.web.InvalidInputException;
import org.springframework.stereotype.Component;

/** Households at an address of a registered building; one address is one household. */
@Component
class HouseholdRows implements KindRows {

	private static final int COMMUNITY = 0, UNIT_NO = 3, ROOM = 4, RESETTLED = 5, PROJECT = 6, MOVE_IN = 7;

	private final Lookups lookups;
	private final RegistryImport registry;

	HouseholdRows(Lookups lookups, RegistryImport registry) {
		this.lookups = lookups;
		this.registry = registry;
	}

	@Override
	public ImportKind kind() {
		return ImportKind.HOUSEHOLDS;
	}

	@Override
	public Checked check(SheetRow row, ImportContext context) {
		RowReader reader = new RowReader(row, Layouts.HOUSEHOLDS);
		Optional<HouseholdForm> form = form(reader, context);
		form.filter(f -> registry.householdAt(f.buildingId(), f.unitNo(), f.room()).isPresent())
			.ifPresent(f -> reader.problem(ROOM, "import.row.duplicateInRegister", f.unitNo() + "-" + f.room()));
		String key = form.map(f -> f.buildingId() + "|" + f.unitNo() + "|" + f.room()).orElse(null);
		return new Checked(reader.problems(), key);
	}

	@Override
	public void write(SheetRow row, ImportContext context) {
		RowReader reader = new RowReader(row, Layouts.HOUSEHOLDS);
		HouseholdForm form = form(reader, context).orElseThrow(() -> PlaceRows.refused(reader));
		if (registry.householdAt(form.buildingId(), form.unitNo(), form.room()).isPresent()) {
			throw new InvalidInputException(Layouts.HOUSEHOLDS.get(ROOM).zh(), "import.row.duplicateInRegister");
		}
		registry.addHousehold(form);
	}

	private Optional<HouseholdForm> form(RowReader reader, ImportContext context) {
		Optional<BuildingOption> building = lookups.building(reader, COMMUNITY, context);
		Boolean resettled = reader.choice(RESETTLED, Choices.YES_NO);
		String project = reader.text(PROJECT);
		if (Boolean.TRUE.equals(resettled) && project == null && !reader.hasProblem(PROJECT)) {
			reader.problem(PROJECT, "import.cell.required", "");
		}
		LocalDate moveIn = reader.date(MOVE_IN);
		if (moveIn != null && moveIn.isAfter(LocalDate.now())) {
			reader.problem(MOVE_IN, "import.cell.future", moveIn.toString());
		}
		if (building.isEmpty() || !reader.ok()) {
			return Optional.empty();
		}
		return Optional.of(new HouseholdForm(building.get().id(), reader.text(UNIT_NO), reader.text(ROOM),
				Boolean.TRUE.equals(resettled), project, moveIn));
	}
}
