package org.pomegranate.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FieldCipherTests {

	private static final byte[] KEY = key(1);
	private static final byte[] OTHER_KEY = key(101);

	private static final FieldCipher.Place HERE = FieldCipher.at("resident", "phone_cipher", "row-1");

	private final FieldCipher cipher = new FieldCipher(KEY);

	private static byte[] key(int first) {
		byte[] key = new byte[32];
		for (int i = 0; i < key.length; i++) {
			key[i] = (byte) (first + i);
		}
		return key;
	}

	@ParameterizedTest
	@ValueSource(strings = { "13812345678", "11010519491231002X", "扎西才让", "བཀྲ་ཤིས་ཚེ་རིང་", "ᠪᠠᠲᠤ", "HAN", "" })
	void roundTrips(String plaintext) {
		String sealed = cipher.encrypt(plaintext, HERE);
		assertThat(sealed).isNotEqualTo(plaintext);
		assertThat(cipher.decrypt(sealed, HERE)).isEqualTo(plaintext);
	}

	@Test
	void ciphertextDoesNotContainThePlaintext() {
		String sealed = cipher.encrypt("13812345678", HERE);
		assertThat(sealed).doesNotContain("13812345678");
		assertThat(new String(Base64.getDecoder().decode(sealed.substring(3)), java.nio.charset.StandardCharsets.ISO_8859_1))
			.doesNotContain("13812345678");
	}

	@Test
	void nullStaysNull() {
		assertThat(cipher.encrypt(null, HERE)).isNull();
		assertThat(cipher.decrypt(null, HERE)).isNull();
		assertThat(cipher.searchHash(null)).isNull();
	}

	@Test
	void twoEncryptionsOfTheSamePlaintextDiffer() {
		String first = cipher.encrypt("13812345678", HERE);
		String second = cipher.encrypt("13812345678", HERE);
		assertThat(first).isNotEqualTo(second);
		// the random IV is the first 12 bytes
		assertThat(java.util.Arrays.copyOf(Base64.getDecoder().decode(first.substring(3)), 12))
			.isNotEqualTo(java.util.Arrays.copyOf(Base64.getDecoder().decode(second.substring(3)), 12));
		assertThat(cipher.decrypt(first, HERE)).isEqualTo(cipher.decrypt(second, HERE));
	}

	@Test
	void tamperingWithAnyByteIsDetected() {
		String sealed = cipher.encrypt("632802199001011235", HERE);
		byte[] bytes = Base64.getDecoder().decode(sealed.substring(3));
		for (int i = 0; i < bytes.length; i++) {
			byte[] changed = bytes.clone();
			changed[i] ^= 0x01;
			String tampered = "v1:" + Base64.getEncoder().encodeToString(changed);
			assertThatThrownBy(() -> cipher.decrypt(tampered, HERE)).as("byte %d changed", i)
				.isInstanceOf(FieldCipher.TamperedException.class);
		}
	}

	@Test
	void truncatedOrGarbageValuesAreRejectedAsTampered() {
		String sealed = cipher.encrypt("13812345678", HERE);
		assertThatThrownBy(() -> cipher.decrypt(sealed.substring(0, sealed.length() - 4), HERE))
			.isInstanceOf(FieldCipher.TamperedException.class);
		assertThatThrownBy(() -> cipher.decrypt("not base64 at all!", HERE))
			.isInstanceOf(FieldCipher.TamperedException.class);
	}

	@Test
	void anotherKeyCannotDecrypt() {
		String sealed = cipher.encrypt("13812345678", HERE);
		assertThatThrownBy(() -> new FieldCipher(OTHER_KEY).decrypt(sealed, HERE))
			.isInstanceOf(FieldCipher.TamperedException.class);
		assertThat(new FieldCipher(KEY.clone()).decrypt(sealed, HERE)).isEqualTo("13812345678");
	}

	@Test
	void searchHashIsDeterministicAndKeyed() {
		String hash = cipher.searchHash("5678");
		assertThat(hash).isEqualTo(cipher.searchHash("5678"))
			.isEqualTo(new FieldCipher(KEY.clone()).searchHash("5678"))
			.matches("[0-9a-f]{64}")
			.isNotEqualTo(cipher.searchHash("5679"))
			.isNotEqualTo(new FieldCipher(OTHER_KEY).searchHash("5678"));
	}

	@Test
	void aValueDecryptsOnlyInItsOwnTableRowAndColumn() {
		String sealed = cipher.encrypt("13812345678", FieldCipher.at("resident", "phone_cipher", "row-1"));
		assertThat(sealed).startsWith("v1:");
		for (FieldCipher.Place elsewhere : List.of(FieldCipher.at("resident", "phone_cipher", "row-2"),
				FieldCipher.at("resident", "id_number_cipher", "row-1"),
				FieldCipher.at("service_request", "phone_cipher", "row-1"))) {
			assertThatThrownBy(() -> cipher.decrypt(sealed, elsewhere)).as("moved to %s", elsewhere)
				.isInstanceOf(FieldCipher.TamperedException.class);
		}
	}

	@Test
	void aKeyringReadsOlderVersionsAndSealsWithTheCurrentOne() {
		FieldCipher before = new FieldCipher(KEY);
		FieldCipher after = new FieldCipher(2, Map.of(1, KEY, 2, OTHER_KEY));
		String old = before.encrypt("13812345678", HERE);
		assertThat(after.decrypt(old, HERE)).isEqualTo("13812345678");
		assertThat(after.isCurrent(old)).isFalse();
		String resealed = after.reseal(old, HERE);
		assertThat(resealed).startsWith("v2:");
		assertThat(after.isCurrent(resealed)).isTrue();
		assertThat(after.decrypt(resealed, HERE)).isEqualTo("13812345678");
		// the old installation cannot read what the new key sealed
		assertThatThrownBy(() -> before.decrypt(resealed, HERE)).isInstanceOf(FieldCipher.TamperedException.class);
		// search hashes stay the same across the rotation: uniqueness and phone search keep working
		assertThat(after.searchHash("5678")).isEqualTo(before.searchHash("5678"));
	}

	@Test
	void valuesFromBeforeVersionsAndBindingStillDecryptAsVersionOne() throws Exception {
		// what the previous release stored: base64 of IV and ciphertext, no associated data, no prefix
		byte[] iv = new byte[12];
		javax.crypto.Cipher gcm = javax.crypto.Cipher.getInstance("AES/GCM/NoPadding");
		gcm.init(javax.crypto.Cipher.ENCRYPT_MODE, new javax.crypto.spec.SecretKeySpec(KEY, "AES"),
				new javax.crypto.spec.GCMParameterSpec(128, iv));
		byte[] body = gcm.doFinal("13812345678".getBytes(java.nio.charset.StandardCharsets.UTF_8));
		String legacy = Base64.getEncoder().encodeToString(java.nio.ByteBuffer.allocate(12 + body.length).put(iv).put(body).array());
		FieldCipher rotated = new FieldCipher(2, Map.of(1, KEY, 2, OTHER_KEY));
		assertThat(rotated.decrypt(legacy, HERE)).isEqualTo("13812345678");
		assertThat(rotated.isCurrent(legacy)).isFalse();
		assertThat(rotated.reseal(legacy, HERE)).startsWith("v2:");
	}

	@Test
	void aVersionMissingFromTheKeyringIsRefused() {
		String sealed = new FieldCipher(3, Map.of(3, OTHER_KEY)).encrypt("x", HERE);
		assertThatThrownBy(() -> cipher.decrypt(sealed, HERE)).isInstanceOf(FieldCipher.TamperedException.class);
		assertThatThrownBy(() -> new FieldCipher(2, Map.of(1, KEY))).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void anchorSealsAreKeyedAndVersioned() {
		FieldCipher rotated = new FieldCipher(2, Map.of(1, KEY, 2, OTHER_KEY));
		String old = cipher.anchorSeal("chain|2026-11-30|12|abc");
		assertThat(rotated.anchorSealMatches("chain|2026-11-30|12|abc", old)).isTrue();
		assertThat(rotated.anchorSealMatches("chain|2026-11-30|12|abd", old)).isFalse();
		assertThat(new FieldCipher(OTHER_KEY).anchorSealMatches("chain|2026-11-30|12|abc", old)).isFalse();
		assertThat(rotated.anchorSeal("x")).startsWith("v2:");
	}

	@ParameterizedTest
	@ValueSource(ints = { 0, 16, 24, 31, 33, 64 })
	void rejectsKeysThatAreNot32Bytes(int length) {
		assertThatThrownBy(() -> new FieldCipher(new byte[length])).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("32");
	}
}
