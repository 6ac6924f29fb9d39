package org.pomegranate.imports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Small .xlsx files for the import tests, built row by row. */
final class Sheets {

	static final List<String> UNITS = List.of("上级代码", "代码", "名称", "英文名称", "层级");
	static final List<String> PLACES = List.of("社区代码", "小区名称", "小区地址", "楼栋", "网格代码");
	static final List<String> HOUSEHOLDS = List.of("社区代码", "小区名称", "楼栋", "单元", "房号", "易地搬迁户", "搬迁项目", "入住日期");
	static final List<String> RESIDENTS = List.of("社区代码", "小区名称", "楼栋", "单元", "房号", "姓名", "性别", "出生日期",
			"身份证号", "手机号", "常用语言", "民族", "本人同意登记民族", "流动人口", "入住日期");

	private final List<String> header;
	private final List<Object[]> rows = new ArrayList<>();
	private final List<String> merged = new ArrayList<>();
	private int blankRows;

	private Sheets(List<String> header) {
		this.header = header;
	}

	static Sheets with(List<String> header) {
		return new Sheets(header);
	}

	/** A value starting with "=" becomes a formula. */
	Sheets row(Object... cells) {
		rows.add(cells);
		return this;
	}

	Sheets merge(String range) {
		merged.add(range);
		return this;
	}

	/** Styled but empty rows after the data, as a sheet "formatted to the bottom" has. */
	Sheets blankRows(int count) {
		blankRows = count;
		return this;
	}

	byte[] bytes() {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet("数据");
			Row head = sheet.createRow(0);
			for (int i = 0; i < header.size(); i++) {
				head.createCell(i).setCellValue(header.get(i));
			}
			for (int r = 0; r < rows.size(); r++) {
				Row row = sheet.createRow(r + 1);
				Object[] cells = rows.get(r);
				for (int i = 0; i < cells.length; i++) {
					if (cells[i] instanceof Number n) {
						row.createCell(i).setCellValue(n.doubleValue());
					}
					else if (cells[i] instanceof String s && s.startsWith("=")) {
						row.createCell(i).setCellFormula(s.substring(1));
					}
					else if (cells[i] != null) {
						row.createCell(i).setCellValue(cells[i].toString());
					}
				}
			}
			var style = workbook.createCellStyle();
			for (int r = 0; r < blankRows; r++) {
				Row row = sheet.createRow(rows.size() + 1 + r);
				row.createCell(0).setCellStyle(style);
			}
			merged.forEach(m -> sheet.addMergedRegion(CellRangeAddress.valueOf(m)));
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static List<Object> list(Object... cells) {
		return Arrays.asList(cells);
	}
}
