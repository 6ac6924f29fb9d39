package org.pomegranate.safety.web;

import java.util.UUID;

import org.pomegranate.identity.IdentityManagement;
import org.pomegranate.organization.OrganizationManagement;
import org.pomegranate.safety.Enterprises;
import org.pomegranate.safety.SafetyModel.EnterpriseForm;
import org.pomegranate.safety.SafetyModel.EnterpriseKind;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The enterprises registry on a page: filter, register, export, print. */
@Controller
class EnterprisePageController {

	private final Enterprises enterprises;
	private final IdentityManagement identity;
	private final OrganizationManagement organization;

	EnterprisePageController(Enterprises enterprises, IdentityManagement identity,
			OrganizationManagement organization) {
		this.enterprises = enterprises;
		this.identity = identity;
		this.organization = organization;
	}

	@GetMapping("/enterprises")
	String list(@RequestParam(required = false) String name, @RequestParam(required = false) EnterpriseKind kind,
			@RequestParam(required = false) UUID after, Model model) {
		model.addAttribute("enterprises", enterprises.enterprises(name, kind, after, 50));
		model.addAttribute("name", name);
		model.addAttribute("kind", kind);
		model.addAttribute("kinds", EnterpriseKind.values());
		UUID root = identity.currentScope().root();
		model.addAttribute("units", root == null ? java.util.List.of()
				: java.util.stream.Stream.concat(organization.find(root).stream(), organization.children(root).stream())
					.toList());
		return "safety/enterprises";
	}

	@PostMapping("/enterprises")
	String register(@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String creditCode,
			@RequestParam(required = false) String unitId, @RequestParam(defaultValue = "") String address,
			@RequestParam(required = false) EnterpriseKind kind, RedirectAttributes redirect) {
		// the one registering is the liaison unless the API names another
		UUID liaison = identity.currentUser().accountId();
		return Acts.run(redirect, "/enterprises", id -> "/enterprises",
				() -> enterprises.register(new EnterpriseForm(name, creditCode, Acts.uuid(unitId), address, kind,
						liaison)));
	}
}
