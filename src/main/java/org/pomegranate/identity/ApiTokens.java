package org.pomegranate.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.pomegranate.identity.internal.AccountRepository;
import org.pomegranate.identity.internal.ApiTokenRepository;
import org.pomegranate.identity.internal.TokenValues;
import org.pomegranate.shared.web.RuleViolationException;
import org.pomegranate.shared.web.InvalidInputException;
import org.pomegranate.shared.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * API tokens: how programs call the JSON API ({@code Authorization: Bearer …}) instead of sending a
 * password. Everyone makes and revokes their own on the account page; the administrator does the
 * same for an integration account (one that a program, not a person, uses). A token is shown once,
 * kept only as its SHA-256, reads only or also acts ({@link ApiTokenScope}), and expires.
 */
@Service
@Transactional(readOnly = true)
public class ApiTokens {

	private static final int LIST_LIMIT = 100;

	private final ApiTokenRepository tokens;
	private final AccountRepository accounts;
	private final IdentityManagement identity;
	private final Clock clock;

	ApiTokens(ApiTokenRepository tokens, AccountRepository accounts, IdentityManagement identity, Clock clock) {
		this.tokens = tokens;
		this.accounts = accounts;
		this.identity = identity;
		this.clock = clock;
	}

	/** A new token of the signed-in account. */
	@Transactional
	public IssuedApiToken create(NewApiToken token) {
		CurrentUser me = identity.currentUser();
		return issue(me.accountId(), me.accountId(), token, TokenValues.newValue());
	}

	/** The administrator makes a token for another account (an integration account, typically). */
	@Transactional
	public IssuedApiToken createFor(UUID accountId, NewApiToken token) {
		CurrentUser admin = identity.require(Permission.MANAGE_ACCOUNTS);
		if (!accounts.exists(accountId)) {
			throw new NotFoundException("account");
		}
		return issue(accountId, admin.accountId(), token, TokenValues.newValue());
	}

	/** The signed-in account's tokens, newest first (at most 100). */
	public List<ApiTokenSummary> mine() {
		return tokens.of(identity.currentUser().accountId(), LIST_LIMIT);
	}

	/** Another account's tokens, for the administrator. */
	public List<ApiTokenSummary> of(UUID accountId) {
		identity.require(Permission.MANAGE_ACCOUNTS);
		if (!accounts.exists(accountId)) {
			throw new NotFoundException("account");
		}
		return tokens.of(accountId, LIST_LIMIT);
	}

	/** Revokes one's own token, or any as the administrator; someone else's looks like none at all. */
	@Transactional
	public void revoke(UUID tokenId) {
		CurrentUser me = identity.currentUser();
		UUID owner = tokens.accountOf(tokenId).orElseThrow(() -> new NotFoundException("token"));
		if (!owner.equals(me.accountId()) && !me.can(Permission.MANAGE_ACCOUNTS)) {
			throw new NotFoundException("token");
		}
		tokens.revoke(tokenId, clock.instant());
	}

	/**
	 * Stores a token whose value is known in advance, for an account that exists, unless it is stored
	 * already. For the demo data only, whose documented tokens work on a fresh start like its
	 * documented password; never for real accounts.
	 */
	@Transactional
	public void installKnownValue(String username, String name, String value, Duration validFor) {
		UUID account = identity.findAccounts(username, 10).stream().filter(a -> a.username().equals(username))
			.findFirst().orElseThrow(() -> new NotFoundException("account")).id();
		if (!tokens.exists(TokenValues.hash(value))) {
			issue(account, account, new NewApiToken(name, ApiTokenScope.ACT, (int) validFor.toDays()), value);
		}
	}

	private IssuedApiToken issue(UUID accountId, UUID createdBy, NewApiToken token, String value) {
		validate(token);
		UUID id = UUID.randomUUID();
		Instant now = clock.instant();
		Instant expires = now.plus(Duration.ofDays(token.days()));
		if (!tokens.insert(id, accountId, token.name().strip(), TokenValues.hash(value), TokenValues.shown(value),
				token.scope(), createdBy, now, expires)) {
			throw new RuleViolationException("error.token.tooMany");
		}
		return new IssuedApiToken(id, value, token.scope(), expires);
	}

	private static void validate(NewApiToken token) {
		String name = token.name() == null ? "" : token.name().strip();
		if (name.isEmpty() || name.length() > 60 || name.chars().anyMatch(Character::isISOControl)) {
			throw new InvalidInputException("name", "error.token.name");
		}
		if (token.scope() == null) {
			throw new InvalidInputException("scope", "error.token.scope");
		}
		if (token.days() < 1 || token.days() > NewApiToken.MAX_DAYS) {
			throw new InvalidInputException("days", "error.token.days");
		}
	}
}
