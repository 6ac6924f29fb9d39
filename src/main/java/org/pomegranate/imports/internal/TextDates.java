package org.pomegranate.imports.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates typed as text the way Chinese offices write them: 2026-01-02, 2026/1/2, 2026.1.2,
 * 2026年1月2日, 20260102. Anything else, and days that do not exist, are refused.
 */
final class TextDates {

	private static final Pattern SEPARATED = Pattern
		.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?");
	private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");

	private TextDates() {
	}

	static Optional<LocalDate> parse(String text) {
		if (text == null) {
			return Optional.empty();
		}
		String t = text.trim();
		Matcher m = SEPARATED.matcher(t);
		if (!m.matches()) {
			m = COMPACT.matcher(t);
			if (!m.matches()) {
				return Optional.empty();
			}
		}
		try {
			LocalDate date = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
					Integer.parseInt(m.group(3)));
			return date.getYear() < 1900 || date.getYear() > 2100 ? Optional.empty() : Optional.of(date);
		}
		catch (DateTimeException e) {
			return Optional.empty();
		}
	}
}
