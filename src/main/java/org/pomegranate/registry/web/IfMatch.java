package org.pomegranate.registry.web;

import org.pomegranate.shared.web.InvalidInputException;

/**
 * API clients name the version they edited with {@code If-Match: "7"} (the {@code version} of
 * the record they read); without the header the change is applied as it is.
 */
final class IfMatch {

	private IfMatch() {
	}

	static Integer version(String header) {
		if (header == null || header.isBlank()) {
			return null;
		}
		String digits = header.trim().replace("W/", "").replace("\"", "");
		if (!digits.matches("\\d{1,9}")) {
			throw new InvalidInputException("If-Match", "error.ifMatch");
		}
		return Integer.valueOf(digits);
	}
}
