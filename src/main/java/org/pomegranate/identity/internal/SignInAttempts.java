package org.pomegranate.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Checks a password, at most {@value #MAX_ATTEMPTS} times per account in a window of fifteen minutes.
 * <ul>
 * <li>The attempt is counted before its password is checked, in one {@code UPDATE … RETURNING}: 50
 * parallel guesses get 5 checks, not 50 (the count used to be raised after the check, so all of them
 * were checked before the first failure was recorded).</li>
 * <li>When the fifth check of a window fails the account is locked for fifteen minutes and its
 * sessions end; while it is locked nothing is checked, so the right password is refused as well.</li>
 * <li>The right password clears the count.</li>
 * <li>Unknown, locked, disabled and wrong all answer the same {@link BadCredentialsException}, after a
 * BCrypt check of the same cost, so neither the answer nor its time tells which it was.</li>
 * </ul>
 */
@Component
class SignInAttempts implements AuthenticationProvider {

	static final int MAX_ATTEMPTS = 5;
	static final Duration WINDOW = Duration.ofMinutes(15);
	static final Duration LOCK = Duration.ofMinutes(15);

	private final AccountRepository accounts;
	private final PasswordEncoder encoder;
	private final AccountSessions sessions;
	private final Clock clock;
	private final Counter checks;
	private final Counter decoys;
	/** A hash of a random password, checked in vain so a refusal costs what a check costs. */
	private final String decoy;

	SignInAttempts(AccountRepository accounts, PasswordEncoder encoder, AccountSessions sessions, Clock clock,
			MeterRegistry meters) {
		this.accounts = accounts;
		this.encoder = encoder;
		this.sessions = sessions;
		this.clock = clock;
		this.checks = Counter.builder("pomegranate.signin.password.checks")
			.description("Passwords checked against an account's hash (refused attempts are not checked)")
			.register(meters);
		this.decoys = Counter.builder("pomegranate.signin.decoy.checks")
			.description("Refusals of unknown, locked or switched-off accounts that paid for a check all the same")
			.register(meters);
		this.decoy = encoder.encode(UUID.randomUUID().toString());
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String username = authentication.getName();
		String password = authentication.getCredentials() == null ? "" : authentication.getCredentials().toString();
		Instant now = clock.instant();
		Optional<AccountRepository.ClaimedAttempt> claimed = accounts.claimAttempt(username, MAX_ATTEMPTS, now,
				now.minus(WINDOW));
		if (claimed.isEmpty() || !claimed.get().enabled()) {
			encoder.matches(password, decoy);
			decoys.increment();
			throw refused();
		}
		AccountRepository.ClaimedAttempt attempt = claimed.get();
		checks.increment();
		if (!encoder.matches(password, attempt.passwordHash())) {
			if (accounts.lockIfSpent(attempt.user().accountId(), MAX_ATTEMPTS, now.plus(LOCK))) {
				sessions.endAll(username);
			}
			throw refused();
		}
		accounts.clearAttempts(attempt.user().accountId());
		AccountPrincipal principal = new AccountPrincipal(attempt.user());
		return UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

	private static BadCredentialsException refused() {
		return new BadCredentialsException("refused");
	}
}
