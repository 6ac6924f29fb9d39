package org.pomegranate.servicedesk.web;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.pomegranate.identity.IdentityManagement;
import org.pomegranate.identity.Permission;
import org.pomegranate.servicedesk.Rating;
import org.pomegranate.servicedesk.RequestDetails;
import org.pomegranate.servicedesk.RequestHandling;
import org.pomegranate.servicedesk.ResolutionAnswer;
import org.pomegranate.servicedesk.SatisfactionAnswer;
import org.pomegranate.servicedesk.ServiceCatalogue;
import org.pomegranate.servicedesk.ServiceCategory;
import org.pomegranate.servicedesk.ServiceDesk;
import org.pomegranate.servicedesk.WorkerDesk;
import org.pomegranate.shared.web.CurrentUrl;
import org.pomegranate.shared.web.InvalidInputException;
import org.pomegranate.shared.web.RuleViolationException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.pomegranate.privacy.RevealPurpose;
import org.pomegranate.privacy.RevealReason;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One request for its handlers: everything on record, and the acts its status allows as one-tap
 * forms. An act that the rules refuse (someone else was quicker) shows the page again with the
 * reason and the status code, and changes nothing.
 */
@Controller
class WorkbenchRequestPageController {

	private final ServiceDesk desk;
	private final RequestHandling handling;
	private final ServiceCatalogue catalogue;
	private final IdentityManagement identity;
	private final WorkbenchWords words;
	private final CategoryWords categoryWords;
	private final TransferTargets transferTargets;
	private final WorkerDesk workerDesk;
	private final MessageSource messages;

	WorkbenchRequestPageController(ServiceDesk desk, RequestHandling handling, ServiceCatalogue catalogue,
			IdentityManagement identity, WorkbenchWords words, CategoryWords categoryWords,
			TransferTargets transferTargets, WorkerDesk workerDesk, MessageSource messages) {
		this.workerDesk = workerDesk;
		this.messages = messages;
		this.categoryWords = categoryWords;
		this.desk = desk;
		this.handling = handling;
		this.catalogue = catalogue;
		this.identity = identity;
		this.words = words;
		this.transferTargets = transferTargets;
	}

	@GetMapping("/workbench/requests/{id}")
	String show(@PathVariable UUID id, Model model) {
		prepare(id, model);
		return "servicedesk/workbench-request";
	}

	private void prepare(UUID id, Model model) {
		RequestDetails request = desk.request(id);
		ServiceCategory category = catalogue.category(request.summary().categoryId());
		model.addAttribute("request", request);
		model.addAttribute("categoryName", category.name().in(LocaleContextHolder.getLocale()));
		model.addAttribute("answers", categoryWords.answers(category, request.extra()));
		model.addAttribute("timeline", request.timeline().stream().map(words::line).toList());
		boolean open = request.status().isOpen();
		model.addAttribute("responseCountdown",
				open && request.summary().firstResponseAt() == null ? words.until(request.summary().responseDue()) : null);
		model.addAttribute("resolveCountdown", open ? words.until(request.summary().resolveDue()) : null);
		boolean handles = identity.currentUser().can(Permission.HANDLE_REQUESTS);
		Set<String> acts = handles ? Acts.allowed(request) : Set.of();
		model.addAttribute("acts", acts);
		if (acts.contains("MERGE")) {
			model.addAttribute("duplicates", desk.likelyDuplicates(id));
			model.addAttribute("categoryNames", categoryWords.categoryNames());
		}
		if (acts.contains("TRANSFER")) {
			model.addAttribute("transferTargets", transferTargets.forRequestAt(request.summary().unitId()));
		}
		model.addAttribute("resolutions", ResolutionAnswer.values());
		model.addAttribute("satisfactions", SatisfactionAnswer.values());
		model.addAttribute("draftKey", FormToken.fresh());
	}

	@PostMapping("/workbench/requests/{id}/accept")
	String accept(@PathVariable UUID id, @RequestHeader(value = "HX-Request", required = false) String htmx, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		return act(id, "ACCEPT", () -> handling.accept(id), htmx != null, model, redirect, response);
	}

	@PostMapping("/workbench/requests/{id}/start")
	String start(@PathVariable UUID id, @RequestHeader(value = "HX-Request", required = false) String htmx, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		return act(id, "START", () -> handling.start(id), htmx != null, model, redirect, response);
	}

	@PostMapping("/workbench/requests/{id}/resolve")
	String resolve(@PathVariable UUID id, @RequestParam(defaultValue = "") String note,
			@RequestHeader(value = "HX-Request", required = false) String htmx, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		model.addAttribute("note", note);
		return act(id, "RESOLVE", () -> handling.resolve(id, note), htmx != null, model, redirect, response);
	}

	/**
	 * A note on the timeline. Drafted with no signal it is sent later with the key it was drafted
	 * with; a second arrival of the same key writes nothing and answers as the first did.
	 */
	@PostMapping("/workbench/requests/{id}/note")
	String note(@PathVariable UUID id, @RequestParam(defaultValue = "") String note,
			@RequestParam(required = false) String key, @RequestHeader(value = "HX-Request", required = false) String htmx,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		model.addAttribute("workNote", note);
		return act(id, "NOTE", () -> workerDesk.addNote(id, note, key), htmx != null, model, redirect, response);
	}

	/**
	 * The call button: reveals the contact's phone through the audited reveal, for the purpose of
	 * contacting them about this request, and opens the dialer. The page's script asks for the number
	 * ({@code X-Requested-With: fetch}) and dials it; without script the answer is the {@code tel:}
	 * address itself.
	 */
	@PostMapping("/workbench/requests/{id}/call")
	ResponseEntity<String> call(@PathVariable UUID id,
			@RequestHeader(value = "X-Requested-With", required = false) String requestedWith) {
		String number = workerDesk.numberOf(id);
		String why = messages.getMessage("workbench.call.note", new Object[] { number }, LocaleContextHolder.getLocale());
		String phone = handling.revealContactPhone(id, new RevealReason(RevealPurpose.CONTACT_ABOUT_REQUEST, why));
		if ("fetch".equals(requestedWith)) {
			return ResponseEntity.ok().header("Cache-Control", "no-store").contentType(MediaType.TEXT_PLAIN).body(phone);
		}
		return ResponseEntity.status(HttpStatus.SEE_OTHER).header("Cache-Control", "no-store")
			.location(java.net.URI.create("tel:" + phone)).build();
	}

	@PostMapping("/workbench/requests/{id}/transfer")
	String transfer(@PathVariable UUID id, @RequestParam(required = false) UUID unitId,
			@RequestParam(defaultValue = "") String reason,
			@RequestHeader(value = "HX-Request", required = false) String htmx, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		model.addAttribute("transferReason", reason);
		// a plain form even where script runs: the request may leave the caller's scope, and the queue is shown then
		String answer = act(id, "TRANSFER", () -> handling.transfer(id, unitId, reason), false, model, redirect,
				response);
		// handed beyond the caller's own scope: the request's page is no longer theirs, the queue is
		return answer.startsWith("redirect:") && !desk.isVisible(id) ? "redirect:/workbench" : answer;
	}

	@PostMapping("/workbench/requests/{id}/reject")
	String reject(@PathVariable UUID id, @RequestParam(defaultValue = "") String referral,
			@RequestHeader(value = "HX-Request", required = false) String htmx, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		model.addAttribute("referral", referral);
		return act(id, "REJECT", () -> handling.reject(id, referral), htmx != null, model, redirect, response);
	}

	@PostMapping("/workbench/requests/{id}/merge")
	String merge(@PathVariable UUID id, @RequestParam UUID into,
			@RequestHeader(value = "HX-Request", required = false) String htmx, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		return act(id, "MERGE", () -> handling.merge(id, into), htmx != null, model, redirect, response);
	}

	/** A rating the resident gave on the phone. */
	@PostMapping("/workbench/requests/{id}/rate")
	String rate(@PathVariable UUID id, @RequestParam(required = false) ResolutionAnswer resolution,
			@RequestParam(required = false) SatisfactionAnswer satisfaction,
			@RequestParam(defaultValue = "") String comment,
			@RequestHeader(value = "HX-Request", required = false) String htmx, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		model.addAttribute("comment", comment);
		return act(id, "RATE", () -> {
			if (resolution == null || satisfaction == null) {
				throw new InvalidInputException(resolution == null ? "resolution" : "satisfaction", "error.required");
			}
			handling.rate(id, new Rating(resolution, satisfaction, comment, null));
		}, htmx != null, model, redirect, response);
	}

	/** Shows the phone of a requester who is not in the register, for a chosen purpose and a note (htmx). */
	@PostMapping("/workbench/requests/{id}/reveal-phone")
	String revealPhone(@PathVariable UUID id, @RequestParam(required = false) RevealPurpose purpose,
			@RequestParam(defaultValue = "") String note, Model model, HttpServletResponse response) {
		model.addAttribute("requestId", id);
		try {
			model.addAttribute("phone", handling.revealContactPhone(id, new RevealReason(purpose, note)));
			return "servicedesk/partials/workbench-phone :: revealed";
		}
		catch (InvalidInputException e) {
			// keep the masked value; put the form back, open, with the message, for another try
			response.setHeader("HX-Retarget", "#reveal-phone-form");
			model.addAttribute("error", e.fieldErrors().values().iterator().next());
			return "servicedesk/partials/workbench-phone :: form";
		}
	}

	/** A file of the request, always as a download, with the type its content was checked to be. */
	@GetMapping("/workbench/requests/{id}/attachments/{attachmentId}")
	ResponseEntity<byte[]> attachment(@PathVariable UUID id, @PathVariable UUID attachmentId) {
		return AttachmentResponses.download(desk.attachment(id, attachmentId));
	}

	/**
	 * Runs an act. Posted by htmx, the answer is the request's action panel and its timeline, in
	 * place; otherwise back to the page with a word of what was done (post, redirect, get). A refusal
	 * shows the reason: 409 for a rule (the status moved on), 400 for missing or bad input.
	 */
	private String act(UUID id, String act, Runnable work, boolean htmx, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		try {
			work.run();
			if (htmx) {
				model.addAttribute("done", "workbench.done." + act);
				model.asMap().remove("note");
				model.asMap().remove("workNote");
				prepare(id, model);
				return "servicedesk/partials/workbench-live :: answer";
			}
			redirect.addFlashAttribute("done", "workbench.done." + act);
			return "redirect:/workbench/requests/" + id;
		}
		catch (RuleViolationException e) {
			response.setStatus(409);
			model.addAttribute("problem", e.messageKey());
		}
		catch (InvalidInputException e) {
			response.setStatus(400);
			model.addAttribute("problem", e.fieldErrors().values().iterator().next());
			model.addAttribute("failedAct", act);
		}
		// the language links lead to the request's page, not to the act that was posted
		model.addAttribute("here", new CurrentUrl("/workbench/requests/" + id, Map.of()));
		prepare(id, model);
		return htmx ? "servicedesk/partials/workbench-live :: answer" : "servicedesk/workbench-request";
	}
}
