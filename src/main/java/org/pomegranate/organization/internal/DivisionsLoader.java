package org.pomegranate.organization.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.pomegranate.organization.DivisionsFile;
import org.pomegranate.organization.DivisionsFile.LineError;
import org.pomegranate.organization.DivisionsFile.Row;
import org.pomegranate.organization.DivisionsReport;
import org.pomegranate.organization.OrgUnit;
import org.pomegranate.organization.UnitChange;
import org.pomegranate.organization.UnitNames;
import org.springframework.stereotype.Component;

/**
 * Loads a divisions file as the upper levels of the tree. Every row is checked before the first
 * one is written, so a file loads whole or not at all; a row whose unit is already in the tree
 * as given (same code, level and parent) is left alone, so loading twice changes nothing.
 */
@Component
public class DivisionsLoader {

	private final OrgUnitRepository units;
	private final TreeEditor editor;

	DivisionsLoader(OrgUnitRepository units, TreeEditor editor) {
		this.units = units;
		this.editor = editor;
	}

	/** Runs in the caller's transaction; writes only when the report has no errors. */
	public DivisionsReport load(DivisionsFile file, String actor) {
		List<LineError> errors = new ArrayList<>(file.errors());
		Map<String, Row> inFile = new HashMap<>();
		List<Row> toCreate = new ArrayList<>();
		int unchanged = 0;
		for (Row row : file.rows()) {
			if (inFile.putIfAbsent(row.code(), row) != null) {
				errors.add(new LineError(row.line(), "divisions.error.duplicate", row.code()));
				continue;
			}
			List<LineError> problems = check(row, inFile);
			if (!problems.isEmpty()) {
				errors.addAll(problems);
				continue;
			}
			Optional<OrgUnit> existing = units.findByCode(row.code());
			if (existing.isEmpty()) {
				toCreate.add(row);
			}
			else if (sameAs(existing.get(), row)) {
				unchanged++;
			}
			else {
				errors.add(new LineError(row.line(), "divisions.error.codeElsewhere", row.code()));
			}
		}
		// a parent named later in the file is fine, as long as it is there
		toCreate.stream().filter(r -> !parentKnown(r, inFile))
			.forEach(r -> errors.add(new LineError(r.line(), "divisions.error.parent", r.parentCode())));
		if (!errors.isEmpty()) {
			errors.sort(Comparator.comparingInt(LineError::line));
			return new DivisionsReport(0, 0, errors);
		}
		toCreate.sort(Comparator.comparing(Row::level).thenComparingInt(Row::line));
		for (Row row : toCreate) {
			OrgUnit parent = row.level().above() == null ? null : units.findByCode(row.parentCode()).orElseThrow();
			editor.create(parent == null ? null : parent.id(), row.code(), row.level(),
					UnitNames.of(row.nameZh(), row.nameEn()), actor, UnitChange.Kind.LOAD);
		}
		return new DivisionsReport(toCreate.size(), unchanged, List.of());
	}

	private static List<LineError> check(Row row, Map<String, Row> inFile) {
		List<LineError> problems = new ArrayList<>();
		if (!row.level().fitsCode(row.code())) {
			problems.add(new LineError(row.line(), "error.unit.code." + row.level().name(), row.code()));
		}
		Map<String, String> fieldErrors = UnitInput.errors();
		UnitInput.names(UnitNames.of(row.nameZh(), row.nameEn()), fieldErrors);
		fieldErrors.forEach((field, key) -> problems.add(new LineError(row.line(), key, field)));
		return problems;
	}

	private boolean parentKnown(Row row, Map<String, Row> inFile) {
		if (row.level().above() == null) {
			return true;
		}
		Row parentRow = inFile.get(row.parentCode());
		if (parentRow != null) {
			return parentRow.level() == row.level().above();
		}
		return units.findByCode(row.parentCode())
			.filter(p -> !p.closed() && p.level() == row.level().above()).isPresent();
	}

	private boolean sameAs(OrgUnit existing, Row row) {
		if (existing.level() != row.level()) {
			return false;
		}
		if (existing.parentId() == null) {
			return row.level().above() == null;
		}
		return units.findById(existing.parentId()).map(p -> row.parentCode().equals(p.code())).orElse(false);
	}
}
