package org.pomegranate.evaluation.web;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.pomegranate.evaluation.Figures;
import org.pomegranate.evaluation.MonthFigures;
import org.pomegranate.evaluation.Rate;
import org.pomegranate.evaluation.RankedUnit;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The dashboard's tables as an Excel workbook: the 12 months, the ranking and the volumes, each
 * rate as percent, numerator and denominator. Streaming (SXSSF): rows go to a temporary file, not
 * memory, so a long table cannot exhaust the heap.
 */
@Component
class ExcelExport {

	private final MessageSource messages;

	ExcelExport(MessageSource messages) {
		this.messages = messages;
	}

	void write(Dashboard.View view, Locale locale, OutputStream out) throws IOException {
		SXSSFWorkbook book = new SXSSFWorkbook(100);
		try {
			Sheet months = book.createSheet(text("evaluation.sheet.months", locale));
			header(months, locale, "evaluation.month");
			int r = 1;
			for (MonthFigures m : view.trend()) {
				Row row = months.createRow(r++);
				row.createCell(0).setCellValue(m.month().toString());
				figures(row, 1, m.figures());
			}
			if (!view.ranking().isEmpty()) {
				Sheet ranking = book.createSheet(text("evaluation.sheet.ranking", locale));
				header(ranking, locale, "evaluation.rank", "evaluation.unit");
				r = 1;
				for (RankedUnit u : view.ranking()) {
					Row row = ranking.createRow(r++);
					row.createCell(0).setCellValue(u.rank() == null ? "—" : String.valueOf(u.rank()));
					row.createCell(1).setCellValue(u.name());
					figures(row, 2, u.figures());
				}
			}
			Sheet volumes = book.createSheet(text("evaluation.sheet.volumes", locale));
			Row head = volumes.createRow(0);
			head.createCell(0).setCellValue(text("evaluation.category", locale));
			head.createCell(1).setCellValue(text("evaluation.tier", locale));
			head.createCell(2).setCellValue(text("evaluation.count", locale));
			r = 1;
			for (Dashboard.VolumeRow v : view.volumes()) {
				Row row = volumes.createRow(r++);
				row.createCell(0).setCellValue(v.category());
				row.createCell(1).setCellValue(text("tier." + v.tier(), locale));
				row.createCell(2).setCellValue(v.count());
			}
			book.write(out);
		}
		finally {
			book.dispose();
			book.close();
		}
	}

	private static final List<String> RATES = List.of("evaluation.response", "evaluation.resolution", "evaluation.partly",
			"evaluation.satisfaction.first", "evaluation.satisfaction.final", "evaluation.onTime");

	private void header(Sheet sheet, Locale locale, String... first) {
		Row row = sheet.createRow(0);
		int c = 0;
		for (String key : first) {
			row.createCell(c++).setCellValue(text(key, locale));
		}
		for (String key : RATES) {
			String name = text(key, locale);
			row.createCell(c++).setCellValue(name + " %");
			row.createCell(c++).setCellValue(name + " " + text("evaluation.numerator", locale));
			row.createCell(c++).setCellValue(name + " " + text("evaluation.denominator", locale));
		}
		row.createCell(c).setCellValue(text("evaluation.composite", locale));
	}

	private static void figures(Row row, int from, Figures f) {
		int c = from;
		for (Rate rate : List.of(f.response(), f.resolution(), f.partly(), f.satisfaction(), f.finalSatisfaction(),
				f.onTime())) {
			if (rate.percent() != null) {
				row.createCell(c).setCellValue(rate.percent());
			}
			row.createCell(c + 1).setCellValue(rate.numerator());
			row.createCell(c + 2).setCellValue(rate.denominator());
			c += 3;
		}
		if (f.composite() != null) {
			row.createCell(c).setCellValue(f.composite());
		}
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}
}
