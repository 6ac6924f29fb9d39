package org.pomegranate.registry.web;

import java.util.List;

import org.pomegranate.privacy.AccessSection;
import org.pomegranate.privacy.AuditLog;
import org.pomegranate.registry.Ethnicity;
import org.pomegranate.registry.OwnRecord;
import org.pomegranate.registry.RegistryManagement;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A resident's own record and every staff access to it, from the audit log. */
@Controller
class MyDataPageController {

	static final int PAGE = 20;

	private final RegistryManagement registry;
	private final AuditLog audit;

	MyDataPageController(RegistryManagement registry, AuditLog audit) {
		this.registry = registry;
		this.audit = audit;
	}

	/**
	 * Her record, then every staff access in three sections, each paged on its own with a cursor
	 * ({@code <section>Before}: the id of the last entry seen), so that all of it can be read.
	 */
	@GetMapping("/me")
	String myData(@RequestParam(required = false) Long disclosuresBefore, @RequestParam(required = false) Long recordBefore,
			@RequestParam(required = false) Long requestsBefore, Model model) {
		OwnRecord own = registry.ownRecord();
		model.addAttribute("own", own);
		model.addAttribute("resident", own.record());
		model.addAttribute("sections", List.of(audit.ownAccesses(AccessSection.DISCLOSURES, disclosuresBefore, PAGE),
				audit.ownAccesses(AccessSection.RECORD, recordBefore, PAGE),
				audit.ownAccesses(AccessSection.REQUESTS, requestsBefore, PAGE)));
		model.addAttribute("ethnicities", Ethnicity.values());
		return "registry/my-data";
	}

	/** She declares, changes or withdraws (empty) her ethnicity: hers alone to see and change. */
	@PostMapping("/me/ethnicity")
	String changeEthnicity(@RequestParam(required = false) Ethnicity ethnicity, RedirectAttributes redirect) {
		registry.changeOwnEthnicity(ethnicity);
		redirect.addFlashAttribute("saved", "mydata.ethnicity.saved");
		return "redirect:/me";
	}
}
