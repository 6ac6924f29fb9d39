package org.pomegranate.servicedesk.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.pomegranate.servicedesk.LookupResult;
import org.pomegranate.servicedesk.RequestLookup;
import org.pomegranate.shared.web.ControlCharacters;
import org.pomegranate.shared.web.InvalidInputException;
import org.pomegranate.shared.web.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Following a request without an account: the number from the confirmation and the phone it was
 * filed with. Posted, not read from the address bar, so the phone stays out of links and logs.
 * A wrong number and a wrong phone answer the same page.
 */
@Controller
class LookupPageController {

	private final RequestLookup lookup;

	LookupPageController(RequestLookup lookup) {
		this.lookup = lookup;
	}

	@GetMapping("/requests/lookup")
	String form() {
		return "servicedesk/portal-lookup";
	}

	@PostMapping("/requests/lookup")
	String find(@RequestParam(defaultValue = "") String number, @RequestParam(defaultValue = "") String phone,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		model.addAttribute("number", ControlCharacters.present(number) ? "" : number);
		try {
			ControlCharacters.check("number", number);
			ControlCharacters.check("phone", phone);
			LookupResult found = lookup.lookup(number, phone, request.getRemoteAddr());
			model.addAttribute("found", found);
		}
		catch (InvalidInputException e) {
			model.addAttribute("lookupError", e.fieldErrors().values().iterator().next());
			response.setStatus(400);
		}
		catch (NotFoundException e) {
			model.addAttribute("lookupError", "lookup.notFound");
			response.setStatus(404);
		}
		return "servicedesk/portal-lookup";
	}
}
