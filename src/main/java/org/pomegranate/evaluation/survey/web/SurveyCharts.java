package org.pomegranate.evaluation.survey.web;

import java.util.List;
import java.util.Locale;

import org.pomegranate.evaluation.survey.QuestionKind;
import org.pomegranate.evaluation.survey.SurveyResults;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** The data of a result chart as JSON for the page's data attributes (the CSP allows no inline script). */
@Component("surveyCharts")
class SurveyCharts {

	private final JsonMapper json;
	private final MessageSource messages;

	SurveyCharts(JsonMapper json, MessageSource messages) {
		this.json = json;
		this.messages = messages;
	}

	public String labels(SurveyResults.QuestionResult q, Locale locale) {
		List<String> labels = q.columns().stream()
			.map(c -> q.kind() == QuestionKind.SCALE ? messages.getMessage("survey.scale." + c.zh(), null, locale)
					: c.in(locale))
			.toList();
		return json.writeValueAsString(labels);
	}

	public String values(SurveyResults.QuestionResult q) {
		return json.writeValueAsString(q.chart());
	}
}
