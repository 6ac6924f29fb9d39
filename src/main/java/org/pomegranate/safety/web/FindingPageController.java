package org.pomegranate.safety.web;

import java.util.List;
import java.util.UUID;

import org.pomegranate.safety.Findings;
import org.pomegranate.safety.SafetyModel.CloseForm;
import org.pomegranate.safety.SafetyModel.FindingForm;
import org.pomegranate.safety.SafetyModel.RectifyForm;
import org.pomegranate.safety.SafetyModel.ReinspectForm;
import org.pomegranate.safety.SafetyModel.Severity;
import org.pomegranate.servicedesk.Upload;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** One finding on a page: its photos, its history, and the next act of its rectification. */
@Controller
class FindingPageController {

	private final Findings findings;

	FindingPageController(Findings findings) {
		this.findings = findings;
	}

	@PostMapping("/safety/inspections/{id}/findings")
	String record(@PathVariable UUID id, @RequestParam(required = false) String checklistItemId,
			@RequestParam(required = false) Severity severity, @RequestParam(defaultValue = "") String description,
			@RequestParam(name = "photos", required = false) List<MultipartFile> photos, RedirectAttributes redirect) {
		return Acts.run(redirect, "/safety/inspections/" + id, f -> "/safety/findings/" + f,
				() -> findings.record(id, new FindingForm(Acts.uuid(checklistItemId), severity, description),
						Upload.from(photos)));
	}

	@GetMapping("/safety/findings/{id}")
	String finding(@PathVariable UUID id, Model model) {
		model.addAttribute("finding", findings.finding(id));
		return "safety/finding";
	}

	@GetMapping("/safety/findings/{id}/photos/{photoId}")
	ResponseEntity<byte[]> photo(@PathVariable UUID id, @PathVariable UUID photoId) {
		return PhotoUploads.inline(findings.photo(id, photoId));
	}

	@PostMapping("/safety/findings/{id}/rectify")
	String rectify(@PathVariable UUID id, @RequestParam(defaultValue = "") String responsibleParty,
			RedirectAttributes redirect) {
		return act(id, redirect, () -> findings.rectify(id, new RectifyForm(responsibleParty)));
	}

	@PostMapping("/safety/findings/{id}/reinspect")
	String reinspect(@PathVariable UUID id, @RequestParam(required = false) Boolean passed,
			@RequestParam(defaultValue = "") String note, RedirectAttributes redirect) {
		return act(id, redirect, () -> findings.reinspect(id, new ReinspectForm(passed, note)));
	}

	@PostMapping("/safety/findings/{id}/close")
	String close(@PathVariable UUID id, @RequestParam(defaultValue = "") String evidenceNote,
			@RequestParam(name = "photos", required = false) List<MultipartFile> photos, RedirectAttributes redirect) {
		return act(id, redirect, () -> findings.close(id, new CloseForm(evidenceNote), Upload.from(photos)));
	}

	private static String act(UUID id, RedirectAttributes redirect, Runnable act) {
		return Acts.run(redirect, "/safety/findings/" + id, x -> "/safety/findings/" + id, () -> {
			act.run();
			return id;
		});
	}
}
