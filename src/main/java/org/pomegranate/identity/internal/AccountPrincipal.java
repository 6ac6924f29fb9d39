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

	AccountPrincipal(CurrentUser user, String passwordHash, boolean enabled, boolean nonLocked) {
		super(user.username(), passwordHash, enabled, true, true, nonLocked, authorities(user));
		this.user = user;
	}

	public CurrentUser user() {
		return user;
	}

	private static List<GrantedAuthority> authorities(CurrentUser user) {
		List<GrantedAuthority> authorities = new ArrayList<>();
		authorities.add(new SimpleGrantedAuthority("ROLE_" + user.role().name()));
		user.role().permissions().forEach(p -> authorities.add(new SimpleGrantedAuthority(p.name())));
		return authorities;
	}
}
