package org.pomegranate.identity.internal;

import java.time.Clock;
import java.time.Duration;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Five wrong passwords in a row lock an account for fifteen minutes, for form login and for
 * the API alike. A locked account's attempts are refused before the password is checked, so
 * they do not extend the lock.
 */
@Component
class LoginAttempts {

	static final int MAX_FAILURES = 5;
	static final Duration LOCK = Duration.ofMinutes(15);

	private final AccountRepository accounts;
	private final Clock clock;

	LoginAttempts(AccountRepository accounts, Clock clock) {
		this.accounts = accounts;
		this.clock = clock;
	}

	@EventListener
	void onFailure(AuthenticationFailureBadCredentialsEvent event) {
		accounts.recordFailure(event.getAuthentication().getName(), MAX_FAILURES, clock.instant().plus(LOCK));
	}

	/** Clears the failures, if there were any: API calls succeed by the thousand and need no write each. */
	@EventListener
	void onSuccess(AuthenticationSuccessEvent event) {
		if (!(event.getAuthentication().getPrincipal() instanceof AccountPrincipal principal)
				|| principal.failuresCounted()) {
			accounts.recordSuccess(event.getAuthentication().getName());
		}
	}
}
