package org.pomegranate.registry.web;

import org.pomegranate.privacy.AuditLog;
import org.pomegranate.registry.Ethnicity;
import org.pomegranate.registry.OwnRecord;
import org.pomegranate.registry.RegistryManagement;
import org.pomegranate.registry.ResidentDetails;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A resident's own record and every staff access to it, from the audit log. */
@Controller
class MyDataPageController {

	private final RegistryManagement registry;
	private final AuditLog audit;

	MyDataPageController(RegistryManagement registry, AuditLog audit) {
		this.registry = registry;
		this.audit = audit;
	}

	@GetMapping("/me")
	String myData(Model model) {
		OwnRecord own = registry.ownRecord();
		ResidentDetails me = own.record();
		model.addAttribute("own", own);
		model.addAttribute("resident", me);
		model.addAttribute("accesses", audit.accessesTo(me.id(), 200));
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
