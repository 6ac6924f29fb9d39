package org.pomegranate.rights.web;

import java.util.UUID;

import org.pomegranate.rights.RightsRequest;
import org.pomegranate.rights.RightsRequests;
import org.pomegranate.shared.web.InvalidInputException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Residents' correction and deletion requests on the community's workbench: the list with each
 * deadline counting down (overdue ones marked), one request, and its answer.
 */
@Controller
class RightsWorkbenchPageController {

	private final RightsRequests rights;
	private final java.time.Clock clock;

	RightsWorkbenchPageController(RightsRequests rights, java.time.Clock clock) {
		this.rights = rights;
		this.clock = clock;
	}

	@GetMapping("/rights-requests")
	String list(Model model) {
		model.addAttribute("requests", rights.workbench());
		model.addAttribute("now", clock.instant());
		return "rights/workbench";
	}

	@GetMapping("/rights-requests/{id}")
	String show(@PathVariable UUID id, Model model) {
		model.addAttribute("request", rights.get(id));
		model.addAttribute("now", clock.instant());
		return "rights/request";
	}

	@PostMapping("/rights-requests/{id}/answer")
	String answer(@PathVariable UUID id, @RequestParam(required = false) RightsRequest.Status outcome,
			@RequestParam(defaultValue = "") String answer, RedirectAttributes redirect) {
		try {
			rights.answer(id, outcome, answer);
			redirect.addFlashAttribute("saved", "rights.answered");
		}
		catch (InvalidInputException e) {
			redirect.addFlashAttribute("problem", e.fieldErrors().values().iterator().next());
		}
		return "redirect:/rights-requests/" + id;
	}
}
