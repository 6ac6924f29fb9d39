package org.pomegranate.imports.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;

/** Gathers the cells of each row from the streaming reader and hands complete rows on. */
class RowCollector implements SheetContentsHandler {

	private final int columns;
	private final Consumer<SheetRow> rows;
	private final List<String> merged = new ArrayList<>();
	private String[] current;
	private Set<Integer> formulas;
	private int lastRow;
	private int blankRun;
	private int stoppedAt;

	RowCollector(int columns, Consumer<SheetRow> rows) {
		this.columns = columns;
		this.rows = rows;
	}

	@Override
	public void startRow(int rowIndex) {
		int number = rowIndex + 1;
		// rows a sheet leaves out entirely are blank rows too
		blankRun += Math.max(0, number - lastRow - 1);
		if (blankRun >= ExcelRows.MAX_BLANK_RUN) {
			stop(lastRow + 1);
		}
		if (number > ExcelRows.MAX_ROWS + 2) {
			throw new TooManyRows();
		}
		lastRow = number;
		current = new String[columns];
		Arrays.fill(current, "");
		formulas = new HashSet<>();
	}

	@Override
	public void endRow(int rowIndex) {
		SheetRow row = new SheetRow(rowIndex + 1, List.of(current), Set.copyOf(formulas));
		if (row.isBlank() && row.formulas().isEmpty()) {
			if (++blankRun >= ExcelRows.MAX_BLANK_RUN) {
				stop(rowIndex + 1);
			}
			return;
		}
		blankRun = 0;
		try {
			rows.accept(row);
		}
		catch (RuntimeException e) {
			throw new CallbackFailure(e);
		}
	}

	@Override
	public void cell(String cellReference, String formattedValue, XSSFComment comment) {
		if (cellReference == null) {
			return;
		}
		int column = new CellReference(cellReference).getCol();
		if (column < columns) {
			current[column] = formattedValue == null ? "" : unescape(formattedValue);
		}
	}

	/** A formula cell, also one without a stored result (which the cell handler never reports). */
	void formulaIn(String cellReference) {
		if (cellReference != null && formulas != null) {
			int column = new CellReference(cellReference).getCol();
			if (column < columns) {
				formulas.add(column);
			}
		}
	}

	/**
	 * Excel writes characters XML cannot carry (control characters) as {@code _xHHHH_}; they are
	 * turned back here so the checks see what the person typed.
	 */
	static String unescape(String value) {
		if (!value.contains("_x")) {
			return value;
		}
		return ESCAPED.matcher(value).replaceAll(m -> java.util.regex.Matcher
			.quoteReplacement(String.valueOf((char) Integer.parseInt(m.group(1), 16))));
	}

	private static final java.util.regex.Pattern ESCAPED = java.util.regex.Pattern.compile("_x([0-9A-Fa-f]{4})_");

	void merged(String range) {
		merged.add(range);
	}

	SheetFacts facts() {
		return new SheetFacts(List.copyOf(merged), stoppedAt);
	}

	private void stop(int atRow) {
		stoppedAt = atRow;
		throw new StopReading();
	}

	/** Ends the reading early; not an error. */
	static final class StopReading extends RuntimeException {
		StopReading() {
			super(null, null, false, false);
		}
	}

	/** The receiver of the rows failed: its exception, carried through the XML parser untouched. */
	static final class CallbackFailure extends RuntimeException {
		CallbackFailure(RuntimeException cause) {
			super(cause);
		}
	}

	/** The sheet is longer than any file we accept. */
	static final class TooManyRows extends RuntimeException {
		TooManyRows() {
			super(null, null, false, false);
		}
	}
}
