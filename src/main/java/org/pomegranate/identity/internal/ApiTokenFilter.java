package org.pomegranate.identity.internal;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.pomegranate.shared.web.ApiErrorWriter;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates a call to the JSON API (and the actuator) by its {@code Authorization: Bearer …}
 * token. No password is ever read here. An unknown, expired or revoked token, or one of a disabled
 * account, answers 401 at once; a read-only token answers 403 to anything but reading. Anything
 * other than a Bearer token is ignored, so the call goes on anonymous and the chain answers 401.
 */
class ApiTokenFilter extends OncePerRequestFilter {

	private static final String BEARER = "Bearer ";

	private final ApiTokenRepository tokens;
	private final ApiErrorWriter errors;
	private final Clock clock;

	ApiTokenFilter(ApiTokenRepository tokens, ApiErrorWriter errors, Clock clock) {
		this.tokens = tokens;
		this.errors = errors;
		this.clock = clock;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader("Authorization");
		if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
			chain.doFilter(request, response);
			return;
		}
		String value = header.substring(BEARER.length()).strip();
		Instant now = clock.instant();
		Optional<ApiTokenRepository.TokenUse> use;
		try {
			use = value.isEmpty() || value.length() > 200 ? Optional.empty()
					: tokens.findUsable(TokenValues.hash(value), now);
		}
		catch (DataAccessResourceFailureException | CannotCreateTransactionException e) {
			// the database is away: not the caller's fault, so no 401 that would make a client drop its token
			response.setHeader("Retry-After", "5");
			errors.write(request, response, 503, "error.database.unavailable");
			return;
		}
		if (use.isEmpty()) {
			response.setHeader("WWW-Authenticate", "Bearer realm=\"Pomegranate\", error=\"invalid_token\"");
			errors.write(request, response, 401, "error.token.invalid");
			return;
		}
		ApiTokenRepository.TokenUse token = use.get();
		if (!token.scope().allows(request.getMethod())) {
			response.setHeader("WWW-Authenticate", "Bearer realm=\"Pomegranate\", error=\"insufficient_scope\"");
			errors.write(request, response, 403, "error.token.readOnly");
			return;
		}
		if (token.lastUsedAt() == null || token.lastUsedAt().isBefore(now.minusSeconds(60))) {
			tokens.touch(token.tokenId(), now);
		}
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(new TokenAuthentication(new AccountPrincipal(token.user())));
		SecurityContextHolder.setContext(context);
		try {
			chain.doFilter(request, response);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	/** A call authenticated by a token: the account's principal, no credentials kept. */
	static final class TokenAuthentication extends AbstractAuthenticationToken {

		private static final long serialVersionUID = 1L;

		private final AccountPrincipal principal;

		TokenAuthentication(AccountPrincipal principal) {
			super(principal.getAuthorities());
			this.principal = principal;
			setAuthenticated(true);
		}

		@Override
		public Object getCredentials() {
			return null;
		}

		@Override
		public Object getPrincipal() {
			return principal;
		}
	}
}
