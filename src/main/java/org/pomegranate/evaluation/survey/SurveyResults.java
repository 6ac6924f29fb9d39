package org.pomegranate.evaluation.survey;

import java.util.List;
import java.util.UUID;

/**
 * A survey's results as they may be published: every count under ten shows "< 10", counts hidden to
 * protect them show "*", and free texts appear only when the survey has at least ten answers.
 *
 * @param responses  the number of answers, or "< 10"
 * @param textsShown whether the free texts are shown
 * @param protecting whether some count is hidden only to protect a small one (pages explain "*")
 */
public record SurveyResults(UUID surveyId, Texts title, String responses, boolean textsShown, boolean protecting,
		List<CommunityRow> communities, List<QuestionResult> questions) {

	/** Answers per community, suppressed like any other count. */
	public record CommunityRow(UUID communityId, Texts name, String responses) {
	}

	/**
	 * One question: for choices and scales a table (communities × options, totals last) and the
	 * column totals for a chart; for free text the texts.
	 *
	 * @param chart the visible column totals, {@code null} where hidden
	 */
	public record QuestionResult(UUID questionId, int position, QuestionKind kind, Texts text, List<Texts> columns,
			List<Row> rows, List<String> totals, String grandTotal, List<Long> chart, List<String> texts) {
	}

	public record Row(UUID communityId, Texts community, List<String> cells, String total) {
	}
}
