package org.pomegranate.activities.web;

import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.pomegranate.activities.Activities;
import org.pomegranate.activities.CheckIn;
import org.pomegranate.activities.CheckIns;
import org.pomegranate.shared.web.InvalidInputException;
import org.pomegranate.shared.web.RuleViolationException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * At the door, on a phone: the camera reads the ticket's QR code where the browser has the
 * BarcodeDetector, otherwise staff type the short code; walk-ins; the attendance list.
 */
@Controller
class DoorPageController {

	private final Activities activities;
	private final CheckIns checkIns;
	private final MessageSource messages;

	DoorPageController(Activities activities, CheckIns checkIns, MessageSource messages) {
		this.activities = activities;
		this.checkIns = checkIns;
		this.messages = messages;
	}

	@GetMapping("/activities/{id}/check-in")
	String page(@PathVariable UUID id, Model model) {
		model.addAttribute("activity", activities.get(id));
		return "activities/check-in";
	}

	@PostMapping("/activities/{id}/check-in")
	String checkIn(@PathVariable UUID id, @RequestParam(required = false) String code, Model model, Locale locale,
			HttpServletResponse response) {
		try {
			CheckIn done = checkIns.checkIn(id, code);
			model.addAttribute("done", done);
		}
		catch (InvalidInputException | RuleViolationException e) {
			response.setStatus(e instanceof InvalidInputException ? 400 : 409);
			model.addAttribute("refused", Refusals.sentence(e, messages, locale));
		}
		return page(id, model);
	}

	@PostMapping("/activities/{id}/walk-in")
	String walkIn(@PathVariable UUID id, @RequestParam(required = false) String name, Model model, Locale locale,
			HttpServletResponse response) {
		try {
			model.addAttribute("done", checkIns.walkIn(id, name, null));
		}
		catch (InvalidInputException | RuleViolationException e) {
			response.setStatus(e instanceof InvalidInputException ? 400 : 409);
			model.addAttribute("refused", Refusals.sentence(e, messages, locale));
		}
		return page(id, model);
	}

	@GetMapping("/activities/{id}/attendance")
	String attendance(@PathVariable UUID id, Model model) {
		model.addAttribute("activity", activities.get(id));
		model.addAttribute("attendees", checkIns.attendance(id));
		return "activities/attendance";
	}
}
