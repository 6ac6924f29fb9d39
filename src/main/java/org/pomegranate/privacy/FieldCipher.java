package org.pomegranate.privacy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts sensitive fields (ID numbers, phones, ethnicity) with AES-256-GCM before they reach
 * the database, and derives keyed hashes so that they can be searched without being stored in
 * plaintext. A changed ciphertext fails to decrypt instead of yielding wrong data.
 */
public class FieldCipher {

	private static final int IV_BYTES = 12;
	private static final int TAG_BITS = 128;

	private final SecretKey encryptionKey;
	private final SecretKey hashKey;
	private final SecureRandom random = new SecureRandom();

	/** @param key 32 bytes of key material */
	public FieldCipher(byte[] key) {
		if (key.length != 32) {
			throw new IllegalArgumentException("The field encryption key must be 32 bytes, not " + key.length);
		}
		this.encryptionKey = new SecretKeySpec(key, "AES");
		// a separate key for hashes, so that the search index reveals nothing about the cipher key
		this.hashKey = new SecretKeySpec(hmac(new SecretKeySpec(key, "HmacSHA256"), "pomegranate-search-hash"),
				"HmacSHA256");
	}

	/** Base64 of IV followed by ciphertext and tag; {@code null} stays {@code null}. */
	public String encrypt(String plaintext) {
		if (plaintext == null) {
			return null;
		}
		try {
			byte[] iv = new byte[IV_BYTES];
			random.nextBytes(iv);
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, iv));
			byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
			return Base64.getEncoder().encodeToString(ByteBuffer.allocate(IV_BYTES + sealed.length).put(iv).put(sealed).array());
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("Encryption failed", e);
		}
	}

	/** @throws TamperedException when the stored value was changed or sealed with another key */
	public String decrypt(String stored) {
		if (stored == null) {
			return null;
		}
		try {
			byte[] bytes = Base64.getDecoder().decode(stored);
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, bytes, 0, IV_BYTES));
			return new String(cipher.doFinal(bytes, IV_BYTES, bytes.length - IV_BYTES), StandardCharsets.UTF_8);
		}
		catch (AEADBadTagException | IllegalArgumentException e) {
			throw new TamperedException();
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("Decryption failed", e);
		}
	}

	/** A keyed hash (HMAC-SHA256, hex) for exact-match search; {@code null} stays {@code null}. */
	public String searchHash(String value) {
		return value == null ? null : HexFormat.of().formatHex(hmac(hashKey, value));
	}

	private static byte[] hmac(SecretKey key, String value) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(key);
			return mac.doFinal(value.getBytes(StandardCharsets.UTF_8));
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException(e);
		}
	}

	/** A stored value that does not decrypt: changed in the database or sealed with another key. */
	public static class TamperedException extends RuntimeException {
		public TamperedException() {
			super("A sensitive field failed its integrity check");
		}
	}
}
