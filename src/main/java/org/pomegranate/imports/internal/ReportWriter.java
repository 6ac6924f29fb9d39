package org.pomegranate.imports.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.pomegranate.imports.ImportKind;
import org.pomegranate.privacy.Masking;

/**
 * The rows that could not be imported, each with its problems beside it, streamed so that a
 * report of many rows stays small in memory. ID numbers and phones are masked and ethnicity left
 * out, as in every list staff take away.
 */
public final class ReportWriter {

	private ReportWriter() {
	}

	/** @param say translates one problem into the reader's language */
	public static void write(ImportKind kind, StagedRows rows, java.util.UUID jobId, Function<Problem, String> say,
			OutputStream out) throws IOException {
		List<Column> layout = Layouts.of(kind);
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
			SXSSFSheet sheet = workbook.createSheet("问题 Problems");
			Row head = sheet.createRow(0);
			head.createCell(0).setCellValue("行号 Row");
			head.createCell(1).setCellValue("问题 Problems");
			for (int i = 0; i < layout.size(); i++) {
				head.createCell(i + 2).setCellValue(layout.get(i).zh());
			}
			int[] next = { 1 };
			rows.eachBad(jobId, bad -> {
				Row row = sheet.createRow(next[0]++);
				row.createCell(0).setCellValue(bad.rowNo());
				row.createCell(1).setCellValue(bad.problems().stream().map(say).collect(Collectors.joining("；")));
				for (int i = 0; i < layout.size() && i < bad.cells().size(); i++) {
					row.createCell(i + 2).setCellValue(shown(kind, i, bad.cells().get(i)));
				}
			});
			workbook.write(out);
			workbook.dispose();
		}
	}

	private static String shown(ImportKind kind, int column, String value) {
		if (kind != ImportKind.RESIDENTS) {
			return value;
		}
		return switch (column) {
			case Layouts.RESIDENT_ID -> Masking.idNumber(value);
			case Layouts.RESIDENT_PHONE -> Masking.phone(value);
			case Layouts.RESIDENT_ETHNICITY -> "";
			default -> value;
		};
	}
}
