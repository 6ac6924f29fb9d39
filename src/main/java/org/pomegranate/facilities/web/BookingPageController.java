package org.pomegranate.facilities.web;

import java.util.UUID;

import org.pomegranate.facilities.Booking;
import org.pomegranate.facilities.Bookings;
import org.pomegranate.shared.web.InvalidInputException;
import org.pomegranate.shared.web.RuleViolationException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The manager's queue of pending bookings with approve and decline, and the caller's own bookings. */
@Controller
class BookingPageController {

	private final Bookings bookings;

	BookingPageController(Bookings bookings) {
		this.bookings = bookings;
	}

	@GetMapping("/bookings/pending")
	String pending(Model model) {
		model.addAttribute("bookings", bookings.pending());
		return "facilities/pending";
	}

	@GetMapping("/bookings/mine")
	String mine(Model model) {
		model.addAttribute("bookings", bookings.mine());
		return "facilities/mine";
	}

	@PostMapping("/bookings/{id}/approve")
	String approve(@PathVariable UUID id, @RequestParam(defaultValue = "/bookings/pending") String back,
			RedirectAttributes redirect) {
		return act(redirect, back, "booking.approved.notice", () -> bookings.approve(id));
	}

	@PostMapping("/bookings/{id}/decline")
	String decline(@PathVariable UUID id, @RequestParam(defaultValue = "") String reason,
			@RequestParam(defaultValue = "/bookings/pending") String back, RedirectAttributes redirect) {
		return act(redirect, back, "booking.declined.notice", () -> bookings.decline(id, reason));
	}

	@PostMapping("/bookings/{id}/cancel")
	String cancel(@PathVariable UUID id, @RequestParam(defaultValue = "/bookings/mine") String back,
			RedirectAttributes redirect) {
		return act(redirect, back, "booking.cancelled.notice", () -> bookings.cancel(id));
	}

	/** The act, then back to the page it came from (only our own pages: no open redirect). */
	private static String act(RedirectAttributes redirect, String back, String notice,
			java.util.function.Supplier<Booking> act) {
		try {
			act.get();
			redirect.addFlashAttribute("notice", notice);
		}
		catch (InvalidInputException e) {
			redirect.addFlashAttribute("problem", e.fieldErrors().values().iterator().next());
		}
		catch (RuleViolationException e) {
			redirect.addFlashAttribute("problem", e.messageKey());
		}
		boolean ours = back.matches("/(bookings/(pending|mine)|rooms/[0-9a-f-]{36}(\\?date=\\d{4}-\\d{2}-\\d{2})?)");
		return "redirect:" + (ours ? back : "/bookings/pending");
	}
}
