package org.pomegranate.privacy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Collections;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts sensitive fields (ID numbers, phones, ethnicity) with AES-256-GCM before they reach
 * the database, and derives keyed hashes so that they can be searched without being stored in
 * plaintext.
 * <p>
 * Every ciphertext is bound to its place ({@link Place}: table, column and row id) as GCM
 * associated data, so a value copied into another row or column fails to decrypt instead of
 * showing one resident's phone on another's page. Stored values carry the version of the key
 * that sealed them ({@code v2:…}); the keyring holds the current version and older ones, so a
 * rotation can re-encrypt while the application runs. Values written before versions existed
 * (plain base64, no associated data) are read with key version 1 and are rewritten by the
 * rotation.
 */
public class FieldCipher {

	private static final int IV_BYTES = 12;
	private static final int TAG_BITS = 128;
	private static final String PREFIX = "v";

	private final int currentVersion;
	private final Map<Integer, SecretKey> keys;
	private final SecretKey hashKey;
	private final Map<Integer, SecretKey> integrityKeys;
	private final SecureRandom random = new SecureRandom();

	/** Where a ciphertext lives: it decrypts only there. */
	public record Place(String table, String column, Object rowId) {
		public Place {
			Objects.requireNonNull(table);
			Objects.requireNonNull(column);
			Objects.requireNonNull(rowId, "a sealed value belongs to a row: its id is needed");
		}

		byte[] associatedData() {
			return (table + "\u0000" + column + "\u0000" + rowId).getBytes(StandardCharsets.UTF_8);
		}
	}

	/** A keyring of one key, version 1 (an installation that never rotated). */
	public FieldCipher(byte[] key) {
		this(1, Map.of(1, key));
	}

	/**
	 * @param currentVersion the version new values are sealed with
	 * @param keyring        every key version still needed to read stored values, 32 bytes each
	 */
	public FieldCipher(int currentVersion, Map<Integer, byte[]> keyring) {
		if (!keyring.containsKey(currentVersion)) {
			throw new IllegalArgumentException("The keyring has no key for the current version " + currentVersion);
		}
		Map<Integer, SecretKey> sealing = new TreeMap<>();
		Map<Integer, SecretKey> integrity = new TreeMap<>();
		keyring.forEach((version, key) -> {
			if (key.length != 32) {
				throw new IllegalArgumentException(
						"The field encryption key version " + version + " must be 32 bytes, not " + key.length);
			}
			if (version < 1) {
				throw new IllegalArgumentException("Key versions start at 1, not " + version);
			}
			sealing.put(version, new SecretKeySpec(key, "AES"));
			integrity.put(version, derived(key, "pomegranate-integrity-anchor"));
		});
		this.currentVersion = currentVersion;
		this.keys = Collections.unmodifiableMap(sealing);
		this.integrityKeys = Collections.unmodifiableMap(integrity);
		// search hashes must stay comparable across rotations (uniqueness of ID numbers, phone
		// search), so they use a key derived from the lowest version, which is never retired
		int lowest = ((TreeMap<Integer, SecretKey>) sealing).firstKey();
		this.hashKey = derived(keyring.get(lowest), "pomegranate-search-hash");
	}

	private static SecretKey derived(byte[] key, String purpose) {
		// a separate key per purpose, so that neither the search index nor an anchor reveals the cipher key
		return new SecretKeySpec(hmac(new SecretKeySpec(key, "HmacSHA256"), purpose), "HmacSHA256");
	}

	/** The key version new values are sealed with. */
	public int currentVersion() {
		return currentVersion;
	}

	/** Shorthand for {@code new Place(table, column, rowId)}. */
	public static Place at(String table, String column, Object rowId) {
		return new Place(table, column, rowId);
	}

	/** {@code v<version>:} and base64 of IV, ciphertext and tag; {@code null} stays {@code null}. */
	public String encrypt(String plaintext, Place place) {
		if (plaintext == null) {
			return null;
		}
		try {
			byte[] iv = new byte[IV_BYTES];
			random.nextBytes(iv);
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, keys.get(currentVersion), new GCMParameterSpec(TAG_BITS, iv));
			cipher.updateAAD(place.associatedData());
			byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
			return PREFIX + currentVersion + ":" + Base64.getEncoder()
				.encodeToString(ByteBuffer.allocate(IV_BYTES + sealed.length).put(iv).put(sealed).array());
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("Encryption failed", e);
		}
	}

	/**
	 * @throws TamperedException when the stored value was changed, moved from another row or
	 *                           column, or sealed with a key that is not in the keyring
	 */
	public String decrypt(String stored, Place place) {
		if (stored == null) {
			return null;
		}
		int colon = stored.indexOf(':');
		// base64 has no colon: a value without one predates versions and associated data
		boolean legacy = colon < 0;
		try {
			int version = legacy ? 1 : Integer.parseInt(stored.substring(PREFIX.length(), colon));
			SecretKey key = keys.get(version);
			if (key == null || (!legacy && !stored.startsWith(PREFIX))) {
				throw new TamperedException();
			}
			byte[] bytes = Base64.getDecoder().decode(legacy ? stored : stored.substring(colon + 1));
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, bytes, 0, IV_BYTES));
			if (!legacy) {
				cipher.updateAAD(place.associatedData());
			}
			return new String(cipher.doFinal(bytes, IV_BYTES, bytes.length - IV_BYTES), StandardCharsets.UTF_8);
		}
		catch (AEADBadTagException | IllegalArgumentException | IndexOutOfBoundsException e) {
			throw new TamperedException();
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("Decryption failed", e);
		}
	}

	/** Whether a stored value is sealed with the current key and bound to its place (nothing to rotate). */
	public boolean isCurrent(String stored) {
		return stored == null || stored.startsWith(PREFIX + currentVersion + ":");
	}

	/** The stored value re-sealed with the current key (for the rotation); {@code null} stays {@code null}. */
	public String reseal(String stored, Place place) {
		return isCurrent(stored) ? stored : encrypt(decrypt(stored, place), place);
	}

	/** A keyed hash (HMAC-SHA256, hex) for exact-match search; {@code null} stays {@code null}. */
	public String searchHash(String value) {
		return value == null ? null : HexFormat.of().formatHex(hmac(hashKey, value));
	}

	/**
	 * A keyed seal of an integrity anchor ({@code v<version>:} and hex HMAC-SHA256): the database
	 * alone cannot forge one, so a chain rewritten inside the database no longer matches its anchors.
	 */
	public String anchorSeal(String content) {
		return PREFIX + currentVersion + ":" + HexFormat.of().formatHex(hmac(integrityKeys.get(currentVersion), content));
	}

	/** Whether {@code seal} is a valid {@link #anchorSeal} of {@code content} under any key in the ring. */
	public boolean anchorSealMatches(String content, String seal) {
		int colon = seal == null ? -1 : seal.indexOf(':');
		if (colon < 0 || !seal.startsWith(PREFIX)) {
			return false;
		}
		try {
			SecretKey key = integrityKeys.get(Integer.parseInt(seal.substring(PREFIX.length(), colon)));
			return key != null && java.security.MessageDigest.isEqual(
					HexFormat.of().formatHex(hmac(key, content)).getBytes(StandardCharsets.US_ASCII),
					seal.substring(colon + 1).getBytes(StandardCharsets.US_ASCII));
		}
		catch (NumberFormatException e) {
			return false;
		}
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

	/** A stored value that does not decrypt: changed or moved in the database, or sealed with another key. */
	public static class TamperedException extends RuntimeException {
		public TamperedException() {
			super("A sensitive field failed its integrity check");
		}
	}
}
