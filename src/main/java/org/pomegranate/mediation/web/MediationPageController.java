package org.pomegranate.mediation.web;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.pomegranate.identity.IdentityManagement;
import org.pomegranate.mediation.CaseFilter;
import org.pomegranate.mediation.CaseIntake;
import org.pomegranate.mediation.CaseReceipt;
import org.pomegranate.mediation.CaseSource;
import org.pomegranate.mediation.CaseStatus;
import org.pomegranate.mediation.CaseSummary;
import org.pomegranate.mediation.CaseType;
import org.pomegranate.mediation.MediationCases;
import org.pomegranate.organization.OrgUnit;
import org.pomegranate.registry.RegistryManagement;
import org.pomegranate.servicedesk.RequestDetails;
import org.pomegranate.servicedesk.ServiceDesk;
import org.pomegranate.shared.web.Formats;
import org.pomegranate.shared.web.InvalidInputException;
import org.pomegranate.shared.web.RuleViolationException;
import org.pomegranate.shared.web.TableExports;
import org.pomegranate.shared.web.ExportHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The case list (filters, keyset pages, print, Excel) and the intake form, opened empty for a
 * walk-in or a screening, or from a service request ({@code /mediation/new?request=<id>}: the
 * service desk links here, so it needs no Java dependency on mediation).
 */
@Controller
class MediationPageController {

	static final int PAGE = 50;

	private final MediationCases cases;
	private final CaseIntake intake;
	private final ServiceDesk desk;
	private final RegistryManagement registry;
	private final IdentityManagement identity;
	private final TableExports exports;
	private final ExportHeaders headers;
	private final Formats formats;
	private final FieldLabels labels;

	MediationPageController(MediationCases cases, CaseIntake intake, ServiceDesk desk, RegistryManagement registry,
			IdentityManagement identity, TableExports exports, ExportHeaders headers, Formats formats,
			FieldLabels labels) {
		this.cases = cases;
		this.intake = intake;
		this.desk = desk;
		this.registry = registry;
		this.identity = identity;
		this.exports = exports;
		this.headers = headers;
		this.formats = formats;
		this.labels = labels;
	}

	@GetMapping("/mediation")
	String list(@RequestParam(required = false) CaseStatus status, @RequestParam(required = false) CaseType type,
			@RequestParam(required = false) UUID mediatorId, @RequestParam(defaultValue = "false") boolean overdue,
			@RequestParam(required = false) String before, Model model, Locale locale) {
		List<CaseSummary> page = cases.list(new CaseFilter(status, type, mediatorId, overdue), before, PAGE, locale);
		model.addAttribute("cases", page);
		model.addAttribute("next", page.size() == PAGE ? page.get(PAGE - 1).number() : null);
		model.addAttribute("status", status);
		model.addAttribute("type", type);
		model.addAttribute("mediatorId", mediatorId);
		model.addAttribute("overdue", overdue);
		model.addAttribute("statuses", CaseStatus.values());
		model.addAttribute("types", CaseType.values());
		return "mediation/list";
	}

	@GetMapping("/mediation/export")
	void export(@RequestParam(required = false) CaseStatus status, @RequestParam(required = false) CaseType type,
			@RequestParam(required = false) UUID mediatorId, @RequestParam(defaultValue = "false") boolean overdue,
			@RequestParam(defaultValue = "xlsx") String format, Locale locale, HttpServletResponse response)
			throws IOException {
		CaseFilter filter = new CaseFilter(status, type, mediatorId, overdue);
		List<CaseSummary> all = new java.util.ArrayList<>();
		String before = null;
		while (all.size() < TableExports.MAX_ROWS) {
			List<CaseSummary> page = cases.list(filter, before, 100, locale);
			all.addAll(page);
			if (page.size() < 100) {
				break;
			}
			before = page.get(page.size() - 1).number();
		}
		exports.send(TableExports.Format.of(format), "MEDIATION_CASE",
				headers.of("number", "mediation.type", "status", "unit", "mediation.mediator", "mediation.opened",
						"due", "mediation.request"),
				all.stream().<List<?>>map(c -> List.of(c.number(), c.type().name(), c.status().name(), c.unitName(),
						c.mediatorName(), formats.dateTime(c.openedAt()), formats.dateTime(c.settleDue()),
						c.requestNumber() == null ? "" : c.requestNumber())).iterator(),
				filter.toString(), response);
	}

	@GetMapping("/mediation/new")
	String form(@RequestParam(name = "request", required = false) UUID requestId,
			@RequestParam(required = false) UUID unitId, Model model) {
		CaseForm form = CaseForm.empty();
		if (requestId != null) {
			RequestDetails request = desk.request(requestId);
			if (request.residentId() != null) {
				registry.recordShownOnForm(request.residentId(), "mediation intake " + request.number());
			}
			form = new CaseForm(null, CaseSource.SERVICE_REQUEST, requestId, null, null, request.description(), null,
					request.residentId(), request.residentId() == null ? request.contactName() : null, null, null, null,
					null, null, null);
			model.addAttribute("request", request);
		}
		else if (unitId != null) {
			form = new CaseForm(null, CaseSource.WALK_IN, null, unitId, null, null, null, null, null, null, null, null,
					null, null, null);
		}
		return form(form, model);
	}

	@PostMapping("/mediation/new")
	String open(@ModelAttribute CaseForm form, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		try {
			CaseReceipt receipt = intake.open(form.toNewCase());
			redirect.addFlashAttribute("done", "mediation.done.opened");
			redirect.addFlashAttribute("doneNumber", receipt.number());
			if (receipt.visible()) {
				return "redirect:/mediation/cases/" + receipt.id();
			}
			return form.requestId() != null ? "redirect:/workbench/requests/" + form.requestId() : "redirect:/mediation";
		}
		catch (InvalidInputException e) {
			response.setStatus(400);
			model.addAttribute("problems", labels.of(e.fieldErrors()));
		}
		catch (RuleViolationException e) {
			response.setStatus(409);
			model.addAttribute("problems", List.of());
			model.addAttribute("problem", e.messageKey());
		}
		if (form.requestId() != null) {
			model.addAttribute("request", desk.request(form.requestId()));
		}
		return form(form, model);
	}

	private String form(CaseForm form, Model model) {
		List<OrgUnit> units = cases.intakeUnits();
		UUID unitId = form.unitId();
		if (model.getAttribute("request") instanceof RequestDetails request) {
			OrgUnit unit = cases.caseUnitFor(request.summary().unitId()).orElse(null);
			units = unit == null ? List.of() : List.of(unit);
			unitId = unit == null ? null : unit.id();
		}
		else if (unitId == null && !units.isEmpty()) {
			unitId = units.get(0).id();
		}
		UUID chosen = unitId;
		OrgUnit unit = units.stream().filter(u -> u.id().equals(chosen)).findFirst().orElse(null);
		model.addAttribute("form", form);
		model.addAttribute("units", units);
		model.addAttribute("unitId", unitId);
		model.addAttribute("mediators", unit == null ? List.of() : cases.mediatorsFor(unit.id(), unit.parentId()));
		model.addAttribute("types", CaseType.values());
		model.addAttribute("sources", List.of(CaseSource.WALK_IN, CaseSource.SCREENING));
		return "mediation/new";
	}
}
