package org.pomegranate.evaluation.survey.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.pomegranate.evaluation.survey.AnswerForm;
import org.pomegranate.evaluation.survey.Survey;
import org.pomegranate.evaluation.survey.Texts;
import org.pomegranate.shared.web.InvalidInputException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.util.MultiValueMap;

/** Reads the survey pages' form fields into the service's records, and words the service's errors for a page. */
final class SurveyFormParams {

	private SurveyFormParams() {
	}

	/** One answer per question the resident touched: fields named {@code q-<question id>}. */
	static AnswerForm answers(Survey survey, MultiValueMap<String, String> params) {
		List<AnswerForm.Answer> answers = new ArrayList<>();
		for (Survey.Question q : survey.questions()) {
			List<String> values = params.getOrDefault("q-" + q.id(), List.of()).stream().filter(v -> !v.isBlank())
				.toList();
			if (values.isEmpty()) {
				continue;
			}
			answers.add(switch (q.kind()) {
				case SINGLE, MULTIPLE -> new AnswerForm.Answer(q.id(), values, null, null);
				case SCALE -> new AnswerForm.Answer(q.id(), List.of(), scale(values.get(0)), null);
				case TEXT -> new AnswerForm.Answer(q.id(), List.of(), null, values.get(0));
			});
		}
		return new AnswerForm(answers);
	}

	private static Integer scale(String value) {
		try {
			return Integer.valueOf(value.strip());
		}
		catch (NumberFormatException e) {
			return 0;
		}
	}

	/** Options typed one per line, the languages separated by "|": 中文 | English | བོད་ཡིག | ᠮᠣᠩᠭᠣᠯ. */
	static List<Texts> options(String lines) {
		List<Texts> options = new ArrayList<>();
		for (String line : (lines == null ? "" : lines).split("\\R")) {
			if (line.isBlank()) {
				continue;
			}
			String[] parts = line.split("\\|", -1);
			options.add(new Texts(part(parts, 0), part(parts, 1), part(parts, 2), part(parts, 3)));
		}
		return options;
	}

	private static String part(String[] parts, int i) {
		return i < parts.length ? parts[i] : null;
	}

	/** The errors as sentences for the top of a form. */
	static List<String> sentences(InvalidInputException e, MessageSource messages) {
		List<String> out = new ArrayList<>();
		for (Map.Entry<String, String> f : e.fieldErrors().entrySet()) {
			out.add(messages.getMessage(f.getValue(), null, f.getValue(), LocaleContextHolder.getLocale()));
		}
		return out.stream().distinct().toList();
	}
}
