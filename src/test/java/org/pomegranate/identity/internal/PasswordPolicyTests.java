package org.pomegranate.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTests {

	private final PasswordPolicy policy = new PasswordPolicy();

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { "a", "Xq7#kp2", "扎西德勒" })
	void refusesShortPasswords(String password) {
		assertThat(policy.problem(password)).contains("error.password.short");
	}

	@Test
	void refusesPasswordsLongerThanBcryptHandles() {
		assertThat(policy.problem("x".repeat(73))).contains("error.password.long");
		assertThat(policy.problem("Zq8!".repeat(18))).isEmpty(); // exactly 72
	}

	@ParameterizedTest
	@ValueSource(strings = { "12345678", "password", "PASSWORD", "Password1", "88888888" })
	void refusesCommonPasswordsInAnyCase(String password) {
		assertThat(policy.problem(password)).contains("error.password.common");
	}

	@ParameterizedTest
	@ValueSource(strings = { "Xq7#kp2m", "shiliuzi-Haixi-2025", "石榴籽紧紧抱在一起" })
	void acceptsLongEnoughUncommonPasswords(String password) {
		assertThat(policy.problem(password)).isEmpty();
	}
}
