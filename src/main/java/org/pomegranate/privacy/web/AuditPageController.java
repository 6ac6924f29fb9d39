package org.pomegranate.privacy.web;

import java.time.LocalDate;
import java.util.UUID;

import org.pomegranate.privacy.AuditAction;
import org.pomegranate.privacy.AuditLog;
import org.pomegranate.privacy.AuditQuery;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The administrator's search of the audit log. Read only: the log has no edit path. */
@Controller
class AuditPageController {

	private final AuditLog audit;

	AuditPageController(AuditLog audit) {
		this.audit = audit;
	}

	@GetMapping("/admin/audit")
	String search(@RequestParam(required = false) String actor, @RequestParam(required = false) AuditAction action,
			@RequestParam(required = false) UUID resident,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) String after, @RequestParam(defaultValue = "false") boolean exact,
			Model model) {
		AuditQuery query = new AuditQuery(actor, action, resident, from, to);
		model.addAttribute("query", query);
		model.addAttribute("actions", AuditAction.values());
		model.addAttribute("entries", audit.search(query, after, 50, exact));
		return "privacy/audit";
	}
}
