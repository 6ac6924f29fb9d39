package org.pomegranate.privacy;

import org.pomegranate.shared.web.InvalidInputException;

/**
 * Why a masked value is revealed: a purpose from the fixed list and a note of 10 to 200
 * characters. The same rule for residents' and requesters' phones and for ID numbers, so that every
 * reveal on a resident's "my data" page says why in words she can weigh.
 *
 * @param purpose what the value is needed for
 * @param note    the staff member's own words: which request, which visit, what verification
 */
public record RevealReason(RevealPurpose purpose, String note) {

	public static final int MIN_NOTE = 10;
	public static final int MAX_NOTE = 200;

	/**
	 * The reason checked, with the note trimmed.
	 *
	 * @throws InvalidInputException naming {@code purpose} or {@code note}
	 */
	public RevealReason checked() {
		if (purpose == null) {
			throw new InvalidInputException("purpose", "error.revealPurpose");
		}
		String text = note == null ? "" : note.strip();
		if (text.codePointCount(0, text.length()) < MIN_NOTE || text.length() > MAX_NOTE
				|| text.chars().anyMatch(c -> Character.isISOControl(c))) {
			throw new InvalidInputException("note", "error.revealNote");
		}
		return new RevealReason(purpose, text);
	}
}
