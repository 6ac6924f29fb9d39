package org.pomegranate.volunteers.internal;

import org.pomegranate.shared.web.ControlCharacters;
import org.pomegranate.shared.web.InvalidInputException;

/** Checks of typed texts: trimmed, within their length, no control characters. */
public final class Texts {

	private Texts() {
	}

	/** The trimmed text, or {@code null} when blank and optional. */
	public static String check(String field, String value, int max, boolean required) {
		String text = value == null ? "" : value.strip();
		if (text.isEmpty()) {
			if (required) {
				throw new InvalidInputException(field, "error.required");
			}
			return null;
		}
		if (text.length() > max) {
			throw new InvalidInputException(field, "error.tooLong");
		}
		return ControlCharacters.check(field, text);
	}
}
