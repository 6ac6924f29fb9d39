package org.pomegranate.safety;

import java.util.List;
import java.util.UUID;

import org.pomegranate.identity.Scope;
import org.pomegranate.registry.Slice;
import org.pomegranate.safety.SafetyModel.CloseForm;
import org.pomegranate.safety.SafetyModel.Finding;
import org.pomegranate.safety.SafetyModel.FindingForm;
import org.pomegranate.safety.SafetyModel.FindingStatus;
import org.pomegranate.safety.SafetyModel.InspectionStatus;
import org.pomegranate.safety.SafetyModel.RectifyForm;
import org.pomegranate.safety.SafetyModel.ReinspectForm;
import org.pomegranate.safety.SafetyModel.Severity;
import org.pomegranate.safety.internal.CampaignRepository;
import org.pomegranate.safety.internal.FindingRepository;
import org.pomegranate.servicedesk.AttachmentFile;
import org.pomegranate.servicedesk.PhotoCheck;
import org.pomegranate.servicedesk.Upload;
import org.pomegranate.shared.web.InvalidInputException;
import org.pomegranate.shared.web.NotFoundException;
import org.pomegranate.shared.web.RuleViolationException;
import org.pomegranate.shared.web.TextInput;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Findings and their rectification: OPEN → RECTIFYING (a responsible party and a deadline set by
 * severity) → REINSPECTED (passed; a failed re-inspection sets a fresh deadline) → CLOSED (only on
 * evidence: a note and/or a photo). A step out of turn is 409; every act is one transaction, so a
 * refused one writes nothing, photos included.
 */
@Service
@Transactional
public class Findings {

	static final String FINDING_PHOTO = "FINDING";
	static final String EVIDENCE_PHOTO = "EVIDENCE";

	private final FindingRepository findings;
	private final CampaignRepository campaigns;
	private final SafetyAccess access;
	private final SafetyScreening screening;

	Findings(FindingRepository findings, CampaignRepository campaigns, SafetyAccess access,
			SafetyScreening screening) {
		this.findings = findings;
		this.campaigns = campaigns;
		this.access = access;
		this.screening = screening;
	}

	/** A hazard found on a task not yet done, against an item of the campaign's checklist, with photos. */
	public UUID record(UUID inspectionId, FindingForm form, List<Upload> photos) {
		Scope scope = access.work();
		var inspection = campaigns.inspection(inspectionId, scope.asArray())
			.orElseThrow(() -> new NotFoundException("inspection"));
		UUID item = TextInput.present("checklistItemId", form.checklistItemId());
		if (campaigns.checklist(inspection.campaignId()).stream().noneMatch(i -> i.id().equals(item))) {
			throw new InvalidInputException("checklistItemId", "error.safety.unknownItem");
		}
		Severity severity = TextInput.present("severity", form.severity());
		String description = TextInput.required("description", form.description(), 1000);
		List<AttachmentFile> files = PhotoCheck.check(photos == null ? List.of() : photos, 0);
		// the task is locked, so a finding cannot slip in while it is being marked done
		if (campaigns.lockStatus(inspectionId).orElseThrow() != InspectionStatus.PLANNED) {
			throw new RuleViolationException("error.safety.inspection.done");
		}
		UUID id = UUID.randomUUID();
		String by = access.user().username();
		findings.insert(id, inspectionId, item, severity, description, by, screening.now());
		findings.event(id, screening.now(), "RECORDED", by, null);
		files.forEach(f -> findings.insertPhoto(id, FINDING_PHOTO, f, by, screening.now()));
		return id;
	}

	@Transactional(readOnly = true)
	public Finding finding(UUID id) {
		Finding finding = visible(id, access.read());
		return finding.withDetails(findings.photos(id), findings.history(id));
	}

	@Transactional(readOnly = true)
	public Slice<Finding> findings(UUID campaignId, FindingStatus status, Severity severity, boolean overdueOnly,
			UUID after, int size) {
		int limit = Paging.limit(size);
		return Paging.slice(findings.list(access.read().asArray(), campaignId, status, severity, overdueOnly, after,
				limit + 1, screening.now()), limit, Finding::id);
	}

	/** OPEN → RECTIFYING: who fixes it, by a deadline that follows from the severity. */
	public void rectify(UUID id, RectifyForm form) {
		Finding finding = visible(id, access.work());
		String party = TextInput.required("responsibleParty", form.responsibleParty(), 100);
		var deadline = screening.now().plus(finding.severity().rectifyWithin());
		if (!findings.rectify(id, party, deadline)) {
			throw new RuleViolationException("error.safety.finding.state");
		}
		findings.event(id, screening.now(), "RECTIFY", access.user().username(), party);
	}

	/** RECTIFYING → REINSPECTED when the hazard is gone; otherwise it stays, with a fresh deadline. */
	public void reinspect(UUID id, ReinspectForm form) {
		Finding finding = visible(id, access.work());
		boolean passed = TextInput.present("passed", form.passed());
		String note = TextInput.optional("note", form.note(), 1000);
		boolean moved = passed ? findings.passed(id, screening.now())
				: findings.failed(id, screening.now().plus(finding.severity().rectifyWithin()));
		if (!moved) {
			throw new RuleViolationException("error.safety.finding.state");
		}
		findings.event(id, screening.now(), passed ? "REINSPECT_PASSED" : "REINSPECT_FAILED", access.user().username(),
				note);
	}

	/**
	 * REINSPECTED → CLOSED on evidence: a note, photos sent now, or evidence photos sent before. No
	 * evidence is 400 on the field {@code evidence}, out of turn 409; nothing is written either way.
	 */
	public void close(UUID id, CloseForm form, List<Upload> photos) {
		Finding finding = visible(id, access.work());
		String note = TextInput.optional("evidenceNote", form.evidenceNote(), 1000);
		if (finding.status() != FindingStatus.REINSPECTED) {
			throw new RuleViolationException("error.safety.finding.state");
		}
		List<SafetyModel.Photo> stored = findings.photos(id);
		List<AttachmentFile> files = PhotoCheck.check(photos == null ? List.of() : photos,
				(int) stored.stream().filter(p -> p.purpose().equals(EVIDENCE_PHOTO)).count());
		boolean evidence = note != null || !files.isEmpty()
				|| stored.stream().anyMatch(p -> p.purpose().equals(EVIDENCE_PHOTO));
		if (!evidence) {
			throw new InvalidInputException("evidence", "error.safety.evidence");
		}
		String by = access.user().username();
		if (!findings.close(id, note, screening.now())) {
			throw new RuleViolationException("error.safety.finding.state");
		}
		files.forEach(f -> findings.insertPhoto(id, EVIDENCE_PHOTO, f, by, screening.now()));
		findings.event(id, screening.now(), "CLOSE", by, note);
	}

	/** Adds photos to an unclosed finding: of the hazard, or evidence of its rectification. */
	public void addPhotos(UUID id, boolean evidence, List<Upload> photos) {
		Finding finding = visible(id, access.work());
		if (finding.status() == FindingStatus.CLOSED) {
			throw new RuleViolationException("error.safety.finding.state");
		}
		String purpose = evidence ? EVIDENCE_PHOTO : FINDING_PHOTO;
		List<AttachmentFile> files = PhotoCheck.check(photos == null ? List.of() : photos,
				(int) findings.photos(id).stream().filter(p -> p.purpose().equals(purpose)).count());
		if (files.isEmpty()) {
			throw new InvalidInputException("attachments", "error.required");
		}
		String by = access.user().username();
		files.forEach(f -> findings.insertPhoto(id, purpose, f, by, screening.now()));
	}

	@Transactional(readOnly = true)
	public AttachmentFile photo(UUID findingId, UUID photoId) {
		visible(findingId, access.read());
		return findings.photo(findingId, photoId).orElseThrow(() -> new NotFoundException("photo"));
	}

	private Finding visible(UUID id, Scope scope) {
		return findings.find(id, scope.asArray(), screening.now()).orElseThrow(() -> new NotFoundException("finding"));
	}
}
