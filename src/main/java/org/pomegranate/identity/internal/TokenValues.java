package org.pomegranate.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The values of API tokens: 32 random bytes behind a recognisable "pmg_" (so a secret scanner can
 * spot one pasted where it should not be), and their SHA-256, the only form the database keeps. A
 * plain hash suffices because the value is random and long: there is nothing to guess, unlike a password.
 */
public final class TokenValues {

	public static final String PREFIX = "pmg_";
	private static final int SHOWN = 12;
	private static final SecureRandom RANDOM = new SecureRandom();

	private TokenValues() {
	}

	public static String newValue() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	public static String hash(String value) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	/** The start of the value that the list shows. */
	public static String shown(String value) {
		return value.substring(0, Math.min(SHOWN, value.length()));
	}
}
