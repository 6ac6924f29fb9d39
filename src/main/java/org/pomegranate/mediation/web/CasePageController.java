package org.pomegranate.mediation.web;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.pomegranate.mediation.CaseDetails;
import org.pomegranate.mediation.MediationActs;
import org.pomegranate.mediation.MediationCases;
import org.pomegranate.mediation.Outcome;
import org.pomegranate.mediation.Referral;
import org.pomegranate.shared.web.CurrentUrl;
import org.pomegranate.shared.web.InvalidInputException;
import org.pomegranate.shared.web.NotFoundException;
import org.pomegranate.shared.web.RuleViolationException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One case for its mediator and the heads above: everything on record, the acts its status allows
 * as forms, and the printable agreement. A refused act shows the case again with the reason and
 * the status of the refusal (400 or 409).
 */
@Controller
class CasePageController {

	private final MediationCases cases;
	private final MediationActs acts;
	private final FieldLabels labels;
	private final org.springframework.context.MessageSource messages;

	CasePageController(MediationCases cases, MediationActs acts, FieldLabels labels,
			org.springframework.context.MessageSource messages) {
		this.messages = messages;
		this.cases = cases;
		this.acts = acts;
		this.labels = labels;
	}

	@GetMapping("/mediation/cases/{id}")
	String show(@PathVariable UUID id, Model model, Locale locale) {
		CaseDetails c = cases.details(id, "case", locale);
		model.addAttribute("c", c);
		model.addAttribute("events", c.timeline().stream().map(this::line).toList());
		model.addAttribute("referrals", Referral.values());
		model.addAttribute("today", LocalDate.now(org.pomegranate.mediation.internal.CaseRepository.ZONE));
		return "mediation/case";
	}

	/** The agreement on one printable page: parties, terms and signature lines. */
	@GetMapping("/mediation/cases/{id}/agreement")
	String agreement(@PathVariable UUID id, Model model, Locale locale) {
		CaseDetails c = cases.details(id, "agreement", locale);
		if (c.outcome() != Outcome.AGREED && c.outcome() != Outcome.PARTIAL) {
			throw new NotFoundException("agreement");
		}
		model.addAttribute("c", c);
		return "mediation/agreement";
	}

	@PostMapping("/mediation/cases/{id}/sessions")
	String session(@PathVariable UUID id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate heldOn,
			@RequestParam(required = false) String place, @RequestParam(required = false) String note, Model model,
			RedirectAttributes redirect, HttpServletResponse response, Locale locale) {
		return act(id, "SESSION", () -> acts.session(id, heldOn, place, note), model, redirect, response, locale);
	}

	@PostMapping("/mediation/cases/{id}/agreement")
	String agree(@PathVariable UUID id, @RequestParam(required = false) String terms, Model model,
			RedirectAttributes redirect, HttpServletResponse response, Locale locale) {
		return act(id, "AGREE", () -> acts.agree(id, terms), model, redirect, response, locale);
	}

	@PostMapping("/mediation/cases/{id}/partial")
	String partial(@PathVariable UUID id, @RequestParam(required = false) String terms,
			@RequestParam(required = false) Referral referral, @RequestParam(required = false) String note,
			Model model, RedirectAttributes redirect, HttpServletResponse response, Locale locale) {
		return act(id, "PARTIAL", () -> acts.partial(id, terms, referral, note), model, redirect, response, locale);
	}

	@PostMapping("/mediation/cases/{id}/fail")
	String fail(@PathVariable UUID id, @RequestParam(required = false) Referral referral,
			@RequestParam(required = false) String note, Model model, RedirectAttributes redirect,
			HttpServletResponse response, Locale locale) {
		return act(id, "FAIL", () -> acts.fail(id, referral, note), model, redirect, response, locale);
	}

	@PostMapping("/mediation/cases/{id}/follow-up")
	String followUp(@PathVariable UUID id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate visitedOn,
			@RequestParam(required = false) Boolean kept, @RequestParam(required = false) String note, Model model,
			RedirectAttributes redirect, HttpServletResponse response, Locale locale) {
		return act(id, "FOLLOW_UP", () -> acts.followUp(id, visitedOn, kept, note), model, redirect, response, locale);
	}

	/** A timeline entry as the page shows it: who (the clock as "system" in the reader's words) and a sentence. */
	record Line(java.time.Instant at, String actor, String sentence) {
	}

	private Line line(CaseDetails.Event e) {
		Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
		String note = e.note();
		if (note != null && java.util.Arrays.stream(Referral.values()).anyMatch(r -> r.name().equals(e.note()))) {
			note = messages.getMessage("mediation.referral." + note, null, locale);
		}
		String actor = "system".equals(e.actor()) ? messages.getMessage("mediation.system", null, locale) : e.actor();
		return new Line(e.at(), actor, messages.getMessage("mediation.event." + e.kind(),
				new Object[] { note == null ? "" : note }, e.kind(), locale));
	}

	private String act(UUID id, String act, Runnable work, Model model, RedirectAttributes redirect,
			HttpServletResponse response, Locale locale) {
		try {
			work.run();
			redirect.addFlashAttribute("done", "mediation.done." + act);
			return "redirect:/mediation/cases/" + id;
		}
		catch (RuleViolationException e) {
			response.setStatus(409);
			model.addAttribute("problem", e.messageKey());
		}
		catch (InvalidInputException e) {
			response.setStatus(400);
			model.addAttribute("problems", labels.of(e.fieldErrors()));
			model.addAttribute("failedAct", act);
		}
		model.addAttribute("here", new CurrentUrl("/mediation/cases/" + id, Map.of()));
		return show(id, model, locale);
	}
}
