package org.pomegranate.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTests {

	private static final String USER = "zhaxi.grid";

	private final PasswordPolicy policy = new PasswordPolicy();

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { "a", "Xq7#kp2", "Xq7#kp2m4", "扎西德勒", "石榴籽紧紧抱在一起" })
	void refusesPasswordsShorterThanTenCharacters(String password) {
		assertThat(policy.problem(password, USER)).contains("error.password.short");
	}

	@Test
	void refusesPasswordsLongerThanBcryptHandles() {
		assertThat(policy.problem("xY3".repeat(25), USER)).contains("error.password.long");
		assertThat(policy.problem("Zq8!".repeat(18), USER)).isEmpty(); // exactly 72
	}

	@Test
	void bundlesARealListOfCommonPasswords() {
		assertThat(policy.commonPasswords()).isGreaterThanOrEqualTo(10_000);
	}

	@ParameterizedTest
	@ValueSource(strings = { "PASSWORD123", "Password1234", "sunshine12", "football99",
			"iloveyou!!", "Dragon2024!", "woaini1314", "qwerty123456", "baseball11" })
	void refusesCommonPasswordsInAnyCaseAlsoWithAFewDigitsOrSignsAdded(String password) {
		assertThat(policy.problem(password, USER)).contains("error.password.common");
	}

	@ParameterizedTest
	@ValueSource(strings = { "zhaxi.grid", "ZHAXI.GRID2026", "my-zhaxi.grid-pw" })
	void refusesTheUsername(String password) {
		assertThat(policy.problem(password, USER)).contains("error.password.username");
	}

	@ParameterizedTest
	@ValueSource(strings = { "aaaaaaaaaa", "0000000000", "ababababab", "1234567890", "0987654321", "7890123456",
			"abcdefghijk", "zyxwvutsrqp", "qwertyuiop", "扎扎扎扎扎扎扎扎扎扎" })
	void refusesTrivialPasswords(String password) {
		assertThat(policy.problem(password, USER)).contains("error.password.trivial");
	}

	@ParameterizedTest
	@ValueSource(strings = { "Xq7#kp2m4z", "shiliuzi-Haixi-2025", "石榴籽紧紧抱在一起过日子", "Haixi-2026", "Granat-Test-2025",
			"Saihan-2026" })
	void acceptsLongEnoughUncommonPasswords(String password) {
		assertThat(policy.problem(password, USER)).isEmpty();
	}
}
