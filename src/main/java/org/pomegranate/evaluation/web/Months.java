package org.pomegranate.evaluation.web;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

import org.pomegranate.shared.web.InvalidInputException;

/** Months as the API and the pages write them: {@code 2026-11}. Anything else is a 400 naming the field. */
final class Months {

	private static final Pattern FORM = Pattern.compile("\\d{4}-\\d{2}");

	private Months() {
	}

	static YearMonth parse(String field, String text, YearMonth fallback) {
		if (text == null || text.isBlank()) {
			if (fallback == null) {
				throw new InvalidInputException(field, "error.required");
			}
			return fallback;
		}
		if (!FORM.matcher(text).matches()) {
			throw new InvalidInputException(field, "error.evaluation.month");
		}
		try {
			YearMonth month = YearMonth.parse(text);
			if (month.getYear() < 2000) {
				throw new InvalidInputException(field, "error.evaluation.month");
			}
			return month;
		}
		catch (DateTimeParseException e) {
			throw new InvalidInputException(field, "error.evaluation.month");
		}
	}
}
