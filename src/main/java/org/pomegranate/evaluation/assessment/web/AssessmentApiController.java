package org.pomegranate.evaluation.assessment.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.pomegranate.evaluation.assessment.AssessmentModel.Assessment;
import org.pomegranate.evaluation.assessment.AssessmentModel.Cycle;
import org.pomegranate.evaluation.assessment.AssessmentModel.CycleForm;
import org.pomegranate.evaluation.assessment.AssessmentModel.ReviewEntry;
import org.pomegranate.evaluation.assessment.AssessmentModel.Row;
import org.pomegranate.evaluation.assessment.AssessmentModel.Scheme;
import org.pomegranate.evaluation.assessment.AssessmentModel.SchemeForm;
import org.pomegranate.evaluation.assessment.AssessmentModel.SelfEntry;
import org.pomegranate.evaluation.assessment.AssessmentSchemes;
import org.pomegranate.evaluation.assessment.CreationAssessment;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The creation assessment over JSON: schemes, cycles, a community's self-assessment and its review. */
@RestController
@RequestMapping("/api/v1/assessment")
@Tag(name = "Creation assessment", description = "民族团结进步创建: indicators with weights summing to 100, yearly "
		+ "cycles, self-assessment with evidence, review by the street or county")
class AssessmentApiController {

	private static final String ONE = "/cycles/{cycleId}/communities/{communityId}";

	private final AssessmentSchemes schemes;
	private final CreationAssessment assessment;

	AssessmentApiController(AssessmentSchemes schemes, CreationAssessment assessment) {
		this.schemes = schemes;
		this.assessment = assessment;
	}

	@PostMapping("/schemes")
	@Operation(summary = "County or prefecture: a new indicator scheme; weights must sum to exactly 100 (400)")
	ResponseEntity<Scheme> createScheme(@RequestBody SchemeForm form) {
		UUID id = schemes.createScheme(form);
		return ResponseEntity.created(URI.create("/api/v1/assessment/schemes/" + id)).body(schemes.scheme(id));
	}

	@GetMapping("/schemes")
	@Operation(summary = "The schemes of the caller's scope and of the units above")
	List<Scheme> schemes() {
		return schemes.schemes();
	}

	@GetMapping("/schemes/{id}")
	Scheme scheme(@PathVariable UUID id) {
		return schemes.scheme(id);
	}

	@PutMapping("/schemes/{id}")
	@Operation(summary = "Replace a scheme's name and indicators; 409 once a cycle uses it")
	Scheme updateScheme(@PathVariable UUID id, @RequestBody SchemeForm form) {
		schemes.updateScheme(id, form);
		return schemes.scheme(id);
	}

	@PostMapping("/cycles")
	@Operation(summary = "County or prefecture: open the year's cycle on a scheme for the communities below; one per "
			+ "unit and year (409)")
	ResponseEntity<Cycle> openCycle(@RequestBody CycleForm form) {
		UUID id = schemes.openCycle(form);
		return ResponseEntity.created(URI.create("/api/v1/assessment/cycles/" + id)).body(schemes.cycle(id));
	}

	@GetMapping("/cycles")
	List<Cycle> cycles() {
		return schemes.cycles();
	}

	@GetMapping("/cycles/{id}/communities")
	@Operation(summary = "The communities of the cycle in the caller's scope with status, self total and review total")
	List<Row> table(@PathVariable UUID id) {
		return schemes.table(id);
	}

	@GetMapping("/communities/{communityId}/history")
	@Operation(summary = "A community's assessments across the years")
	List<Row> history(@PathVariable UUID communityId) {
		return assessment.history(communityId);
	}

	@GetMapping(ONE)
	Assessment get(@PathVariable UUID cycleId, @PathVariable UUID communityId) {
		return assessment.assessment(cycleId, communityId);
	}

	@PutMapping(ONE + "/self")
	@Operation(summary = "The community head saves self scores (0 to the indicator's weight, steps of 0.5) and notes; "
			+ "409 once submitted")
	Assessment saveSelf(@PathVariable UUID cycleId, @PathVariable UUID communityId, @RequestBody Entries<SelfEntry> body) {
		assessment.saveSelf(cycleId, communityId, body.entries());
		return assessment.assessment(cycleId, communityId);
	}

	@PostMapping(ONE + "/submit")
	@Operation(summary = "Submit for review: every indicator scored (400); afterwards no change (409)")
	Assessment submit(@PathVariable UUID cycleId, @PathVariable UUID communityId) {
		assessment.submit(cycleId, communityId);
		return assessment.assessment(cycleId, communityId);
	}

	@PostMapping(value = ONE + "/evidence/files", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "A photo (JPEG, PNG) or PDF as evidence for an indicator, at most 5 MB, judged by content")
	Assessment addFile(@PathVariable UUID cycleId, @PathVariable UUID communityId, @RequestParam UUID indicatorId,
			@RequestPart("file") MultipartFile file) {
		try {
			assessment.addFile(cycleId, communityId, indicatorId, file.getOriginalFilename(), file.getBytes());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return assessment.assessment(cycleId, communityId);
	}

	@PostMapping(ONE + "/evidence/requests")
	@Operation(summary = "A service request of this community, by its number, as evidence for an indicator")
	Assessment addLink(@PathVariable UUID cycleId, @PathVariable UUID communityId, @RequestBody Link body) {
		assessment.addRequestLink(cycleId, communityId, body.indicatorId(), body.requestNumber());
		return assessment.assessment(cycleId, communityId);
	}

	@PostMapping(ONE + "/review")
	@Operation(summary = "Street or county: score every indicator with a comment; 409 unless submitted and not yet "
			+ "reviewed")
	Assessment review(@PathVariable UUID cycleId, @PathVariable UUID communityId,
			@RequestBody Entries<ReviewEntry> body) {
		assessment.review(cycleId, communityId, body.entries());
		return assessment.assessment(cycleId, communityId);
	}

	record Entries<T>(List<T> entries) {

		Entries {
			entries = entries == null ? List.of() : entries;
		}
	}

	record Link(UUID indicatorId, String requestNumber) {
	}
}
