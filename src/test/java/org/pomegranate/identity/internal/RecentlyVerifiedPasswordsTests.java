package org.pomegranate.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The memory of recent password matches, with a stand-in for BCrypt that counts its work. */
class RecentlyVerifiedPasswordsTests {

	private final CountingEncoder bcrypt = new CountingEncoder();
	private final MovableClock clock = new MovableClock();
	private final RecentlyVerifiedPasswords passwords = new RecentlyVerifiedPasswords(bcrypt, clock);

	@Test
	void aMatchIsCheckedInFullOnceThenRememberedForFiveMinutes() {
		assertThat(passwords.matches("secret-1", "hash:secret-1")).isTrue();
		assertThat(passwords.matches("secret-1", "hash:secret-1")).isTrue();
		assertThat(bcrypt.checks).hasValue(1);

		clock.advanceSeconds(299);
		assertThat(passwords.matches("secret-1", "hash:secret-1")).isTrue();
		assertThat(bcrypt.checks).hasValue(1);

		clock.advanceSeconds(1);
		assertThat(passwords.matches("secret-1", "hash:secret-1")).isTrue();
		assertThat(bcrypt.checks).as("checked again after five minutes").hasValue(2);
	}

	@Test
	void aWrongPasswordIsCheckedInFullEveryTimeEvenAfterTheRightOneWasRemembered() {
		assertThat(passwords.matches("secret-1", "hash:secret-1")).isTrue();
		for (int i = 0; i < 3; i++) {
			assertThat(passwords.matches("wrong", "hash:secret-1")).isFalse();
		}
		assertThat(bcrypt.checks).hasValue(4);
		assertThat(passwords.size()).isEqualTo(1);
	}

	@Test
	void aNewStoredHashMeansTheOldPasswordIsCheckedAgainstIt() {
		assertThat(passwords.matches("secret-1", "hash:secret-1")).isTrue();
		// the password was reset: the stored hash is now another one
		assertThat(passwords.matches("secret-1", "hash:secret-2")).isFalse();
		assertThat(passwords.matches("secret-2", "hash:secret-2")).isTrue();
		assertThat(bcrypt.checks).hasValue(3);
	}

	@Test
	void staysBounded() {
		for (int i = 0; i < RecentlyVerifiedPasswords.MAX_ENTRIES + 10; i++) {
			passwords.matches("p" + i, "hash:p" + i);
		}
		assertThat(passwords.size()).isLessThanOrEqualTo(RecentlyVerifiedPasswords.MAX_ENTRIES);
	}

	@Test
	void encodesWithTheRealEncoder() {
		assertThat(passwords.encode("x")).isEqualTo("hash:x");
	}

	private static final class CountingEncoder implements PasswordEncoder {

		final AtomicInteger checks = new AtomicInteger();

		@Override
		public String encode(CharSequence raw) {
			return "hash:" + raw;
		}

		@Override
		public boolean matches(CharSequence raw, String encoded) {
			checks.incrementAndGet();
			return encoded.equals("hash:" + raw);
		}
	}

	private static final class MovableClock extends Clock {

		private Instant now = Instant.parse("2026-05-01T08:00:00Z");

		void advanceSeconds(long seconds) {
			now = now.plusSeconds(seconds);
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return now;
		}
	}
}
