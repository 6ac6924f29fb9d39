package org.pomegranate.privacy;

/** How sensitive values look wherever they are shown without a logged reveal. */
public final class Masking {

	private Masking() {
	}

	/**
	 * {@code 632802199001011234} becomes {@code 63****************}: only the province shows.
	 * <p>
	 * Why so little: staff see the birth year and the gender beside the mask. An 18-character
	 * number is 6 digits of region, 8 of birth date, 3 of sequence (odd for men, even for women)
	 * and a check character. With the province shown there remain 10<sup>4</sup> region digits ×
	 * the days of the birth year × 500 sequences of the right parity, the check character then
	 * being fixed: at least 5 million numbers even for a baby born today. Even an attacker who
	 * guesses the county from the address keeps 365 × 500 = 182,500 candidates for a birth year in
	 * the past. Showing the last character too would divide by 11; showing the full birth date
	 * (as the old mask did, beside 4 + 4 characters) left 9.
	 */
	public static String idNumber(String id) {
		return keepEnds(id, 2, 0);
	}

	/** {@code 13812345678} becomes {@code 138****5678}. */
	public static String phone(String phone) {
		return keepEnds(phone, 3, 4);
	}

	/**
	 * {@code 索南才让} becomes {@code 索***}: the first character and a star for each other one, so staff
	 * can tell people apart on a list without reading their names whole.
	 */
	public static String name(String name) {
		if (name == null || name.isEmpty()) {
			return "";
		}
		int first = name.offsetByCodePoints(0, 1);
		return name.substring(0, first) + "*".repeat(Math.max(1, name.codePointCount(first, name.length())));
	}

	private static String keepEnds(String value, int head, int tail) {
		if (value == null || value.isEmpty()) {
			return "";
		}
		if (value.length() <= head + tail) {
			return "*".repeat(value.length());
		}
		return value.substring(0, head) + "*".repeat(value.length() - head - tail)
				+ value.substring(value.length() - tail);
	}
}
