package org.pomegranate.evaluation.survey;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.pomegranate.evaluation.survey.internal.SurveyRepository;
import org.pomegranate.organization.OrgUnit;
import org.pomegranate.organization.OrganizationManagement;
import org.pomegranate.shared.SmallCellSuppression;
import org.springframework.stereotype.Component;

/** Counts a survey's answers into tables (communities × options) and hides the small cells. */
@Component
class SurveyResultsBuilder {

	/** Free texts are quoted only from a survey with at least this many answers. */
	static final int TEXTS_FROM = SmallCellSuppression.THRESHOLD;

	private final SurveyRepository surveys;
	private final OrganizationManagement organization;

	SurveyResultsBuilder(SurveyRepository surveys, OrganizationManagement organization) {
		this.surveys = surveys;
		this.organization = organization;
	}

	SurveyResults build(Survey survey) {
		List<UUID> communities = survey.communityIds();
		List<Texts> names = communities.stream().map(this::name).toList();
		Map<UUID, Long> perCommunity = surveys.responsesByCommunity(survey.id());
		long[] responses = communities.stream().mapToLong(c -> perCommunity.getOrDefault(c, 0L)).toArray();
		SmallCellSuppression.Table responseTable = SmallCellSuppression.suppress(responses);
		long total = java.util.Arrays.stream(responses).sum();
		boolean textsShown = total >= TEXTS_FROM;
		boolean protecting = responseTable.hasProtecting();

		List<SurveyResults.CommunityRow> communityRows = new ArrayList<>();
		for (int i = 0; i < communities.size(); i++) {
			communityRows.add(new SurveyResults.CommunityRow(communities.get(i), names.get(i), responseTable.shown(0, i)));
		}
		Map<UUID, List<SurveyRepository.Count>> counts = surveys.counts(survey.id()).stream()
			.collect(Collectors.groupingBy(SurveyRepository.Count::questionId));
		List<SurveyResults.QuestionResult> questions = new ArrayList<>();
		for (Survey.Question q : survey.questions()) {
			if (q.kind() == QuestionKind.TEXT) {
				questions.add(new SurveyResults.QuestionResult(q.id(), q.position(), q.kind(), q.text(), List.of(),
						List.of(), List.of(), null, List.of(), textsShown ? surveys.texts(q.id()) : List.of()));
				continue;
			}
			List<String> values = q.kind() == QuestionKind.SCALE ? List.of("1", "2", "3", "4", "5")
					: q.options().stream().map(Survey.Option::code).toList();
			List<Texts> columns = q.kind() == QuestionKind.SCALE ? values.stream().map(Texts::zh).toList()
					: q.options().stream().map(Survey.Option::text).toList();
			long[][] cells = new long[communities.size()][values.size()];
			for (SurveyRepository.Count c : counts.getOrDefault(q.id(), List.of())) {
				int row = communities.indexOf(c.communityId());
				int col = values.indexOf(c.value());
				if (row >= 0 && col >= 0) {
					cells[row][col] = c.n();
				}
			}
			SmallCellSuppression.Table table = SmallCellSuppression.suppress(cells);
			protecting |= table.hasProtecting();
			List<SurveyResults.Row> rows = new ArrayList<>();
			for (int i = 0; i < communities.size(); i++) {
				int r = i;
				rows.add(new SurveyResults.Row(communities.get(i), names.get(i),
						IntStream.range(0, values.size()).mapToObj(j -> table.shown(r, j)).toList(), table.rowTotal(i)));
			}
			List<String> totals = IntStream.range(0, values.size()).mapToObj(table::columnTotal).toList();
			List<Long> chart = IntStream.range(0, values.size()).mapToObj(j -> table.visible(table.rows(), j)).toList();
			questions.add(new SurveyResults.QuestionResult(q.id(), q.position(), q.kind(), q.text(), columns, rows,
					totals, table.grandTotal(), chart, List.of()));
		}
		return new SurveyResults(survey.id(), survey.title(), responseTable.rowTotal(0), textsShown, protecting,
				communityRows, questions);
	}

	private Texts name(UUID community) {
		return organization.find(community).map(SurveyResultsBuilder::texts).orElse(Texts.zh("?"));
	}

	private static Texts texts(OrgUnit unit) {
		return new Texts(unit.nameZh(), unit.nameEn(), null, null);
	}
}
