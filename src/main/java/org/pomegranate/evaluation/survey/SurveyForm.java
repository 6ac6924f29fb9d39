package org.pomegranate.evaluation.survey;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A questionnaire as staff write it: the title, the period it is open (days in Asia/Shanghai, both
 * included), the communities it goes to and the questions in order.
 */
public record SurveyForm(Texts title, LocalDate opensOn, LocalDate closesOn, List<UUID> communityIds,
		List<QuestionForm> questions) {

	public SurveyForm {
		communityIds = communityIds == null ? List.of() : List.copyOf(communityIds);
		questions = questions == null ? List.of() : List.copyOf(questions);
	}

	/** One question: its kind, whether it must be answered, its text and (for choices) the options in order. */
	public record QuestionForm(QuestionKind kind, boolean required, Texts text, List<Texts> options) {

		public QuestionForm {
			options = options == null ? List.of() : List.copyOf(options);
		}
	}
}
