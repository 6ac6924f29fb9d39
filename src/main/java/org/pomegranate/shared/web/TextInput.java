package org.pomegranate.shared.web;

/**
 * The checks every typed text goes through before it is stored: trimmed, within its length, free of
 * control characters; each refusal names the field with a translated message key
 * ({@code error.required}, {@code error.tooLong}, {@link ControlCharacters#MESSAGE}).
 */
public final class TextInput {

	private TextInput() {
	}

	/** The stripped text; refused when blank, longer than {@code max} or holding control characters. */
	public static String required(String field, String value, int max) {
		String text = optional(field, value, max);
		if (text == null) {
			throw new InvalidInputException(field, "error.required");
		}
		return text;
	}

	/** The stripped text, or {@code null} when blank; refused when too long or holding control characters. */
	public static String optional(String field, String value, int max) {
		if (value == null) {
			return null;
		}
		ControlCharacters.check(field, value);
		String text = value.strip();
		if (text.isEmpty()) {
			return null;
		}
		if (text.codePointCount(0, text.length()) > max) {
			throw new InvalidInputException(field, "error.tooLong");
		}
		return text;
	}

	/** A value that must be given (an enum, a date, an id). */
	public static <T> T present(String field, T value) {
		if (value == null) {
			throw new InvalidInputException(field, "error.required");
		}
		return value;
	}
}
