package org.pomegranate.shared.web;

import java.util.Map;

/**
 * Input that passed type checks but breaks a business rule (bad ID checksum, unknown id in a
 * reference). Carries message keys, translated at the edge into the caller's language.
 *
 * @param fieldErrors field name to message key
 */
public class InvalidInputException extends RuntimeException {

	private final Map<String, String> fieldErrors;

	public InvalidInputException(String field, String messageKey) {
		this(Map.of(field, messageKey));
	}

	public InvalidInputException(Map<String, String> fieldErrors) {
		super("invalid input: " + fieldErrors);
		this.fieldErrors = Map.copyOf(fieldErrors);
	}

	public Map<String, String> fieldErrors() {
		return fieldErrors;
	}
}
