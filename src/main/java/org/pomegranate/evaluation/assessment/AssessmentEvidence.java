package org.pomegranate.evaluation.assessment;

import java.time.Clock;
import java.util.UUID;

import org.pomegranate.evaluation.assessment.internal.AssessmentRepository;
import org.pomegranate.evaluation.assessment.internal.EvidenceCheck;
import org.pomegranate.identity.IdentityManagement;
import org.pomegranate.shared.web.InvalidInputException;
import org.springframework.stereotype.Component;

/** The checks and the storing of an assessment's evidence: files judged by content, links to the community's requests. */
@Component
class AssessmentEvidence {

	private final AssessmentRepository repository;
	private final IdentityManagement identity;
	private final Clock clock;

	AssessmentEvidence(AssessmentRepository repository, IdentityManagement identity, Clock clock) {
		this.repository = repository;
		this.identity = identity;
		this.clock = clock;
	}

	void checkFile(byte[] content) {
		if (content == null || content.length == 0) {
			throw new InvalidInputException("file", "error.required");
		}
		if (content.length > EvidenceCheck.MAX_BYTES) {
			throw new InvalidInputException("file", "error.attachment.size");
		}
		if (EvidenceCheck.sniff(content).isEmpty()) {
			throw new InvalidInputException("file", "error.assessment.fileType");
		}
	}

	void checkRequest(String number, UUID communityId) {
		if (number == null || !number.strip().matches("[A-Z]{2}-\\d{4}-\\d{6,12}")
				|| !repository.requestOfCommunity(number.strip(), communityId)) {
			throw new InvalidInputException("requestNumber", "error.assessment.unknownRequest");
		}
	}

	void checkRoom(UUID assessmentId, UUID indicatorId) {
		if (repository.evidenceCount(assessmentId, indicatorId) >= EvidenceCheck.MAX_PER_INDICATOR) {
			throw new InvalidInputException("indicatorId", "error.assessment.evidenceCount");
		}
	}

	void storeFile(UUID assessmentId, UUID indicatorId, String name, byte[] content) {
		repository.addFile(assessmentId, indicatorId, EvidenceCheck.safeName(name), EvidenceCheck.sniff(content).orElseThrow(),
				content, identity.currentUser().accountId(), clock.instant());
	}

	void storeLink(UUID assessmentId, UUID indicatorId, String number) {
		repository.addLink(assessmentId, indicatorId, number, identity.currentUser().accountId(), clock.instant());
	}
}
