package org.pomegranate.safety.web;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.pomegranate.registry.Slice;
import org.pomegranate.safety.Findings;
import org.pomegranate.safety.SafetyModel.CloseForm;
import org.pomegranate.safety.SafetyModel.Finding;
import org.pomegranate.safety.SafetyModel.FindingStatus;
import org.pomegranate.safety.SafetyModel.RectifyForm;
import org.pomegranate.safety.SafetyModel.ReinspectForm;
import org.pomegranate.safety.SafetyModel.Severity;
import org.pomegranate.servicedesk.Upload;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Findings and their rectification acts over JSON. */
@RestController
@RequestMapping("/api/v1/safety/findings")
@Tag(name = "Safety screening")
class FindingApiController {

	private final Findings findings;

	FindingApiController(Findings findings) {
		this.findings = findings;
	}

	@GetMapping
	@Operation(summary = "Findings in scope by campaign, status, severity, overdue only; newest first; keyset: "
			+ "after=<id of the last one seen>")
	Slice<Finding> list(@RequestParam(required = false) UUID campaignId,
			@RequestParam(required = false) FindingStatus status, @RequestParam(required = false) Severity severity,
			@RequestParam(defaultValue = "false") boolean overdue, @RequestParam(required = false) UUID after,
			@RequestParam(defaultValue = "20") int size) {
		return findings.findings(campaignId, status, severity, overdue, after, size);
	}

	@GetMapping("/{id}")
	@Operation(summary = "A finding with its photos and history")
	Finding get(@PathVariable UUID id) {
		return findings.finding(id);
	}

	@PostMapping("/{id}/rectify")
	@Operation(summary = "OPEN → RECTIFYING: the responsible party; the deadline follows from the severity "
			+ "(CRITICAL 3 days, MAJOR 15, MINOR 30). Out of turn is 409")
	Finding rectify(@PathVariable UUID id, @RequestBody RectifyForm form) {
		findings.rectify(id, form);
		return findings.finding(id);
	}

	@PostMapping("/{id}/reinspect")
	@Operation(summary = "RECTIFYING → REINSPECTED when passed; a failed re-inspection keeps it RECTIFYING with a "
			+ "fresh deadline. Out of turn is 409")
	Finding reinspect(@PathVariable UUID id, @RequestBody ReinspectForm form) {
		findings.reinspect(id, form);
		return findings.finding(id);
	}

	@PostMapping("/{id}/close")
	@Operation(summary = "REINSPECTED → CLOSED on evidence: evidenceNote, or evidence photos sent before. No "
			+ "evidence is 400 (field evidence), out of turn 409; nothing is written either way")
	Finding close(@PathVariable UUID id, @RequestBody CloseForm form) {
		findings.close(id, form, List.of());
		return findings.finding(id);
	}

	@PostMapping(value = "/{id}/photos", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Photos (JPEG, PNG; up to 3 of 5 MB per purpose) as parts named attachments: of the hazard, "
			+ "or with evidence=true of its rectification; re-encoded, so EXIF and GPS are gone")
	ResponseEntity<Finding> photos(@PathVariable UUID id, @RequestParam(defaultValue = "false") boolean evidence,
			@RequestPart(name = "attachments", required = false) List<MultipartFile> files) {
		findings.addPhotos(id, evidence, Upload.from(files));
		return ResponseEntity.status(201).body(findings.finding(id));
	}

	@GetMapping("/{id}/photos/{photoId}")
	@Operation(summary = "One photo of a finding")
	ResponseEntity<byte[]> photo(@PathVariable UUID id, @PathVariable UUID photoId) {
		return PhotoUploads.inline(findings.photo(id, photoId));
	}
}
