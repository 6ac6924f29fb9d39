package org.pomegranate.safety.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.pomegranate.identity.IdentityManagement;
import org.pomegranate.organization.OrgUnit;
import org.pomegranate.organization.OrganizationManagement;
import org.pomegranate.registry.RegistryManagement;
import org.pomegranate.safety.Enterprises;
import org.pomegranate.safety.Findings;
import org.pomegranate.safety.SafetyModel.CampaignForm;
import org.pomegranate.safety.SafetyModel.FindingStatus;
import org.pomegranate.safety.SafetyModel.InspectionForm;
import org.pomegranate.safety.SafetyModel.InspectionStatus;
import org.pomegranate.safety.SafetyModel.PlaceKind;
import org.pomegranate.safety.SafetyModel.Severity;
import org.pomegranate.safety.SafetyScreening;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The screening pages: campaigns (with a form for heads and officers), one campaign's progress with
 * its tasks and findings (printable), and one inspection task with the form to record findings.
 */
@Controller
class SafetyPageController {

	private final SafetyScreening screening;
	private final Findings findings;
	private final Enterprises enterprises;
	private final RegistryManagement registry;
	private final OrganizationManagement organization;
	private final IdentityManagement identity;
	private final Clock clock;

	SafetyPageController(SafetyScreening screening, Findings findings, Enterprises enterprises,
			RegistryManagement registry, OrganizationManagement organization, IdentityManagement identity,
			Clock clock) {
		this.screening = screening;
		this.findings = findings;
		this.enterprises = enterprises;
		this.registry = registry;
		this.organization = organization;
		this.identity = identity;
		this.clock = clock;
	}

	@GetMapping("/safety")
	String campaigns(@RequestParam(required = false) String theme, @RequestParam(required = false) UUID after,
			Model model) {
		model.addAttribute("campaigns", screening.campaigns(theme, after, 20));
		model.addAttribute("theme", theme);
		UUID root = identity.currentScope().root();
		List<OrgUnit> units = new ArrayList<>();
		if (root != null) {
			organization.find(root).ifPresent(units::add);
			units.addAll(organization.children(root));
		}
		model.addAttribute("units", units);
		model.addAttribute("today", LocalDate.now(clock));
		return "safety/campaigns";
	}

	@PostMapping("/safety/campaigns")
	String createCampaign(@RequestParam(defaultValue = "") String theme,
			@RequestParam(required = false) LocalDate startsOn, @RequestParam(required = false) LocalDate endsOn,
			@RequestParam(required = false) List<UUID> unitIds, @RequestParam(defaultValue = "") String checklist,
			RedirectAttributes redirect) {
		return Acts.run(redirect, "/safety", id -> "/safety/campaigns/" + id,
				() -> screening.createCampaign(new CampaignForm(theme, startsOn, endsOn, unitIds,
						Arrays.asList(checklist.split("\\R")))));
	}

	@GetMapping("/safety/campaigns/{id}")
	String campaign(@PathVariable UUID id, @RequestParam(required = false) FindingStatus status,
			@RequestParam(required = false) Severity severity, @RequestParam(defaultValue = "false") boolean overdue,
			@RequestParam(required = false) UUID after, Model model) {
		model.addAttribute("campaign", screening.campaign(id));
		model.addAttribute("progress", screening.progress(id));
		model.addAttribute("inspections", screening.inspections(id, null, null, 100));
		model.addAttribute("findings", findings.findings(id, status, severity, overdue, after, 50));
		model.addAttribute("status", status);
		model.addAttribute("severity", severity);
		model.addAttribute("overdue", overdue);
		model.addAttribute("statuses", FindingStatus.values());
		model.addAttribute("severities", Severity.values());
		if (identity.currentUser().can(org.pomegranate.identity.Permission.HANDLE_REQUESTS)) {
			model.addAttribute("buildings", registry.buildingsInScope());
			model.addAttribute("enterprises", enterprises.enterprises(null, null, null, 100).items());
		}
		return "safety/campaign";
	}

	@PostMapping("/safety/campaigns/{id}/inspections")
	String createInspection(@PathVariable UUID id, @RequestParam(required = false) String place,
			RedirectAttributes redirect) {
		// the select sends KIND:id, so one list offers buildings and enterprises alike
		PlaceKind kind = place != null && place.startsWith("ENTERPRISE:") ? PlaceKind.ENTERPRISE : PlaceKind.BUILDING;
		UUID placeId = Acts.uuid(place == null ? null : place.substring(place.indexOf(':') + 1));
		return Acts.run(redirect, "/safety/campaigns/" + id, task -> "/safety/inspections/" + task,
				() -> screening.createInspection(new InspectionForm(id, kind, placeId, null, null)));
	}

	@GetMapping("/safety/inspections/{id}")
	String inspection(@PathVariable UUID id, Model model) {
		var inspection = screening.inspection(id);
		model.addAttribute("inspection", inspection);
		model.addAttribute("checklist", screening.campaign(inspection.campaignId()).checklist());
		model.addAttribute("findings", findings.findings(inspection.campaignId(), null, null, false, null, 100).items()
			.stream().filter(f -> f.inspectionId().equals(id)).toList());
		model.addAttribute("severities", Severity.values());
		model.addAttribute("planned", inspection.status() == InspectionStatus.PLANNED);
		return "safety/inspection";
	}

	@PostMapping("/safety/inspections/{id}/complete")
	String complete(@PathVariable UUID id, @RequestParam(defaultValue = "") String note, RedirectAttributes redirect) {
		return Acts.run(redirect, "/safety/inspections/" + id, x -> "/safety/inspections/" + id, () -> {
			screening.completeInspection(id, note);
			return id;
		});
	}
}
