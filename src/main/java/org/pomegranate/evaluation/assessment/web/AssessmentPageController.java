package org.pomegranate.evaluation.assessment.web;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.pomegranate.evaluation.assessment.AssessmentModel.Assessment;
import org.pomegranate.evaluation.assessment.AssessmentModel.Entry;
import org.pomegranate.evaluation.assessment.AssessmentModel.EvidenceFile;
import org.pomegranate.evaluation.assessment.AssessmentModel.ReviewEntry;
import org.pomegranate.evaluation.assessment.AssessmentModel.SelfEntry;
import org.pomegranate.evaluation.assessment.AssessmentModel.Status;
import org.pomegranate.evaluation.assessment.AssessmentSchemes;
import org.pomegranate.evaluation.assessment.CreationAssessment;
import org.pomegranate.identity.CurrentUser;
import org.pomegranate.identity.IdentityManagement;
import org.pomegranate.identity.Role;
import org.pomegranate.shared.web.InvalidInputException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** The creation assessment's pages: the cycles, the table of communities, one assessment to fill in or review, the history. */
@Controller
class AssessmentPageController {

	private static final String ONE = "/assessment/cycles/{cycleId}/communities/{communityId}";

	private final AssessmentSchemes schemes;
	private final CreationAssessment assessment;
	private final IdentityManagement identity;
	private final MessageSource messages;

	AssessmentPageController(AssessmentSchemes schemes, CreationAssessment assessment, IdentityManagement identity,
			MessageSource messages) {
		this.schemes = schemes;
		this.assessment = assessment;
		this.identity = identity;
		this.messages = messages;
	}

	@GetMapping("/assessment")
	String index(Model model) {
		model.addAttribute("cycles", schemes.cycles());
		return "evaluation/assessment-cycles";
	}

	@GetMapping("/assessment/cycles/{id}")
	String table(@PathVariable UUID id, Model model) {
		model.addAttribute("cycle", schemes.cycle(id));
		model.addAttribute("rows", schemes.table(id));
		return "evaluation/assessment-table";
	}

	@GetMapping("/assessment/communities/{id}/history")
	String history(@PathVariable UUID id, Model model) {
		model.addAttribute("rows", assessment.history(id));
		return "evaluation/assessment-history";
	}

	@GetMapping(ONE)
	String show(@PathVariable UUID cycleId, @PathVariable UUID communityId, Model model) {
		Assessment a = assessment.assessment(cycleId, communityId);
		CurrentUser user = identity.currentUser();
		boolean editable = user.role() == Role.COMMUNITY_HEAD && communityId.equals(user.orgUnitId())
				&& (a.status() == Status.NOT_STARTED || a.status() == Status.DRAFT);
		boolean reviewable = (user.role() == Role.STREET_OFFICER || user.role() == Role.COUNTY_OFFICER)
				&& a.status() == Status.SUBMITTED;
		model.addAttribute("a", a);
		model.addAttribute("editable", editable);
		model.addAttribute("reviewable", reviewable);
		return "evaluation/assessment";
	}

	@PostMapping(ONE + "/self")
	String saveSelf(@PathVariable UUID cycleId, @PathVariable UUID communityId,
			@RequestParam Map<String, String> params, @RequestParam(defaultValue = "false") boolean submit, Model model,
			HttpServletResponse response) {
		List<SelfEntry> entries = new ArrayList<>();
		for (Entry e : assessment.assessment(cycleId, communityId).entries()) {
			UUID id = e.indicator().id();
			entries.add(new SelfEntry(id, decimal(params.get("score-" + id)), params.get("note-" + id)));
		}
		return act(cycleId, communityId, model, response, () -> {
			assessment.saveSelf(cycleId, communityId, entries.stream().filter(x -> x.score() != null || x.note() != null
					&& !x.note().isBlank()).toList());
			if (submit) {
				assessment.submit(cycleId, communityId);
			}
		}, submit ? "submitted" : "saved");
	}

	@PostMapping(ONE + "/evidence")
	String addEvidence(@PathVariable UUID cycleId, @PathVariable UUID communityId, @RequestParam UUID indicatorId,
			@RequestParam(required = false) MultipartFile file, @RequestParam(defaultValue = "") String requestNumber,
			Model model, HttpServletResponse response) {
		return act(cycleId, communityId, model, response, () -> {
			if (!requestNumber.isBlank()) {
				assessment.addRequestLink(cycleId, communityId, indicatorId, requestNumber);
			}
			else {
				try {
					assessment.addFile(cycleId, communityId, indicatorId, file == null ? null : file.getOriginalFilename(),
							file == null ? null : file.getBytes());
				}
				catch (IOException e) {
					throw new java.io.UncheckedIOException(e);
				}
			}
		}, "evidenceAdded");
	}

	@PostMapping(ONE + "/review")
	String review(@PathVariable UUID cycleId, @PathVariable UUID communityId, @RequestParam Map<String, String> params,
			Model model, HttpServletResponse response) {
		List<ReviewEntry> entries = new ArrayList<>();
		for (Entry e : assessment.assessment(cycleId, communityId).entries()) {
			UUID id = e.indicator().id();
			entries.add(new ReviewEntry(id, decimal(params.get("review-" + id)), params.get("comment-" + id)));
		}
		return act(cycleId, communityId, model, response, () -> assessment.review(cycleId, communityId, entries),
				"reviewed");
	}

	@GetMapping(ONE + "/evidence/{evidenceId}")
	ResponseEntity<byte[]> file(@PathVariable UUID cycleId, @PathVariable UUID communityId,
			@PathVariable UUID evidenceId) {
		EvidenceFile f = assessment.file(cycleId, communityId, evidenceId);
		return ResponseEntity.ok().contentType(MediaType.parseMediaType(f.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(f.fileName(), java.nio.charset.StandardCharsets.UTF_8).build()
						.toString())
			.header("X-Content-Type-Options", "nosniff").body(f.content());
	}

	/** Runs a change; on bad input the page comes back with the messages and status 400, nothing written. */
	private String act(UUID cycleId, UUID communityId, Model model, HttpServletResponse response, Runnable change,
			String done) {
		try {
			change.run();
			return "redirect:/assessment/cycles/" + cycleId + "/communities/" + communityId + "?" + done;
		}
		catch (InvalidInputException e) {
			response.setStatus(400);
			model.addAttribute("errors", e.fieldErrors().values().stream().distinct()
				.map(k -> messages.getMessage(k, null, k, LocaleContextHolder.getLocale())).toList());
			return show(cycleId, communityId, model);
		}
	}

	private static BigDecimal decimal(String s) {
		if (s == null || s.isBlank()) {
			return null;
		}
		try {
			return new BigDecimal(s.strip());
		}
		catch (NumberFormatException e) {
			// a score that is no number is out of range, and says so
			return BigDecimal.valueOf(-1);
		}
	}
}
