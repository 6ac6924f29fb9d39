package org.pomegranate.identity.web;

import org.pomegranate.identity.ApiTokenScope;
import org.pomegranate.identity.NewApiToken;

/** The form for a new API token; the rules are {@code ApiTokens}', whose messages come back on the form. */
record TokenForm(String name, ApiTokenScope scope, Integer days) {

	static TokenForm empty() {
		return new TokenForm("", ApiTokenScope.READ, 90);
	}

	NewApiToken toNewToken() {
		return new NewApiToken(name, scope, days == null ? 0 : days);
	}
}
