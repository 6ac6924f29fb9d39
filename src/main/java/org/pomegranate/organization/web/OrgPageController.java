package org.pomegranate.organization.web;

import java.util.UUID;

import org.pomegranate.identity.Scope;
import org.pomegranate.organization.OrgUnit;
import org.pomegranate.organization.OrganizationManagement;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The organisation tree, drilled down one unit at a time from the user's own unit. */
@Controller
class OrgPageController {

	private final OrgScope scope;
	private final OrganizationManagement organization;
	private final UnitSummaries summaries;

	OrgPageController(OrgScope scope, OrganizationManagement organization, UnitSummaries summaries) {
		this.scope = scope;
		this.organization = organization;
		this.summaries = summaries;
	}

	@GetMapping("/org")
	String tree() {
		return "redirect:/org/units/" + scope.root().id();
	}

	@GetMapping("/org/units/{id}")
	String unit(@PathVariable UUID id, Model model) {
		OrgUnit unit = scope.unit(id);
		Scope visible = scope.current();
		model.addAttribute("unit", unit);
		model.addAttribute("lineage", organization.lineage(id).stream().filter(u -> visible.contains(u.id())).toList());
		model.addAttribute("children", organization.children(id));
		model.addAttribute("summaries", summaries.of(unit));
		return "organization/unit";
	}
}
