package org.pomegranate.shared.web;

/**
 * Text typed by people holds no control characters but line breaks and tabs. A NUL, an escape or a
 * C1 control in a name or a note is either a mistake or an attack on whatever reads the text later
 * (PostgreSQL refuses NUL outright), so every text field refuses them with a field error
 * ({@code error.controlCharacters}) on pages and on the API alike.
 */
public final class ControlCharacters {

	/** The message key of the field error. */
	public static final String MESSAGE = "error.controlCharacters";

	private ControlCharacters() {
	}

	/** Whether the text holds a control character other than tab, line feed or carriage return. */
	public static boolean present(CharSequence text) {
		if (text == null) {
			return false;
		}
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\t' || c == '\n' || c == '\r') {
				continue;
			}
			if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The fields of a bound page form that the binder refused for their control characters, as field
	 * name to message key: for forms that word their own errors instead of showing the binding's.
	 */
	public static java.util.Map<String, String> refusedFields(org.springframework.validation.BindingResult binding) {
		java.util.Map<String, String> refused = new java.util.LinkedHashMap<>();
		binding.getFieldErrors().stream()
			.filter(f -> f.isBindingFailure() && f.getRejectedValue() instanceof String v && present(v))
			.forEach(f -> refused.put(f.getField(), MESSAGE));
		return refused;
	}

	/**
	 * @throws InvalidInputException naming the field when the text holds a control character
	 */
	public static String check(String field, String text) {
		if (present(text)) {
			throw new InvalidInputException(field, MESSAGE);
		}
		return text;
	}
}
