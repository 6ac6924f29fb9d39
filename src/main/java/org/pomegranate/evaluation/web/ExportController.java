package org.pomegranate.evaluation.web;

import java.io.IOException;
import java.util.Locale;
import java.util.UUID;

import org.pomegranate.evaluation.EvaluationManagement;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ContentDisposition;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletResponse;

/** The dashboard's tables as an Excel file, for the same unit, worker and month. */
@Controller
class ExportController {

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private final Dashboard dashboard;
	private final EvaluationManagement evaluation;
	private final ExcelExport excel;

	ExportController(Dashboard dashboard, EvaluationManagement evaluation, ExcelExport excel) {
		this.dashboard = dashboard;
		this.evaluation = evaluation;
		this.excel = excel;
	}

	@GetMapping("/evaluation/export.xlsx")
	void export(@RequestParam(required = false) UUID unitId, @RequestParam(required = false) UUID workerId,
			@RequestParam(required = false) String month, Locale locale, HttpServletResponse response)
			throws IOException {
		// gathered before the first byte goes out, so a refusal is still an ordinary error page
		Dashboard.View view = dashboard.of(unitId, workerId, Months.parse("month", month, evaluation.thisMonth()), locale);
		response.setContentType(XLSX);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
			.filename("evaluation-" + view.unit().code() + "-" + view.month() + ".xlsx").build().toString());
		excel.write(view, locale, response.getOutputStream());
	}
}
