package org.pomegranate.identity.internal;

import java.util.ArrayList;
import java.util.List;

import org.pomegranate.identity.CurrentUser;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** Spring Security's view of an account, carrying the {@link CurrentUser} the application uses. */
public class AccountPrincipal extends User {

	private final CurrentUser user;
	private final boolean failuresCounted;

	AccountPrincipal(CurrentUser user, String passwordHash, boolean enabled, boolean nonLocked,
			boolean failuresCounted) {
		super(user.username(), passwordHash, enabled, true, true, nonLocked, authorities(user));
		this.user = user;
		this.failuresCounted = failuresCounted;
	}

	public CurrentUser user() {
		return user;
	}

	/** Whether the account had failed sign-ins on record when it was loaded: a success then clears them. */
	boolean failuresCounted() {
		return failuresCounted;
	}

	private static List<GrantedAuthority> authorities(CurrentUser user) {
		List<GrantedAuthority> authorities = new ArrayList<>();
		authorities.add(new SimpleGrantedAuthority("ROLE_" + user.role().name()));
		user.role().permissions().forEach(p -> authorities.add(new SimpleGrantedAuthority(p.name())));
		return authorities;
	}
}
