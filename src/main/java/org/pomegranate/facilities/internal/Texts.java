package org.pomegranate.facilities.internal;

import org.pomegranate.shared.web.ControlCharacters;
import org.pomegranate.shared.web.InvalidInputException;

/** The checks every text field of this module passes: trimmed, present when required, bounded, no control characters. */
public final class Texts {

	private Texts() {
	}

	public static String required(String field, String value, int max) {
		String text = optional(field, value, max);
		if (text == null) {
			throw new InvalidInputException(field, "error.required");
		}
		return text;
	}

	/** The trimmed text, or {@code null} when blank. */
	public static String optional(String field, String value, int max) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String text = value.strip();
		if (text.length() > max) {
			throw new InvalidInputException(field, "error.tooLong");
		}
		return ControlCharacters.check(field, text);
	}
}
