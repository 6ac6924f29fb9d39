package org.pomegranate.imports.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.pomegranate.imports.ImportKind;

/**
 * The template of a kind: Chinese headers (the format), English under them, an example row that
 * the reader skips while unchanged, drop-down lists of the allowed values, every cell formatted
 * as text (so ID numbers keep their digits), and a second sheet explaining each column.
 */
public final class TemplateWriter {

	private static final int VALIDATED_ROWS = ExcelRows.MAX_ROWS;

	private TemplateWriter() {
	}

	public static void write(ImportKind kind, OutputStream out) throws IOException {
		List<Column> layout = Layouts.of(kind);
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
			CellStyle text = workbook.createCellStyle();
			text.setDataFormat(workbook.createDataFormat().getFormat("@"));
			CellStyle bold = workbook.createCellStyle();
			Font font = workbook.createFont();
			font.setBold(true);
			bold.setFont(font);
			SXSSFSheet sheet = workbook.createSheet("数据 Data");
			Row zh = sheet.createRow(0);
			Row en = sheet.createRow(1);
			Row example = sheet.createRow(2);
			for (int i = 0; i < layout.size(); i++) {
				Column c = layout.get(i);
				zh.createCell(i).setCellValue(c.zh());
				zh.getCell(i).setCellStyle(bold);
				en.createCell(i).setCellValue(c.en());
				example.createCell(i).setCellValue(c.example());
				example.getCell(i).setCellStyle(text);
				sheet.setDefaultColumnStyle(i, text);
				sheet.setColumnWidth(i, 18 * 256);
				if (!c.choices().isEmpty()) {
					addList(sheet, i, c.choices());
				}
			}
			sheet.createFreezePane(0, 2);
			explain(workbook.createSheet("说明 Help"), layout, bold);
			workbook.write(out);
			workbook.dispose();
		}
	}

	private static void addList(SXSSFSheet sheet, int column, List<String> choices) {
		DataValidationHelper helper = sheet.getDataValidationHelper();
		DataValidation validation = helper.createValidation(
				helper.createExplicitListConstraint(choices.toArray(String[]::new)),
				new CellRangeAddressList(2, VALIDATED_ROWS + 2, column, column));
		validation.setShowErrorBox(true);
		validation.createErrorBox("只能选择列表中的值", "Choose one of: " + String.join(" / ", choices));
		sheet.addValidationData(validation);
	}

	private static void explain(SXSSFSheet help, List<Column> layout, CellStyle bold) {
		String[] headers = { "列 Column", "必填 Required", "最长 Max length", "可选值 Allowed values", "说明", "Explanation" };
		Row head = help.createRow(0);
		for (int i = 0; i < headers.length; i++) {
			head.createCell(i).setCellValue(headers[i]);
			head.getCell(i).setCellStyle(bold);
			help.setColumnWidth(i, (i >= 4 ? 50 : 18) * 256);
		}
		for (int i = 0; i < layout.size(); i++) {
			Column c = layout.get(i);
			Row row = help.createRow(i + 1);
			row.createCell(0).setCellValue(c.zh() + " " + c.en());
			row.createCell(1).setCellValue(c.required() ? "是 yes" : "否 no");
			row.createCell(2).setCellValue(c.maxLength());
			row.createCell(3).setCellValue(String.join(" / ", c.choices()));
			row.createCell(4).setCellValue(c.helpZh());
			row.createCell(5).setCellValue(c.helpEn());
		}
		Row note = help.createRow(layout.size() + 2);
		note.createCell(0).setCellValue("第3行为示例，未修改时不会导入；公式、合并单元格不接受；每个文件最多 " + ExcelRows.MAX_ROWS + " 行。");
		Row noteEn = help.createRow(layout.size() + 3);
		noteEn.createCell(0).setCellValue("Row 3 is an example and is skipped while unchanged; formulas and merged cells are refused; at most "
				+ ExcelRows.MAX_ROWS + " rows a file.");
	}
}
