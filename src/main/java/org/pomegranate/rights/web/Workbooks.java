package org.pomegranate.rights.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Turns the resident's data (maps and lists) into a workbook: a sheet per part, a row per item,
 * a column per field; nested lists (a request's timeline) become sheets of their own.
 */
final class Workbooks {

	private Workbooks() {
	}

	static byte[] of(Map<String, Object> data) {
		try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			for (Map.Entry<String, Object> part : data.entrySet()) {
				if (part.getValue() instanceof Map<?, ?> map && part.getKey().equals("record")) {
					Sheet sheet = book.createSheet(part.getKey());
					int r = 0;
					for (Map.Entry<?, ?> field : map.entrySet()) {
						Row row = sheet.createRow(r++);
						row.createCell(0).setCellValue(String.valueOf(field.getKey()));
						row.createCell(1).setCellValue(text(field.getValue()));
					}
				}
				else if (part.getValue() instanceof Map<?, ?> map) {
					map.forEach((name, rows) -> table(book, part.getKey() + "-" + name, (List<?>) rows));
				}
				else if (part.getValue() instanceof List<?> rows) {
					table(book, part.getKey(), rows);
				}
			}
			book.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static void table(XSSFWorkbook book, String name, List<?> rows) {
		Sheet sheet = book.createSheet(name.length() > 31 ? name.substring(0, 31) : name);
		Set<String> columns = new LinkedHashSet<>();
		List<Map<?, ?>> maps = new ArrayList<>();
		for (Object item : rows) {
			Map<?, ?> map = item instanceof Map<?, ?> m ? m : Map.of("value", item);
			maps.add(map);
			map.keySet().forEach(k -> columns.add(String.valueOf(k)));
		}
		Row header = sheet.createRow(0);
		List<String> names = List.copyOf(columns);
		for (int c = 0; c < names.size(); c++) {
			header.createCell(c).setCellValue(names.get(c));
		}
		for (int r = 0; r < maps.size(); r++) {
			Row row = sheet.createRow(r + 1);
			for (int c = 0; c < names.size(); c++) {
				row.createCell(c).setCellValue(text(maps.get(r).get(names.get(c))));
			}
		}
	}

	/** Cells hold text (Excel's cell limit is 32,767 characters): a nested list is written in one cell. */
	private static String text(Object value) {
		String text = value == null ? "" : String.valueOf(value);
		return text.length() > 32_000 ? text.substring(0, 32_000) : text;
	}
}
