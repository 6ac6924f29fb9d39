package org.pomegranate.servicedesk.internal;

/**
 * The number a resident quotes on the phone: prefix, year of submission and a running number of at
 * least six digits, e.g. {@code HX-2026-000123}. The running number grows past six digits rather
 * than being cut, so numbers stay unique however many requests come in.
 */
public final class RequestNumber {

	/** What every number looks like. */
	public static final String PATTERN = "[A-Z]{1,8}-\\d{4}-\\d{6,}";

	private RequestNumber() {
	}

	public static String format(String prefix, int year, long sequence) {
		return prefix + "-" + year + "-" + String.format("%06d", sequence);
	}
}
