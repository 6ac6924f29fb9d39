package org.pomegranate.registry;

import java.time.LocalDate;

/**
 * Counts the ID numbers that fit what a viewer can see of one: the masked number (a {@code *} per
 * hidden character), the birth date or only its year, the gender (the parity of the 17th digit)
 * and a valid check character. Exact, by dynamic programming over the weighted sum modulo 11:
 * the region and sequence digits are independent of the date, so their sums are counted once and
 * combined with each possible birth date.
 */
public final class IdCandidates {

	private static final int[] WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
	private static final char[] CHECK = { '1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2' };

	private IdCandidates() {
	}

	/**
	 * @param mask      18 characters, {@code *} where hidden
	 * @param birthDate the full date if the viewer can see it, else {@code null}
	 * @param birthYear the year the viewer sees (used when the date is not seen)
	 * @param male      the gender the viewer sees
	 * @param today     no one is born after today
	 */
	public static long count(String mask, LocalDate birthDate, int birthYear, boolean male, LocalDate today) {
		if (mask.length() != 18) {
			throw new IllegalArgumentException("not a masked ID number: " + mask);
		}
		long[] others = new long[11];
		others[0] = 1;
		for (int i : new int[] { 0, 1, 2, 3, 4, 5, 14, 15, 16 }) {
			others = step(others, i, mask.charAt(i), i == 16 ? (male ? 1 : 0) : -1);
		}
		long total = 0;
		LocalDate first = birthDate != null ? birthDate : LocalDate.of(birthYear, 1, 1);
		LocalDate last = birthDate != null ? birthDate : LocalDate.of(birthYear, 12, 31);
		for (LocalDate d = first; !d.isAfter(last) && !d.isAfter(today); d = d.plusDays(1)) {
			String digits = String.format("%04d%02d%02d", d.getYear(), d.getMonthValue(), d.getDayOfMonth());
			if (!fits(mask.substring(6, 14), digits)) {
				continue;
			}
			int dateSum = 0;
			for (int k = 0; k < 8; k++) {
				dateSum += (digits.charAt(k) - '0') * WEIGHTS[6 + k];
			}
			for (int residue = 0; residue < 11; residue++) {
				char check = CHECK[residue];
				if (mask.charAt(17) == '*' || Character.toUpperCase(mask.charAt(17)) == check) {
					total += others[Math.floorMod(residue - dateSum, 11)];
				}
			}
		}
		return total;
	}

	/** Adds one digit position: every allowed digit (the shown one, or any of the right parity). */
	private static long[] step(long[] counts, int position, char shown, int parity) {
		long[] next = new long[11];
		for (int digit = 0; digit <= 9; digit++) {
			boolean allowed = shown == '*' ? parity < 0 || digit % 2 == parity : shown - '0' == digit;
			if (!allowed) {
				continue;
			}
			for (int r = 0; r < 11; r++) {
				next[(r + digit * WEIGHTS[position]) % 11] += counts[r];
			}
		}
		return next;
	}

	private static boolean fits(String masked, String digits) {
		for (int i = 0; i < masked.length(); i++) {
			if (masked.charAt(i) != '*' && masked.charAt(i) != digits.charAt(i)) {
				return false;
			}
		}
		return true;
	}
}
