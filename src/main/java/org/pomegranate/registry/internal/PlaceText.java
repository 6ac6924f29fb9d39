package org.pomegranate.registry.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.pomegranate.shared.web.InvalidInputException;

/** Checks the names and addresses of places: required, trimmed, not too long, no control characters. */
public final class PlaceText {

	private PlaceText() {
	}

	public static Map<String, String> errors() {
		return new LinkedHashMap<>();
	}

	public static String required(String value, String field, int max, Map<String, String> errors) {
		String trimmed = value == null ? "" : value.strip();
		if (trimmed.isEmpty()) {
			errors.put(field, "error.place.required");
		}
		else if (trimmed.chars().anyMatch(c -> Character.getType(c) == Character.CONTROL)) {
			errors.put(field, "error.unit.control");
		}
		else if (trimmed.codePointCount(0, trimmed.length()) > max) {
			errors.put(field, "error.place.tooLong");
		}
		return trimmed;
	}

	public static void throwIfAny(Map<String, String> errors) {
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
	}
}
