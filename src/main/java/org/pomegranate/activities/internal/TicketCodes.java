package org.pomegranate.activities.internal;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;

/**
 * The two codes of a ticket. The QR code's token is 32 random bytes (256 bits: unguessable, and it
 * says nothing about the sign-up). The short code is 8 characters from an alphabet without look-alikes
 * (no 0/O, 1/I/L, 2/Z, 5/S, 8/B), typed by staff when the camera fails; it is only valid at its own
 * activity, where 25⁸ ≈ 1.5·10¹¹ codes leave nothing to guess among a few hundred tickets.
 */
public final class TicketCodes {

	public static final String ALPHABET = "34679ACDEFGHJKMNPQRTUVWXY";
	public static final int SHORT_LENGTH = 8;

	private static final SecureRandom RANDOM = new SecureRandom();

	private TicketCodes() {
	}

	public static String token() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	public static String shortCode() {
		StringBuilder code = new StringBuilder(SHORT_LENGTH);
		for (int i = 0; i < SHORT_LENGTH; i++) {
			code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
		}
		return code.toString();
	}

	/** A typed short code as stored: upper case, spaces and dashes dropped; {@code null} if it cannot be one. */
	public static String normalizeShort(String typed) {
		String code = typed.replace(" ", "").replace("-", "").toUpperCase(Locale.ROOT);
		if (code.length() != SHORT_LENGTH) {
			return null;
		}
		for (int i = 0; i < code.length(); i++) {
			if (ALPHABET.indexOf(code.charAt(i)) < 0) {
				return null;
			}
		}
		return code;
	}

	/** Whether the text has the form of a token — 43 base64url characters. */
	public static boolean looksLikeToken(String text) {
		return text.length() == 43 && text.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '-' || c == '_');
	}
}
