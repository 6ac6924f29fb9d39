package org.pomegranate.imports.internal;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

import org.pomegranate.imports.ImportKind;
import org.pomegranate.organization.OrgLevel;
import org.pomegranate.organization.OrgUnit;
import org.pomegranate.organization.OrganizationManagement;
import org.springframework.stereotype.Component;

/**
 * Units of the organisation tree. A parent may be registered already or be another row of the
 * same file; the rows are written parents first, and a loop (A under B under A) is refused.
 */
@Component
class UnitRows implements KindRows {

	private static final int PARENT = 0, CODE = 1, NAME = 2, NAME_EN = 3, LEVEL = 4;

	private final OrganizationManagement organization;
	private final Lookups lookups;

	UnitRows(OrganizationManagement organization, Lookups lookups) {
		this.organization = organization;
		this.lookups = lookups;
	}

	@Override
	public ImportKind kind() {
		return ImportKind.UNITS;
	}

	@Override
	public Checked check(SheetRow row, ImportContext context) {
		RowReader reader = new RowReader(row, Layouts.UNITS);
		String code = reader.text(CODE);
		String parentCode = reader.text(PARENT);
		OrgLevel level = reader.choice(LEVEL, Choices.LEVELS);
		if (code != null && lookups.unit(code, context).isPresent()) {
			reader.problem(CODE, "import.unit.codeTaken", code);
		}
		if (parentCode == null) {
			if (level != null && level != OrgLevel.PREFECTURE) {
				reader.problem(PARENT, "import.cell.required", "");
			}
			else if (context.scope() != null) {
				reader.problem(PARENT, "import.ref.outOfScope", "");
			}
		}
		else {
			lookups.unit(parentCode, context).ifPresent(parent -> checkParent(reader, parent, level, context));
		}
		if (code != null && reader.ok()) {
			context.fileUnits().putIfAbsent(code, new ImportContext.FileUnit(row.number(), parentCode,
					level == null ? null : level.name()));
		}
		return new Checked(reader.problems(), code);
	}

	private void checkParent(RowReader reader, OrgUnit parent, OrgLevel level, ImportContext context) {
		if (!context.inScope(parent.id())) {
			reader.problem(PARENT, "import.ref.outOfScope", parent.code());
		}
		else if (level != null && parent.level().below() != level) {
			reader.problem(LEVEL, "import.unit.level", word(parent.level().below()));
		}
	}

	/**
	 * Walks each unit up through the file to a registered parent: the number of steps is its
	 * writing order; a walk that comes back to itself is a loop, one that ends nowhere an unknown parent.
	 */
	@Override
	public void afterStaging(ImportContext context, StagedRows rows) {
		context.fileUnits().forEach((code, unit) -> {
			Problem problem = walkUp(code, unit, context);
			if (problem != null) {
				rows.addProblem(context.jobId(), unit.rowNo(), problem);
			}
			else {
				rows.setSortKey(context.jobId(), unit.rowNo(), depth(unit, context));
			}
		});
	}

	/** The first problem on the way up through the file, or {@code null} when the way ends at a registered unit. */
	private Problem walkUp(String code, ImportContext.FileUnit unit, ImportContext context) {
		Set<String> seen = new LinkedHashSet<>(Set.of(code));
		ImportContext.FileUnit current = unit;
		while (current.parentCode() != null && lookups.unit(current.parentCode(), context).isEmpty()) {
			ImportContext.FileUnit parent = context.fileUnits().get(current.parentCode());
			if (parent == null) {
				return new Problem(Layouts.UNITS.get(PARENT).zh(), "import.ref.unknownUnit", current.parentCode());
			}
			if (!seen.add(current.parentCode())) {
				return new Problem(Layouts.UNITS.get(PARENT).zh(), "import.unit.loop",
						String.join(" → ", seen) + " → " + current.parentCode());
			}
			current = parent;
		}
		ImportContext.FileUnit direct = unit.parentCode() == null ? null : context.fileUnits().get(unit.parentCode());
		if (direct != null && lookups.unit(unit.parentCode(), context).isEmpty() && direct.level() != null
				&& unit.level() != null && OrgLevel.valueOf(direct.level()).below() != OrgLevel.valueOf(unit.level())) {
			return new Problem(Layouts.UNITS.get(LEVEL).zh(), "import.unit.level", word(OrgLevel.valueOf(direct.level()).below()));
		}
		return null;
	}

	private int depth(ImportContext.FileUnit unit, ImportContext context) {
		int depth = 0;
		for (ImportContext.FileUnit u = unit; u.parentCode() != null && lookups.unit(u.parentCode(), context).isEmpty();
				u = context.fileUnits().get(u.parentCode())) {
			depth++;
		}
		return depth;
	}

	private static String word(OrgLevel level) {
		return Choices.LEVELS.entrySet().stream().filter(e -> e.getValue() == level).map(java.util.Map.Entry::getKey)
			.findFirst().orElse("-");
	}

	@Override
	public void write(SheetRow row, ImportContext context) {
		RowReader reader = new RowReader(row, Layouts.UNITS);
		String parentCode = reader.text(PARENT);
		// not from the cache: the parent may have been written by an earlier batch of this file
		Optional<OrgUnit> parent = parentCode == null ? Optional.empty() : organization.findByCode(parentCode);
		if (parentCode != null && parent.isEmpty()) {
			throw new org.pomegranate.shared.web.InvalidInputException(Layouts.UNITS.get(PARENT).zh(), "import.ref.unknownUnit");
		}
		String name = reader.text(NAME);
		String nameEn = reader.text(NAME_EN);
		organization.create(parent.map(OrgUnit::id).orElse(null), reader.text(CODE), name, nameEn == null ? name : nameEn,
				reader.choice(LEVEL, Choices.LEVELS));
	}
}
