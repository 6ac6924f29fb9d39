package org.pomegranate.imports.internal;

/** Small text rules shared by the import checks. */
final class Texts {

	private Texts() {
	}

	/**
	 * Control characters (tabs, line breaks, NUL …) and the bidirectional overrides that can make
	 * a name display differently from what it is. Joiners used by Tibetan and Mongolian stay allowed.
	 */
	static boolean hasControlCharacter(String value) {
		return value.codePoints().anyMatch(c -> Character.getType(c) == Character.CONTROL
				|| (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069));
	}

	/** A mainland mobile number, spaces and dashes as people type them removed; {@code null} when it is not one. */
	static String mobile(String value) {
		String digits = value.replace(" ", "").replace("-", "");
		return digits.matches("1\\d{10}") ? digits : null;
	}
}
