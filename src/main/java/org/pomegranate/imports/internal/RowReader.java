package org.pomegranate.imports.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads the cells of one row by the rules of its layout and collects every problem: formulas,
 * control characters, lengths, required cells, values outside a drop-down's list, bad dates.
 */
final class RowReader {

	private final SheetRow row;
	private final List<Column> layout;
	private final List<Problem> problems = new ArrayList<>();

	RowReader(SheetRow row, List<Column> layout) {
		this.row = row;
		this.layout = layout;
		for (int i = 0; i < layout.size(); i++) {
			checkCell(i);
		}
	}

	/** The trimmed text, or {@code null} when empty or already refused. */
	String text(int column) {
		String value = row.cell(column).trim();
		return value.isEmpty() || hasProblem(column) ? null : value;
	}

	/** The value of a drop-down column, or {@code null} when empty or not one of its words. */
	<T> T choice(int column, Map<String, T> choices) {
		return Choices.read(choices, text(column)).orElse(null);
	}

	/** A date cell, whether Excel stored it as a date or it was typed as text. */
	LocalDate date(int column) {
		String value = text(column);
		if (value == null) {
			return null;
		}
		LocalDate date = TextDates.parse(value).orElse(null);
		if (date == null) {
			problem(column, "import.cell.date", value);
		}
		return date;
	}

	void problem(int column, String key, String arg) {
		problems.add(new Problem(column < 0 ? "" : layout.get(column).zh(), key, arg == null ? "" : arg));
	}

	boolean hasProblem(int column) {
		String header = layout.get(column).zh();
		return problems.stream().anyMatch(p -> p.column().equals(header));
	}

	boolean ok() {
		return problems.isEmpty();
	}

	List<Problem> problems() {
		return List.copyOf(problems);
	}

	private void checkCell(int i) {
		Column column = layout.get(i);
		String value = row.cell(i).trim();
		if (row.formulas().contains(i)) {
			problem(i, "import.cell.formula", "");
		}
		else if (Texts.hasControlCharacter(value)) {
			problem(i, "import.cell.control", "");
		}
		else if (value.length() > column.maxLength()) {
			problem(i, "import.cell.tooLong", String.valueOf(column.maxLength()));
		}
		else if (value.isEmpty() && column.required()) {
			problem(i, "import.cell.required", "");
		}
		else if (!value.isEmpty() && !column.choices().isEmpty() && !isChoice(i, value)) {
			problem(i, "import.cell.notAllowed", String.join("/", column.choices()));
		}
	}

	private boolean isChoice(int i, String value) {
		return Choices.ALL.stream().anyMatch(c -> c.keySet().containsAll(layout.get(i).choices())
				&& Choices.read(c, value).isPresent());
	}
}
