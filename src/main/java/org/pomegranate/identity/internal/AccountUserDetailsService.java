package org.pomegranate.identity.internal;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/**
 * An enabled account as a principal, without its password. Sign-in does not go through here (see
 * {@link SignInAttempts}); this serves code that acts for a known account, such as test set-up.
 */
@Service
class AccountUserDetailsService implements UserDetailsService {

	private final AccountRepository accounts;

	AccountUserDetailsService(AccountRepository accounts) {
		this.accounts = accounts;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		return accounts.findEnabled(username).map(AccountPrincipal::new)
			.orElseThrow(() -> new UsernameNotFoundException(username));
	}
}
