package org.pomegranate.evaluation.assessment.internal;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import org.pomegranate.evaluation.assessment.AssessmentModel.IndicatorForm;
import org.pomegranate.evaluation.assessment.AssessmentModel.SchemeForm;
import org.pomegranate.evaluation.survey.Texts;
import org.pomegranate.evaluation.survey.internal.SurveyRules;
import org.pomegranate.shared.web.InvalidInputException;

/** What an indicator scheme and a score must satisfy. */
public final class AssessmentRules {

	private AssessmentRules() {
	}

	/** Every indicator named, with evidence and a weight of 1 to 100; the weights sum to exactly 100. */
	public static void checkScheme(SchemeForm form) {
		Map<String, String> errors = new LinkedHashMap<>();
		text(errors, "name", form.name(), 200);
		if (form.indicators().isEmpty() || form.indicators().size() > 50) {
			errors.put("indicators", "error.assessment.indicators");
		}
		int sum = 0;
		for (int i = 0; i < form.indicators().size(); i++) {
			IndicatorForm indicator = form.indicators().get(i);
			String field = "indicators[" + i + "]";
			if (indicator == null) {
				errors.put(field, "error.required");
				continue;
			}
			text(errors, field + ".name", indicator.name(), 200);
			text(errors, field + ".evidence", indicator.evidence(), 500);
			if (indicator.weight() == null || indicator.weight() < 1 || indicator.weight() > 100) {
				errors.put(field + ".weight", "error.assessment.weight");
			}
			else {
				sum += indicator.weight();
			}
		}
		if (!errors.containsKey("indicators") && sum != 100 && errors.keySet().stream().noneMatch(k -> k.endsWith(".weight"))) {
			errors.put("indicators", "error.assessment.weightsSum");
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
	}

	/** A score between 0 and the indicator's weight, in steps of 0.5. */
	public static String scoreProblem(BigDecimal score, int weight) {
		if (score == null) {
			return "error.required";
		}
		if (score.signum() < 0 || score.compareTo(BigDecimal.valueOf(weight)) > 0
				|| score.multiply(BigDecimal.valueOf(2)).stripTrailingZeros().scale() > 0) {
			return "error.assessment.score";
		}
		return null;
	}

	/** A note or comment: at most 1000 characters, no control characters but line breaks. */
	public static String noteProblem(String note) {
		if (note == null) {
			return null;
		}
		if (note.length() > 1000) {
			return "error.tooLong";
		}
		return SurveyRules.hasControl(note, true) ? "error.evaluation.control" : null;
	}

	private static void text(Map<String, String> errors, String field, Texts texts, int max) {
		if (texts == null || texts.zh() == null) {
			errors.put(field + ".zh", "error.required");
			return;
		}
		for (String t : new String[] { texts.zh(), texts.en() }) {
			if (t != null && t.length() > max) {
				errors.put(field, "error.tooLong");
			}
			else if (t != null && SurveyRules.hasControl(t, false)) {
				errors.put(field, "error.evaluation.control");
			}
		}
	}
}
