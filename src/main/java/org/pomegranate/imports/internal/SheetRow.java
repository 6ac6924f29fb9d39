package org.pomegranate.imports.internal;

import java.util.List;
import java.util.Set;

/**
 * One row of a sheet as text.
 *
 * @param number   the row number Excel shows (1 is the first)
 * @param cells    one string per expected column, empty where the cell is empty
 * @param formulas indexes of the columns whose cell holds a formula
 */
public record SheetRow(int number, List<String> cells, Set<Integer> formulas) {

	public String cell(int column) {
		return column < cells.size() ? cells.get(column) : "";
	}

	public boolean isBlank() {
		return cells.stream().allMatch(String::isBlank);
	}
}
