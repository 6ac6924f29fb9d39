package org.pomegranate.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FieldCipherTests {

	private static final byte[] KEY = key(1);
	private static final byte[] OTHER_KEY = key(101);

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
		String sealed = cipher.encrypt(plaintext);
		assertThat(sealed).isNotEqualTo(plaintext);
		assertThat(cipher.decrypt(sealed)).isEqualTo(plaintext);
	}

	@Test
	void ciphertextDoesNotContainThePlaintext() {
		String sealed = cipher.encrypt("13812345678");
		assertThat(sealed).doesNotContain("13812345678");
		assertThat(new String(Base64.getDecoder().decode(sealed), java.nio.charset.StandardCharsets.ISO_8859_1))
			.doesNotContain("13812345678");
	}

	@Test
	void nullStaysNull() {
		assertThat(cipher.encrypt(null)).isNull();
		assertThat(cipher.decrypt(null)).isNull();
		assertThat(cipher.searchHash(null)).isNull();
	}

	@Test
	void twoEncryptionsOfTheSamePlaintextDiffer() {
		String first = cipher.encrypt("13812345678");
		String second = cipher.encrypt("13812345678");
		assertThat(first).isNotEqualTo(second);
		// the random IV is the first 12 bytes
		assertThat(java.util.Arrays.copyOf(Base64.getDecoder().decode(first), 12))
			.isNotEqualTo(java.util.Arrays.copyOf(Base64.getDecoder().decode(second), 12));
		assertThat(cipher.decrypt(first)).isEqualTo(cipher.decrypt(second));
	}

	@Test
	void tamperingWithAnyByteIsDetected() {
		String sealed = cipher.encrypt("632802199001011235");
		byte[] bytes = Base64.getDecoder().decode(sealed);
		for (int i = 0; i < bytes.length; i++) {
			byte[] changed = bytes.clone();
			changed[i] ^= 0x01;
			String tampered = Base64.getEncoder().encodeToString(changed);
			assertThatThrownBy(() -> cipher.decrypt(tampered)).as("byte %d changed", i)
				.isInstanceOf(FieldCipher.TamperedException.class);
		}
	}

	@Test
	void truncatedOrGarbageValuesAreRejectedAsTampered() {
		String sealed = cipher.encrypt("13812345678");
		assertThatThrownBy(() -> cipher.decrypt(sealed.substring(0, sealed.length() - 4)))
			.isInstanceOf(FieldCipher.TamperedException.class);
		assertThatThrownBy(() -> cipher.decrypt("not base64 at all!"))
			.isInstanceOf(FieldCipher.TamperedException.class);
	}

	@Test
	void anotherKeyCannotDecrypt() {
		String sealed = cipher.encrypt("13812345678");
		assertThatThrownBy(() -> new FieldCipher(OTHER_KEY).decrypt(sealed))
			.isInstanceOf(FieldCipher.TamperedException.class);
		assertThat(new FieldCipher(KEY.clone()).decrypt(sealed)).isEqualTo("13812345678");
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

	@ParameterizedTest
	@ValueSource(ints = { 0, 16, 24, 31, 33, 64 })
	void rejectsKeysThatAreNot32Bytes(int length) {
		assertThatThrownBy(() -> new FieldCipher(new byte[length])).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("32");
	}
}
