package org.pomegranate.registry;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * The 18-character resident identity number of GB 11643-1999: 6 digits of region, 8 of birth date,
 * 3 of sequence and a check character computed with ISO 7064 MOD 11-2.
 */
public final class IdNumber {

	private static final int[] WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
	private static final char[] CHECK = { '1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2' };

	private IdNumber() {
	}

	/** True when the number has the right form, a real birth date and a matching check character. */
	public static boolean isValid(String id) {
		if (id == null || !id.matches("\\d{17}[\\dXx]")) {
			return false;
		}
		if (!hasValidBirthDate(id)) {
			return false;
		}
		return Character.toUpperCase(id.charAt(17)) == checkCharacter(id.substring(0, 17));
	}

	/** The check character for the first 17 digits. */
	public static char checkCharacter(String first17) {
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += (first17.charAt(i) - '0') * WEIGHTS[i];
		}
		return CHECK[sum % 11];
	}

	/** Upper-cases a trailing x so that equal numbers hash equally. */
	public static String normalize(String id) {
		return id == null ? null : id.trim().toUpperCase();
	}

	private static boolean hasValidBirthDate(String id) {
		try {
			LocalDate birth = LocalDate.of(Integer.parseInt(id.substring(6, 10)), Integer.parseInt(id.substring(10, 12)),
					Integer.parseInt(id.substring(12, 14)));
			return birth.getYear() >= 1900 && !birth.isAfter(LocalDate.now());
		}
		catch (DateTimeException e) {
			return false;
		}
	}
}
