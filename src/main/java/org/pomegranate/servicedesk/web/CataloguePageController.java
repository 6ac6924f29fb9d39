package org.pomegranate.servicedesk.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.pomegranate.servicedesk.ServiceCatalogue;
import org.pomegranate.shared.web.CurrentUrl;
import org.pomegranate.shared.web.InvalidInputException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator's view of the catalogue: each category's tier, deadlines and responsible
 * level, with its deadlines (in hours, as the service rules state them) and switch to edit.
 */
@Controller
class CataloguePageController {

	private final ServiceCatalogue catalogue;

	CataloguePageController(ServiceCatalogue catalogue) {
		this.catalogue = catalogue;
	}

	@GetMapping("/admin/catalogue")
	String list(Model model) {
		model.addAttribute("categories", catalogue.all());
		return "servicedesk/workbench-catalogue";
	}

	@PostMapping("/admin/catalogue/{id}")
	String change(@PathVariable UUID id, @RequestParam(required = false) BigDecimal responseHours,
			@RequestParam(required = false) BigDecimal resolveHours, @RequestParam(defaultValue = "false") boolean active,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		try {
			catalogue.changeDeadlines(id, minutes("responseMinutes", responseHours), minutes("resolveMinutes", resolveHours),
					active);
			redirect.addFlashAttribute("done", "workbench.catalogue.saved");
			return "redirect:/admin/catalogue";
		}
		catch (InvalidInputException e) {
			response.setStatus(400);
			model.addAttribute("problem", e.fieldErrors().values().iterator().next());
			model.addAttribute("failedCategory", id);
			model.addAttribute("typedResponse", responseHours);
			model.addAttribute("typedResolve", resolveHours);
			model.addAttribute("here", new CurrentUrl("/admin/catalogue", Map.of()));
			return list(model);
		}
	}

	/** Hours as typed, to whole minutes; nothing or nonsense is out of range. */
	private static int minutes(String field, BigDecimal hours) {
		if (hours == null || hours.signum() <= 0 || hours.compareTo(BigDecimal.valueOf(10_000)) > 0) {
			throw new InvalidInputException(field, "error.deadline.range");
		}
		return hours.multiply(BigDecimal.valueOf(60)).setScale(0, RoundingMode.HALF_UP).intValueExact();
	}
}
