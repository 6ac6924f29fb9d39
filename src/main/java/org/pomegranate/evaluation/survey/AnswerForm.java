package org.pomegranate.evaluation.survey;

import java.util.List;
import java.util.UUID;

/**
 * A resident's answers to one survey. A question left out is not answered (allowed unless required).
 *
 * @param answers one per question at most
 */
public record AnswerForm(List<Answer> answers) {

	public AnswerForm {
		answers = answers == null ? List.of() : List.copyOf(answers);
	}

	/**
	 * @param choices the option codes chosen (one for a single choice)
	 * @param scale   1 to 5 for a scale question
	 * @param text    the free text of a text question
	 */
	public record Answer(UUID questionId, List<String> choices, Integer scale, String text) {

		public Answer {
			choices = choices == null ? List.of() : List.copyOf(choices);
		}
	}
}
