package org.pomegranate.safety.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.pomegranate.registry.Slice;
import org.pomegranate.safety.Findings;
import org.pomegranate.safety.SafetyModel.Campaign;
import org.pomegranate.safety.SafetyModel.CampaignForm;
import org.pomegranate.safety.SafetyModel.CampaignSummary;
import org.pomegranate.safety.SafetyModel.Finding;
import org.pomegranate.safety.SafetyModel.FindingForm;
import org.pomegranate.safety.SafetyModel.Inspection;
import org.pomegranate.safety.SafetyModel.InspectionForm;
import org.pomegranate.safety.SafetyModel.InspectionStatus;
import org.pomegranate.safety.SafetyModel.Progress;
import org.pomegranate.safety.SafetyScreening;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Screening campaigns and inspection tasks over JSON. */
@RestController
@RequestMapping("/api/v1/safety")
@Tag(name = "Safety screening", description = "Campaigns, inspection tasks over places (buildings, enterprises, "
		+ "facilities) and the findings recorded on them (安全隐患排查); about places and things, never people")
class SafetyApiController {

	private final SafetyScreening screening;
	private final Findings findings;

	SafetyApiController(SafetyScreening screening, Findings findings) {
		this.screening = screening;
		this.findings = findings;
	}

	@GetMapping("/campaigns")
	@Operation(summary = "Campaigns the caller is concerned with, newest first, with task and finding counts in "
			+ "scope; keyset: after=<id of the last one seen>, the answer's next")
	Slice<CampaignSummary> campaigns(@RequestParam(required = false) String theme,
			@RequestParam(required = false) UUID after, @RequestParam(defaultValue = "20") int size) {
		return screening.campaigns(theme, after, size);
	}

	@PostMapping("/campaigns")
	@Operation(summary = "A new campaign (community heads, street and county officers): theme, period, units of "
			+ "the caller's scope, checklist items")
	ResponseEntity<Campaign> createCampaign(@RequestBody CampaignForm form) {
		UUID id = screening.createCampaign(form);
		return ResponseEntity.created(URI.create("/api/v1/safety/campaigns/" + id)).body(screening.campaign(id));
	}

	@GetMapping("/campaigns/{id}")
	@Operation(summary = "A campaign with its units and checklist")
	Campaign campaign(@PathVariable UUID id) {
		return screening.campaign(id);
	}

	@GetMapping("/campaigns/{id}/progress")
	@Operation(summary = "Tasks done, findings by severity, closed, rectified and rectified on time, overdue: over "
			+ "the tasks in the caller's scope")
	Progress progress(@PathVariable UUID id) {
		return screening.progress(id);
	}

	@GetMapping("/inspections")
	@Operation(summary = "Inspection tasks in scope, by campaign and status, newest first; keyset: after=<id>")
	Slice<Inspection> inspections(@RequestParam(required = false) UUID campaignId,
			@RequestParam(required = false) InspectionStatus status, @RequestParam(required = false) UUID after,
			@RequestParam(defaultValue = "20") int size) {
		return screening.inspections(campaignId, status, after, size);
	}

	@PostMapping("/inspections")
	@Operation(summary = "A task to inspect a place of the campaign's units: BUILDING or ENTERPRISE by placeId; a "
			+ "FACILITY by unitId and placeLabel. The same place twice in a campaign is 409")
	ResponseEntity<Inspection> createInspection(@RequestBody InspectionForm form) {
		UUID id = screening.createInspection(form);
		return ResponseEntity.created(URI.create("/api/v1/safety/inspections/" + id)).body(screening.inspection(id));
	}

	@GetMapping("/inspections/{id}")
	@Operation(summary = "One inspection task")
	Inspection inspection(@PathVariable UUID id) {
		return screening.inspection(id);
	}

	@PostMapping("/inspections/{id}/findings")
	@Operation(summary = "Record a finding on a task not yet done: a checklist item of the campaign, severity "
			+ "(MINOR, MAJOR, CRITICAL), description; photos follow on /findings/{id}/photos. A done task is 409")
	ResponseEntity<Finding> record(@PathVariable UUID id, @RequestBody FindingForm form) {
		UUID finding = findings.record(id, form, List.of());
		return ResponseEntity.created(URI.create("/api/v1/safety/findings/" + finding)).body(findings.finding(finding));
	}

	@PostMapping("/inspections/{id}/complete")
	@Operation(summary = "The task is done (PLANNED → DONE), with an optional note; done already is 409")
	Inspection complete(@PathVariable UUID id, @RequestBody(required = false) CompleteForm form) {
		screening.completeInspection(id, form == null ? null : form.note());
		return screening.inspection(id);
	}

	/** @param note what the inspector wants on record, up to 1000 characters */
	record CompleteForm(String note) {
	}
}
