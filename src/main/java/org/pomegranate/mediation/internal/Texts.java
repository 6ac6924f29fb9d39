package org.pomegranate.mediation.internal;

import java.time.Instant;
import java.time.LocalDate;

import org.pomegranate.shared.web.ControlCharacters;
import org.pomegranate.shared.web.InvalidInputException;

/** The checks every text and date of a case goes through, each failure naming its field. */
public final class Texts {

	private Texts() {
	}

	/** Trimmed, required, at most {@code max} characters, no control characters. */
	public static String required(String field, String text, int max) {
		String value = optional(field, text, max);
		if (value == null) {
			throw new InvalidInputException(field, "error.required");
		}
		return value;
	}

	/** Trimmed, {@code null} when blank, at most {@code max} characters, no control characters. */
	public static String optional(String field, String text, int max) {
		if (text == null || text.isBlank()) {
			return null;
		}
		ControlCharacters.check(field, text);
		String value = text.strip();
		if (value.length() > max) {
			throw new InvalidInputException(field, "error.tooLong");
		}
		return value;
	}

	/** A day something happened: given, not after today, not before {@code earliest}. */
	public static LocalDate pastDay(String field, LocalDate day, Instant earliest, Instant now) {
		if (day == null) {
			throw new InvalidInputException(field, "error.required");
		}
		if (day.isAfter(LocalDate.ofInstant(now, CaseRepository.ZONE))) {
			throw new InvalidInputException(field, "error.date.future");
		}
		if (earliest != null && day.isBefore(LocalDate.ofInstant(earliest, CaseRepository.ZONE))) {
			throw new InvalidInputException(field, "error.mediation.date.beforeCase");
		}
		return day;
	}
}
