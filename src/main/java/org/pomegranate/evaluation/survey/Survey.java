package org.pomegranate.evaluation.survey;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A questionnaire as stored: a draft that can still change, or published and fixed. */
public record Survey(UUID id, UUID ownerUnitId, Texts title, LocalDate opensOn, LocalDate closesOn, Status status,
		List<UUID> communityIds, List<Question> questions, int version) {

	public enum Status {
		DRAFT, PUBLISHED
	}

	public boolean isOpenOn(LocalDate day) {
		return status == Status.PUBLISHED && !day.isBefore(opensOn) && !day.isAfter(closesOn);
	}

	/** A question with the codes its answers use for the options. */
	public record Question(UUID id, int position, QuestionKind kind, boolean required, Texts text,
			List<Option> options) {
	}

	/** An option and the code stored with every answer that chose it. */
	public record Option(String code, Texts text) {
	}
}
