package org.pomegranate.identity.internal;

import java.util.List;

import org.pomegranate.identity.IdentityManagement;
import org.pomegranate.identity.NewAccount;
import org.pomegranate.identity.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A fresh production database has no accounts, and only an administrator can create them. When
 * {@code POMEGRANATE_ADMIN_PASSWORD} is set and no administrator exists, this creates "admin".
 * Runs before the demo loader, which brings its own administrator.
 */
@Component
@Order(0)
class FirstAdministrator implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

	private final AccountRepository accounts;
	private final IdentityManagement identity;
	private final String password;

	FirstAdministrator(AccountRepository accounts, IdentityManagement identity,
			@Value("${pomegranate.bootstrap-admin.password:}") String password) {
		this.accounts = accounts;
		this.identity = identity;
		this.password = password;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (password.isBlank() || accounts.anyOfRole(Role.SYSTEM_ADMIN)) {
			return;
		}
		identity.createAccount(new NewAccount("admin", password, "Administrator", Role.SYSTEM_ADMIN, null, null,
				List.of("zh")));
		log.warn("Created the administrator account 'admin' from POMEGRANATE_ADMIN_PASSWORD; change the password after the first sign-in");
	}
}
