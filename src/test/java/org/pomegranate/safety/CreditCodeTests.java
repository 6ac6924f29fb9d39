package org.pomegranate.safety;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The check character of the unified social credit code (GB 32100-2015). */
class CreditCodeTests {

	@Test
	void aPublishedSampleCodePassesItsCheck() {
		// the sample of the standard's explanatory material
		assertThat(CreditCode.valid("91350100M000100Y43")).isTrue();
		assertThat(CreditCode.checkCharacter("91350100M000100Y4")).isEqualTo('3');
	}

	@Test
	void aChangedCharacterOrAForbiddenLetterFails() {
		assertThat(CreditCode.valid("91350100M000100Y44")).isFalse();
		assertThat(CreditCode.valid("91350100M000100Y4")).isFalse();
		assertThat(CreditCode.valid("91350100M000100Y433")).isFalse();
		// I, O, S, V and Z are not in the character set
		assertThat(CreditCode.valid("9135010OM000100Y43")).isFalse();
		assertThat(CreditCode.valid("91350100m000100y43")).isFalse();
		assertThat(CreditCode.valid(null)).isFalse();
	}

	@Test
	void everyComputedCheckCharacterValidates() {
		String base = "9163280055600";
		for (int i = 0; i < 200; i++) {
			String first17 = base + String.format("%04d", i);
			assertThat(CreditCode.valid(first17 + CreditCode.checkCharacter(first17))).isTrue();
		}
	}
}
