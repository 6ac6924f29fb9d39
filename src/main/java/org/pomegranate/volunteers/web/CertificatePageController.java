package org.pomegranate.volunteers.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.pomegranate.volunteers.HoursEntry;
import org.pomegranate.volunteers.Volunteer;
import org.pomegranate.volunteers.VolunteerPoints;
import org.pomegranate.volunteers.Volunteers;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The printable certificate of a volunteer's approved hours, in her own language whoever prints it: its
 * texts are looked up in her locale here rather than the reader's.
 */
@Controller
class CertificatePageController {

	/** The certificate's texts in one locale, for the template: {@code t.get('key', args…)}. */
	record Texts(MessageSource messages, Locale locale) {
		public String get(String key, Object... args) {
			return messages.getMessage(key, args, locale);
		}
	}

	private final Volunteers volunteers;
	private final VolunteerPoints points;
	private final MessageSource messages;

	CertificatePageController(Volunteers volunteers, VolunteerPoints points, MessageSource messages) {
		this.volunteers = volunteers;
		this.points = points;
		this.messages = messages;
	}

	@GetMapping("/volunteers/{id}/certificate")
	String certificate(@PathVariable UUID id, Model model) {
		Volunteer volunteer = volunteers.forCertificate(id);
		List<HoursEntry> approved = points.hoursOf(id).stream().filter(h -> "APPROVED".equals(h.status())).toList();
		BigDecimal total = BigDecimal.valueOf(approved.stream().mapToInt(HoursEntry::minutes).sum())
			.divide(BigDecimal.valueOf(60), 1, java.math.RoundingMode.HALF_UP);
		Locale locale = Volunteers.localeOf(volunteer);
		model.addAttribute("volunteer", volunteer);
		model.addAttribute("approved", approved);
		model.addAttribute("total", total);
		model.addAttribute("t", new Texts(messages, locale));
		model.addAttribute("lang", locale.toLanguageTag());
		return "volunteers/certificate";
	}
}
