package org.pomegranate.evaluation.survey.internal;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.pomegranate.evaluation.survey.AnswerForm;
import org.pomegranate.evaluation.survey.QuestionKind;
import org.pomegranate.evaluation.survey.Survey;
import org.pomegranate.evaluation.survey.SurveyForm;
import org.pomegranate.evaluation.survey.Texts;
import org.pomegranate.shared.web.InvalidInputException;

/**
 * What a questionnaire and a set of answers must satisfy. Every problem is collected with the field
 * it concerns (e.g. {@code questions[2].options}), so the caller hears all of them at once.
 */
public final class SurveyRules {

	static final int MAX_QUESTIONS = 40;
	static final int MAX_OPTIONS = 12;
	static final int MAX_FREE_TEXT = 500;

	private SurveyRules() {
	}

	public static void checkForm(SurveyForm form) {
		Map<String, String> errors = new LinkedHashMap<>();
		checkTexts(errors, "title", form.title(), 200);
		if (form.opensOn() == null) {
			errors.put("opensOn", "error.required");
		}
		if (form.closesOn() == null) {
			errors.put("closesOn", "error.required");
		}
		if (form.opensOn() != null && form.closesOn() != null && form.closesOn().isBefore(form.opensOn())) {
			errors.put("closesOn", "error.survey.period");
		}
		if (form.communityIds().stream().anyMatch(java.util.Objects::isNull)
				|| new HashSet<>(form.communityIds()).size() != form.communityIds().size()) {
			errors.put("communityIds", "error.survey.communities");
		}
		if (form.questions().size() > MAX_QUESTIONS) {
			errors.put("questions", "error.survey.tooManyQuestions");
		}
		for (int i = 0; i < form.questions().size(); i++) {
			SurveyForm.QuestionForm q = form.questions().get(i);
			String field = "questions[" + i + "]";
			if (q == null || q.kind() == null) {
				errors.put(field + ".kind", "error.required");
				continue;
			}
			checkTexts(errors, field + ".text", q.text(), 300);
			if (q.kind().hasOptions()) {
				if (q.options().size() < 2 || q.options().size() > MAX_OPTIONS) {
					errors.put(field + ".options", "error.survey.options");
				}
				for (int o = 0; o < q.options().size(); o++) {
					checkTexts(errors, field + ".options[" + o + "]", q.options().get(o), 100);
				}
			}
			else if (!q.options().isEmpty()) {
				errors.put(field + ".options", "error.survey.noOptions");
			}
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
	}

	/** Before publication: something to ask and somewhere to ask it. */
	public static void checkPublishable(Survey survey) {
		Map<String, String> errors = new LinkedHashMap<>();
		if (survey.questions().isEmpty()) {
			errors.put("questions", "error.survey.noQuestions");
		}
		if (survey.communityIds().isEmpty()) {
			errors.put("communityIds", "error.survey.noCommunities");
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
	}

	public static void checkAnswers(Survey survey, AnswerForm form) {
		Map<String, String> errors = new LinkedHashMap<>();
		Map<UUID, Survey.Question> questions = new LinkedHashMap<>();
		survey.questions().forEach(q -> questions.put(q.id(), q));
		Set<UUID> answered = new HashSet<>();
		for (int i = 0; i < form.answers().size(); i++) {
			AnswerForm.Answer a = form.answers().get(i);
			String field = "answers[" + i + "]";
			Survey.Question q = a == null ? null : questions.get(a.questionId());
			if (q == null) {
				errors.put(field + ".questionId", "error.survey.unknownQuestion");
				continue;
			}
			if (!answered.add(q.id())) {
				errors.put(field + ".questionId", "error.survey.answeredTwice");
				continue;
			}
			String problem = problem(q, a);
			if (problem != null) {
				errors.put(field, problem);
			}
		}
		for (Survey.Question q : survey.questions()) {
			if (q.required() && !answered.contains(q.id())) {
				errors.put("question." + q.position(), "error.survey.requiredQuestion");
			}
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
	}

	/** An answer is exactly one kind of value, fitting the question. */
	private static String problem(Survey.Question q, AnswerForm.Answer a) {
		boolean hasText = a.text() != null && !a.text().isBlank();
		Set<String> codes = new HashSet<>();
		q.options().forEach(o -> codes.add(o.code()));
		return switch (q.kind()) {
			case SINGLE -> a.choices().size() != 1 || a.scale() != null || hasText ? "error.survey.oneChoice"
					: codes.containsAll(a.choices()) ? null : "error.survey.notAnOption";
			case MULTIPLE -> a.choices().isEmpty() || a.scale() != null || hasText ? "error.survey.someChoices"
					: !codes.containsAll(a.choices()) ? "error.survey.notAnOption"
					: new HashSet<>(a.choices()).size() != a.choices().size() ? "error.survey.notAnOption" : null;
			case SCALE -> a.scale() == null || a.scale() < 1 || a.scale() > 5 || !a.choices().isEmpty() || hasText
					? "error.survey.scale" : null;
			case TEXT -> !hasText || !a.choices().isEmpty() || a.scale() != null ? "error.required"
					: a.text().strip().length() > MAX_FREE_TEXT ? "error.survey.textTooLong"
					: hasControl(a.text(), true) ? "error.evaluation.control" : null;
		};
	}

	private static void checkTexts(Map<String, String> errors, String field, Texts texts, int max) {
		if (texts == null || texts.zh() == null) {
			errors.put(field + ".zh", "error.required");
			return;
		}
		List<String[]> all = List.of(new String[] { "zh", texts.zh() }, new String[] { "en", texts.en() },
				new String[] { "bo", texts.bo() }, new String[] { "mn", texts.mn() });
		for (String[] t : all) {
			if (t[1] == null) {
				continue;
			}
			if (t[1].length() > max) {
				errors.put(field + "." + t[0], "error.tooLong");
			}
			else if (hasControl(t[1], false)) {
				errors.put(field + "." + t[0], "error.evaluation.control");
			}
		}
	}

	/**
	 * Control characters and bidirectional overrides (which make a text read differently from what is
	 * stored) are refused; line breaks only where a text may have lines. Mongolian's own format
	 * characters stay allowed.
	 */
	public static boolean hasControl(String s, boolean linesAllowed) {
		return s.codePoints().anyMatch(c -> Character.isISOControl(c) && !(linesAllowed && (c == '\n' || c == '\r'))
				|| (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069));
	}
}
