package org.pomegranate.activities.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.pomegranate.activities.Activities;
import org.pomegranate.activities.SignUps;
import org.pomegranate.activities.Signup;
import org.pomegranate.activities.Ticket;
import org.pomegranate.shared.TimeConfiguration;
import org.pomegranate.shared.web.RuleViolationException;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** The resident's activities on the portal: what is coming, signing up, her tickets with their QR codes. */
@Controller
class PortalActivityPageController {

	private final Activities activities;
	private final SignUps signUps;
	private final MessageSource messages;

	PortalActivityPageController(Activities activities, SignUps signUps, MessageSource messages) {
		this.activities = activities;
		this.signUps = signUps;
		this.messages = messages;
	}

	@GetMapping("/my/activities")
	String list(Model model) {
		LocalDate today = LocalDate.now(TimeConfiguration.DISPLAY_ZONE);
		model.addAttribute("activities", activities.list(today, today.plusDays(92), null, null, 100).stream()
			.filter(a -> !a.cancelled()).toList());
		model.addAttribute("tickets", signUps.myTickets());
		return "activities/portal-list";
	}

	@GetMapping("/my/activities/{id}")
	String show(@PathVariable UUID id, Model model) {
		model.addAttribute("activity", activities.get(id));
		model.addAttribute("ticket", signUps.myTicketFor(id).orElse(null));
		return "activities/portal-activity";
	}

	@PostMapping("/my/activities/{id}/signup")
	String signUp(@PathVariable UUID id, Model model, Locale locale, HttpServletResponse response) {
		try {
			Signup signup = signUps.signUp(id, null);
			return "redirect:/my/activities/tickets/" + signup.id();
		}
		catch (RuleViolationException e) {
			response.setStatus(409);
			model.addAttribute("errors", Refusals.sentences(e, messages, locale));
			return show(id, model);
		}
	}

	@GetMapping("/my/activities/tickets/{signupId}")
	String ticket(@PathVariable UUID signupId, Model model) {
		model.addAttribute("ticket", signUps.myTicket(signupId));
		return "activities/portal-ticket";
	}

	@PostMapping("/my/activities/tickets/{signupId}/cancel")
	String cancel(@PathVariable UUID signupId, Model model, Locale locale, HttpServletResponse response) {
		Ticket ticket = signUps.myTicket(signupId);
		try {
			signUps.cancel(ticket.activityId(), signupId);
			return "redirect:/my/activities?cancelled";
		}
		catch (RuleViolationException e) {
			response.setStatus(409);
			model.addAttribute("errors", Refusals.sentences(e, messages, locale));
			return ticket(signupId, model);
		}
	}

	/** The ticket's QR code: her own only, never cached by a shared cache. */
	@GetMapping("/my/activities/tickets/{signupId}/qr.png")
	ResponseEntity<byte[]> qr(@PathVariable UUID signupId) throws IOException {
		Ticket ticket = signUps.myTicket(signupId);
		ByteArrayOutputStream png = new ByteArrayOutputStream();
		QrCodes.write(ticket.token(), 320, png);
		return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).cacheControl(CacheControl.noStore())
			.body(png.toByteArray());
	}
}
