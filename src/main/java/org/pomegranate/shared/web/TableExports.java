package org.pomegranate.shared.web;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

/**
 * The one writer of staff lists as files: Excel (streamed with SXSSF, so a long list stays small in
 * memory) or CSV (UTF-8 with a byte-order mark, so Excel opens Chinese correctly, and cells that
 * Excel would run as a formula neutralised). The file is written first, then the export is audited
 * with its row count, then sent: nothing leaves unaudited.
 */
@Component
public class TableExports {

	/** More rows than any staff list on screen needs; an export stops here. */
	public static final int MAX_ROWS = 100_000;

	private final ExportAudit audit;

	TableExports(ExportAudit audit) {
		this.audit = audit;
	}

	/** The file formats staff can take a list away in. */
	public enum Format {
		XLSX, CSV;

		/** {@code csv} or anything else for Excel. */
		public static Format of(String name) {
			return "csv".equalsIgnoreCase(name) ? CSV : XLSX;
		}
	}

	/**
	 * Writes, audits and sends one list.
	 *
	 * @param list    the audit's name of the list, also the file's name
	 * @param headers column headers in the reader's language
	 * @param rows    the rows, already masked as on screen; at most {@link #MAX_ROWS} are written
	 */
	public void send(Format format, String list, List<String> headers, Iterator<List<?>> rows, String filters,
			HttpServletResponse response) throws IOException {
		Path file = Files.createTempFile("export-", format == Format.CSV ? ".csv" : ".xlsx");
		try {
			long count;
			try (OutputStream out = Files.newOutputStream(file)) {
				count = format == Format.CSV ? csv(headers, rows, out) : xlsx(headers, rows, out);
			}
			audit.exported(list, count, filters);
			response.setContentType(format == Format.CSV ? "text/csv;charset=UTF-8"
					: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
			response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename(list.toLowerCase() + "-" + LocalDate.now() + (format == Format.CSV ? ".csv" : ".xlsx"),
						StandardCharsets.UTF_8)
				.build().toString());
			Files.copy(file, response.getOutputStream());
		}
		finally {
			Files.deleteIfExists(file);
		}
	}

	/**
	 * A cell as CSV text, safe to open in a spreadsheet: a value starting with = + - @ (or a tab or
	 * carriage return) gets a leading apostrophe, so it is shown as text and never run.
	 */
	public static String csvCell(Object value) {
		String text = value == null ? "" : value.toString();
		if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
			text = "'" + text;
		}
		if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
			text = "\"" + text.replace("\"", "\"\"") + "\"";
		}
		return text;
	}

	private static long csv(List<String> headers, Iterator<List<?>> rows, OutputStream out) throws IOException {
		Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
		writer.write('\uFEFF');
		writeLine(writer, headers);
		long count = 0;
		while (rows.hasNext() && count < MAX_ROWS) {
			writeLine(writer, rows.next());
			count++;
		}
		writer.flush();
		return count;
	}

	private static void writeLine(Writer writer, List<?> cells) throws IOException {
		for (int i = 0; i < cells.size(); i++) {
			if (i > 0) {
				writer.write(',');
			}
			writer.write(csvCell(cells.get(i)));
		}
		writer.write("\r\n");
	}

	private static long xlsx(List<String> headers, Iterator<List<?>> rows, OutputStream out) throws IOException {
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
			SXSSFSheet sheet = workbook.createSheet();
			writeRow(sheet.createRow(0), headers);
			long count = 0;
			while (rows.hasNext() && count < MAX_ROWS) {
				writeRow(sheet.createRow((int) ++count), rows.next());
			}
			workbook.write(out);
			workbook.dispose();
			return count;
		}
		catch (UncheckedIOException e) {
			throw e.getCause();
		}
	}

	/** Text cells only: a value is never written as a formula, whatever it starts with. */
	private static void writeRow(Row row, List<?> cells) {
		for (int i = 0; i < cells.size(); i++) {
			Object value = cells.get(i);
			if (value instanceof Number n) {
				row.createCell(i).setCellValue(n.doubleValue());
			}
			else {
				row.createCell(i).setCellValue(value == null ? "" : value.toString());
			}
		}
	}
}
