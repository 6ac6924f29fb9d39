package org.pomegranate.identity.internal;

import java.util.ArrayList;
import java.util.List;

import org.pomegranate.identity.CurrentUser;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * Spring Security's view of a signed-in account, carrying the {@link CurrentUser} the application
 * uses. It holds no password hash: the password is checked once by {@link SignInAttempts}, and the
 * principal lives on in the session (in the database), where a hash has no business.
 */
public class AccountPrincipal extends User {

	private static final long serialVersionUID = 1L;

	private final CurrentUser user;

	AccountPrincipal(CurrentUser user) {
		super(user.username(), "", true, true, true, true, authorities(user));
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
