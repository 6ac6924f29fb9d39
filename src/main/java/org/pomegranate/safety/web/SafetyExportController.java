package org.pomegranate.safety.web;

import java.io.IOException;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.pomegranate.safety.Enterprises;
import org.pomegranate.safety.Findings;
import org.pomegranate.safety.SafetyModel.EnterpriseKind;
import org.pomegranate.safety.SafetyModel.Finding;
import org.pomegranate.safety.SafetyModel.FindingStatus;
import org.pomegranate.safety.SafetyModel.Severity;
import org.pomegranate.safety.SafetyScreening;
import org.pomegranate.shared.web.ExportHeaders;
import org.pomegranate.shared.web.Formats;
import org.pomegranate.shared.web.TableExports;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** A campaign's findings and the enterprises list as Excel or CSV, with the filters of the page. */
@Controller
class SafetyExportController {

	private final SafetyScreening screening;
	private final Findings findings;
	private final Enterprises enterprises;
	private final TableExports exports;
	private final ExportHeaders headers;
	private final Formats formats;
	private final MessageSource messages;

	SafetyExportController(SafetyScreening screening, Findings findings, Enterprises enterprises,
			TableExports exports, ExportHeaders headers, Formats formats, MessageSource messages) {
		this.screening = screening;
		this.findings = findings;
		this.enterprises = enterprises;
		this.exports = exports;
		this.headers = headers;
		this.formats = formats;
		this.messages = messages;
	}

	@GetMapping("/safety/campaigns/{id}/export")
	void campaign(@PathVariable UUID id, @RequestParam(required = false) FindingStatus status,
			@RequestParam(required = false) Severity severity, @RequestParam(defaultValue = "false") boolean overdue,
			@RequestParam(defaultValue = "xlsx") String format, HttpServletResponse response) throws IOException {
		screening.campaign(id);
		List<Finding> rows = KeysetPages.all(after -> findings.findings(id, status, severity, overdue, after, 100));
		exports.send(TableExports.Format.of(format), "SAFETY_FINDING",
				headers.of("place", "checklistItem", "severity", "description", "status", "responsibleParty",
						"deadline", "rectifiedOnTime"),
				rows.stream().<List<?>>map(f -> List.of(f.placeLabel(), f.checklistItem(),
						word("safety.severity." + f.severity()), f.description(), word("safety.status." + f.status()),
						f.responsibleParty() == null ? "" : f.responsibleParty(),
						f.deadline() == null ? "" : formats.dateTime(f.deadline()),
						f.rectifiedAt() == null ? "" : word(f.rectifiedAt().isAfter(f.deadline()) ? "casework.no"
								: "casework.yes")))
					.iterator(),
				"campaign=" + id + " status=" + status + " severity=" + severity + " overdue=" + overdue, response);
	}

	@GetMapping("/enterprises/export")
	void enterprises(@RequestParam(required = false) String name, @RequestParam(required = false) EnterpriseKind kind,
			@RequestParam(defaultValue = "xlsx") String format, HttpServletResponse response) throws IOException {
		exports.send(TableExports.Format.of(format), "ENTERPRISE",
				headers.of("enterprise", "creditCode", "address", "kind", "liaison"),
				KeysetPages.all(after -> enterprises.enterprises(name, kind, after, 100)).stream()
					.<List<?>>map(e -> List.of(e.name(), e.creditCode(), e.address(),
							word("enterprise.kind." + e.kind()), e.liaisonName() == null ? "" : e.liaisonName()))
					.iterator(),
				"name=" + name + " kind=" + kind, response);
	}

	private String word(String key) {
		return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
	}
}
