package org.pomegranate.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MaskingTests {

	@Test
	void idNumberKeepsOnlyTheProvince() {
		assertThat(Masking.idNumber("632802199001011234")).isEqualTo("63****************");
		assertThat(Masking.idNumber("11010519491231002X")).isEqualTo("11****************");
	}

	@Test
	void phoneKeepsThreeAtTheStartAndFourAtTheEnd() {
		assertThat(Masking.phone("13812345678")).isEqualTo("138****5678");
	}

	@Test
	void nullAndEmptyBecomeEmpty() {
		assertThat(Masking.idNumber(null)).isEmpty();
		assertThat(Masking.phone(null)).isEmpty();
		assertThat(Masking.idNumber("")).isEmpty();
		assertThat(Masking.phone("")).isEmpty();
	}

	@Test
	void shortValuesAreMaskedCompletely() {
		assertThat(Masking.phone("1234567")).isEqualTo("*******");
		assertThat(Masking.phone("123")).isEqualTo("***");
		assertThat(Masking.idNumber("12")).isEqualTo("**");
	}

	@Test
	void justLongerThanTheKeptEndsHidesTheMiddle() {
		assertThat(Masking.phone("12345678")).isEqualTo("123*5678");
		assertThat(Masking.idNumber("123")).isEqualTo("12*");
	}
}
