package org.pomegranate.imports.internal;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.pomegranate.imports.ImportKind;
import org.pomegranate.registry.Ethnicity;
import org.pomegranate.registry.Gender;
import org.pomegranate.registry.IdNumber;
import org.pomegranate.registry.Language;
import org.pomegranate.registry.RegistryImport;
import org.pomegranate.registry.ResidentForm;
import org.springframework.stereotype.Component;

/**
 * Residents of registered households. The ID number must pass its check digit and appear once,
 * in the file and in the register; ethnicity is kept only where the row marks the resident's consent.
 */
@Component
class ResidentRows implements KindRows {

	private static final int COMMUNITY = 0, UNIT_NO = 3, ROOM = 4, NAME = 5, GENDER = 6, BIRTH = 7, ID = 8, PHONE = 9,
			LANGUAGE = 10, ETHNICITY = 11, CONSENT = 12, NEWCOMER = 13, SINCE = 14;

	private final Lookups lookups;
	private final RegistryImport registry;

	ResidentRows(Lookups lookups, RegistryImport registry) {
		this.lookups = lookups;
		this.registry = registry;
	}

	@Override
	public ImportKind kind() {
		return ImportKind.RESIDENTS;
	}

	/** A row read into a form, with the day the resident's stay begins. */
	private record Parsed(ResidentForm form, LocalDate since) {
	}

	@Override
	public Checked check(SheetRow row, ImportContext context) {
		RowReader reader = new RowReader(row, Layouts.RESIDENTS);
		Optional<Parsed> parsed = parse(reader, context);
		String id = parsed.map(p -> p.form().idNumber()).orElse(null);
		if (id != null && registry.idNumberRegistered(id)) {
			reader.problem(ID, "import.row.duplicateInRegister", "");
		}
		// a keyed hash, not the number: the staging table never holds an ID number in clear
		return new Checked(reader.problems(), id == null ? null : registry.idNumberKey(id));
	}

	@Override
	public void write(SheetRow row, ImportContext context) {
		RowReader reader = new RowReader(row, Layouts.RESIDENTS);
		Parsed parsed = parse(reader, context).orElseThrow(() -> PlaceRows.refused(reader));
		registry.addResident(parsed.form(), parsed.since());
	}

	private Optional<Parsed> parse(RowReader reader, ImportContext context) {
		Optional<UUID> household = lookups.building(reader, COMMUNITY, context).flatMap(b -> {
			Optional<UUID> found = registry.householdAt(b.id(), reader.text(UNIT_NO), reader.text(ROOM));
			if (found.isEmpty() && reader.text(UNIT_NO) != null && reader.text(ROOM) != null) {
				reader.problem(ROOM, "import.ref.unknownHousehold", reader.text(UNIT_NO) + "-" + reader.text(ROOM));
			}
			return found;
		});
		LocalDate birth = reader.date(BIRTH);
		if (birth != null && !birth.isBefore(LocalDate.now())) {
			reader.problem(BIRTH, "import.cell.future", birth.toString());
		}
		String id = idNumber(reader, birth);
		String phone = phone(reader);
		LocalDate since = reader.date(SINCE);
		if (since != null && since.isAfter(LocalDate.now())) {
			reader.problem(SINCE, "import.cell.future", since.toString());
		}
		Gender gender = reader.choice(GENDER, Choices.GENDERS);
		Language language = Optional.ofNullable(reader.<Language>choice(LANGUAGE, Choices.LANGUAGES)).orElse(Language.ZH);
		boolean consent = Boolean.TRUE.equals(reader.choice(CONSENT, Choices.YES_NO));
		// without a marked consent a declared ethnicity is not recorded at all
		Ethnicity ethnicity = consent ? reader.choice(ETHNICITY, Choices.ETHNICITIES) : null;
		if (household.isEmpty() || !reader.ok()) {
			return Optional.empty();
		}
		ResidentForm form = new ResidentForm(household.get(), reader.text(NAME), gender, birth, phone, id, language,
				ethnicity, Set.of(), Boolean.TRUE.equals(reader.choice(NEWCOMER, Choices.YES_NO)), Set.of());
		return Optional.of(new Parsed(form, since == null ? LocalDate.now() : since));
	}

	private static String idNumber(RowReader reader, LocalDate birth) {
		String id = reader.text(ID);
		if (id == null) {
			return null;
		}
		String normalized = IdNumber.normalize(id);
		if (!IdNumber.isValid(normalized)) {
			reader.problem(ID, "import.cell.idNumber", "");
			return null;
		}
		if (birth != null && !normalized.substring(6, 14).equals(birth.toString().replace("-", ""))) {
			reader.problem(BIRTH, "import.cell.birthNotId", "");
		}
		return normalized;
	}

	private static String phone(RowReader reader) {
		String typed = reader.text(PHONE);
		if (typed == null) {
			return null;
		}
		String phone = Texts.mobile(typed);
		if (phone == null) {
			reader.problem(PHONE, "import.cell.phone", "");
		}
		return phone;
	}
}
