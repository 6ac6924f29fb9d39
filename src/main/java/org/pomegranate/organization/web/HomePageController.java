package org.pomegranate.organization.web;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.pomegranate.identity.CurrentUser;
import org.pomegranate.identity.IdentityManagement;
import org.pomegranate.identity.Role;
import org.pomegranate.organization.FirstRunStep;
import org.pomegranate.organization.OrgUnit;
import org.pomegranate.organization.OrganizationManagement;
import org.pomegranate.organization.UnitSummary;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page: who you are, your unit's figures, and what your role lets you do. */
@Controller
class HomePageController {

	private final IdentityManagement identity;
	private final OrganizationManagement organization;
	private final UnitSummaries summaries;
	private final List<FirstRunStep.Contributor> firstRun;

	HomePageController(IdentityManagement identity, OrganizationManagement organization, UnitSummaries summaries,
			List<FirstRunStep.Contributor> firstRun) {
		this.identity = identity;
		this.organization = organization;
		this.summaries = summaries;
		this.firstRun = firstRun;
	}

	@GetMapping("/")
	String home(Model model) {
		CurrentUser user = identity.currentUser();
		UUID unitId = user.role().isStaff() ? user.orgUnitId() : null;
		OrgUnit unit = unitId == null ? null : organization.find(unitId).orElse(null);
		model.addAttribute("unit", unit);
		List<UnitSummary> figures = unit == null ? List.of() : summaries.of(unit);
		model.addAttribute("summaries", figures);
		// the administrator is led through bringing up the prefecture, each step read from the database
		model.addAttribute("firstRun", user.role() == Role.SYSTEM_ADMIN ? firstRun.stream()
			.flatMap(c -> c.steps().stream()).sorted(Comparator.comparingInt(FirstRunStep::order)).toList() : List.of());
		return "home";
	}
}
