package org.pomegranate.imports.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;

/** Headers of an .xlsx download. */
final class ImportDownloads {

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private ImportDownloads() {
	}

	static void xlsx(HttpServletResponse response, String baseName) {
		response.setContentType(XLSX);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(baseName + ".xlsx").build().toString());
	}
}
