package org.pomegranate.evaluation.web;

import org.pomegranate.evaluation.EvaluationRebuild;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrator's page to rebuild every rollup from the service desk's timelines. */
@Controller
class EvaluationAdminPageController {

	private final EvaluationRebuild rebuild;

	EvaluationAdminPageController(EvaluationRebuild rebuild) {
		this.rebuild = rebuild;
	}

	@GetMapping("/admin/evaluation")
	String page() {
		return "evaluation/admin";
	}

	@PostMapping("/admin/evaluation/rebuild")
	String rebuild(RedirectAttributes redirect) {
		redirect.addFlashAttribute("rebuilt", rebuild.rebuildAsAdministrator());
		return "redirect:/admin/evaluation";
	}
}
