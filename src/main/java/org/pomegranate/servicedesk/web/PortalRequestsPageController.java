package org.pomegranate.servicedesk.web;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import org.pomegranate.servicedesk.Channel;
import org.pomegranate.servicedesk.Rating;
import org.pomegranate.servicedesk.RequestDetails;
import org.pomegranate.servicedesk.RequestHandling;
import org.pomegranate.servicedesk.RequestStatus;
import org.pomegranate.servicedesk.ResidentActs;
import org.pomegranate.servicedesk.ResolutionAnswer;
import org.pomegranate.servicedesk.SatisfactionAnswer;
import org.pomegranate.servicedesk.ServiceCatalogue;
import org.pomegranate.servicedesk.ServiceCategory;
import org.pomegranate.servicedesk.ServiceDesk;
import org.pomegranate.servicedesk.Upload;
import org.pomegranate.shared.web.InvalidInputException;
import org.pomegranate.shared.web.RuleViolationException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The resident's own requests: the list, one request in plain words with its timeline, and the
 * two things a resident can do once it is resolved, rate it or say it is not done yet; while it is
 * open, add information or photos, write to the worker, or withdraw it.
 * Anyone else's request is not found, exactly like a missing one.
 */
@Controller
class PortalRequestsPageController {

	private final ServiceDesk desk;
	private final RequestHandling handling;
	private final ServiceCatalogue catalogue;
	private final PortalWording wording;
	private final CategoryWords categoryWords;
	private final ResidentActs acts;

	PortalRequestsPageController(ServiceDesk desk, RequestHandling handling, ServiceCatalogue catalogue,
			PortalWording wording, CategoryWords categoryWords, ResidentActs acts) {
		this.categoryWords = categoryWords;
		this.acts = acts;
		this.desk = desk;
		this.handling = handling;
		this.catalogue = catalogue;
		this.wording = wording;
	}

	@GetMapping("/my/requests")
	String list(Model model) {
		model.addAttribute("requests", acts.myCards());
		model.addAttribute("categoryNames", categoryWords.categoryNames());
		return "servicedesk/portal-requests";
	}

	@GetMapping("/my/requests/{id}")
	String show(@PathVariable UUID id, Model model) {
		return page(id, model);
	}

	@PostMapping("/my/requests/{id}/rating")
	String rate(@PathVariable UUID id, @RequestParam(required = false) ResolutionAnswer resolution,
			@RequestParam(required = false) SatisfactionAnswer satisfaction,
			@RequestParam(defaultValue = "") String comment, Model model, HttpServletResponse response) {
		model.addAttribute("comment", comment);
		if (resolution == null || satisfaction == null) {
			model.addAttribute("ratingError", "portal.rate.answerBoth");
			response.setStatus(400);
			return page(id, model);
		}
		try {
			handling.rate(id, new Rating(resolution, satisfaction, comment, Channel.PORTAL));
			return "redirect:/my/requests/" + id + "?rated";
		}
		catch (InvalidInputException e) {
			model.addAttribute("ratingError", e.fieldErrors().values().iterator().next());
			response.setStatus(400);
		}
		catch (RuleViolationException e) {
			model.addAttribute("problem", e.messageKey());
			response.setStatus(409);
		}
		return page(id, model);
	}

	@PostMapping("/my/requests/{id}/reopen")
	String reopen(@PathVariable UUID id, @RequestParam(defaultValue = "") String reason, Model model,
			HttpServletResponse response) {
		model.addAttribute("reason", reason);
		try {
			handling.reopen(id, reason);
			return "redirect:/my/requests/" + id + "?reopened";
		}
		catch (InvalidInputException e) {
			model.addAttribute("reopenError", e.fieldErrors().values().iterator().next());
			response.setStatus(400);
		}
		catch (RuleViolationException e) {
			model.addAttribute("problem", e.messageKey());
			response.setStatus(409);
		}
		return page(id, model);
	}

	// ---- her acts on an open request: each answers the page again, with a 400 or 409 on refusal ----

	@PostMapping("/my/requests/{id}/information")
	String addInformation(@PathVariable UUID id, @RequestParam(defaultValue = "") String text, Model model,
			HttpServletResponse response) {
		return act(id, "informed", () -> acts.addInformation(id, text), "info", text, model, response);
	}

	@PostMapping("/my/requests/{id}/message")
	String message(@PathVariable UUID id, @RequestParam(defaultValue = "") String text, Model model,
			HttpServletResponse response) {
		return act(id, "messaged", () -> acts.message(id, text), "message", text, model, response);
	}

	@PostMapping("/my/requests/{id}/photos")
	String addPhotos(@PathVariable UUID id, @RequestParam(name = "photos", required = false) List<MultipartFile> photos,
			Model model, HttpServletResponse response) {
		return act(id, "photoAdded", () -> acts.addPhotos(id, Upload.from(photos)), "photo", null, model, response);
	}

	@PostMapping("/my/requests/{id}/withdraw")
	String withdraw(@PathVariable UUID id, @RequestParam(defaultValue = "") String reason, Model model,
			HttpServletResponse response) {
		return act(id, "withdrawn", () -> acts.withdraw(id, reason), "withdraw", reason, model, response);
	}

	/** Follows a neighbour's request shown before sending, instead of sending the same again. */
	@PostMapping("/my/follow/{id}")
	String follow(@PathVariable UUID id) {
		acts.follow(id);
		return "redirect:/my/requests?followed";
	}

	private String act(UUID id, String done, Runnable act, String form, String text, Model model,
			HttpServletResponse response) {
		try {
			act.run();
			return "redirect:/my/requests/" + id + "?" + done;
		}
		catch (InvalidInputException e) {
			model.addAttribute("actForm", form);
			model.addAttribute("actText", text);
			model.addAttribute("actError", e.fieldErrors().values().iterator().next());
			response.setStatus(400);
		}
		catch (RuleViolationException e) {
			model.addAttribute("problem", e.messageKey());
			response.setStatus(409);
		}
		return page(id, model);
	}

	private String page(UUID id, Model model) {
		RequestDetails request = desk.myRequest(id);
		Optional<RequestStatus> mergeTarget = request.status() == RequestStatus.MERGED
				? desk.statusOfMergeTarget(id) : Optional.empty();
		model.addAttribute("request", request);
		ServiceCategory category = catalogue.category(request.summary().categoryId());
		model.addAttribute("category", category);
		model.addAttribute("answers", categoryWords.answers(category, request.extra()));
		model.addAttribute("standing", wording.standing(request, mergeTarget));
		model.addAttribute("lines", wording.timeline(request));
		model.addAttribute("canRate", request.status() == RequestStatus.RESOLVED && request.rating() == null);
		model.addAttribute("canReopen", wording.reopenable(request));
		model.addAttribute("canAct", request.status().isOpen());
		model.addAttribute("resolutions", ResolutionAnswer.values());
		model.addAttribute("satisfactions", SatisfactionAnswer.values());
		return "servicedesk/portal-request";
	}

	/** One of the request's own files, for the resident who sent it. */
	@GetMapping("/my/requests/{id}/files/{fileId}")
	ResponseEntity<byte[]> file(@PathVariable UUID id, @PathVariable UUID fileId) {
		return AttachmentResponses.inline(desk.attachment(id, fileId));
	}
}
