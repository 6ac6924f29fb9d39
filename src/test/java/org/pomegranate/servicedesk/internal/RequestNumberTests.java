package org.pomegranate.servicedesk.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RequestNumberTests {

	@Test
	void prefixYearAndSixDigits() {
		assertThat(RequestNumber.format("HX", 2026, 123)).isEqualTo("HX-2026-000123").matches(RequestNumber.PATTERN);
		assertThat(RequestNumber.format("HX", 2027, 1)).isEqualTo("HX-2027-000001");
		assertThat(RequestNumber.format("HX", 2026, 999_999)).isEqualTo("HX-2026-999999");
	}

	@Test
	void theRunningNumberGrowsInsteadOfBeingCut() {
		assertThat(RequestNumber.format("HX", 2026, 1_000_000)).isEqualTo("HX-2026-1000000")
			.isNotEqualTo(RequestNumber.format("HX", 2026, 100_000)).matches(RequestNumber.PATTERN);
	}
}
