package org.pomegranate.registry.web;

import org.pomegranate.shared.web.InvalidInputException;

/**
 * API clients name the version they edited with {@code If-Match: "7"}, the {@code ETag} of the
 * record they read; a record changed meanwhile answers 412. Without the header, or with
 * {@code *}, the change is applied as it is. Weak tags do not count for If-Match (RFC 9110).
 */
final class IfMatch {

	private IfMatch() {
	}

	static Integer version(String header) {
		if (header == null || header.isBlank()) {
			return null;
		}
		String tag = header.trim();
		if (tag.equals("*")) {
			return null;
		}
		String digits = tag.startsWith("\"") && tag.endsWith("\"") && tag.length() > 2
				? tag.substring(1, tag.length() - 1) : "";
		if (!digits.matches("\\d{1,9}")) {
			throw new InvalidInputException("If-Match", "error.ifMatch");
		}
		return Integer.valueOf(digits);
	}

	/** The strong entity tag of a record at this version. */
	static String etag(int version) {
		return "\"" + version + "\"";
	}
}
