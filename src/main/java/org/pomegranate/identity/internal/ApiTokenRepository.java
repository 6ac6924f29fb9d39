package org.pomegranate.identity.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.pomegranate.identity.ApiTokenScope;
import org.pomegranate.identity.ApiTokenSummary;
import org.pomegranate.identity.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class ApiTokenRepository {

	/** How many tokens one account may hold at a time (neither revoked nor expired). */
	public static final int MAX_ACTIVE = 20;

	private final JdbcClient jdbc;

	ApiTokenRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A token presented with a call, with its account: only if usable and the account is enabled. */
	record TokenUse(UUID tokenId, ApiTokenScope scope, Instant lastUsedAt, CurrentUser user) {
	}

	/**
	 * Stores a new token, unless the account already holds {@link #MAX_ACTIVE}: the check and the
	 * insert are one statement, after the account's row is locked, so parallel requests cannot pass it.
	 */
	public boolean insert(UUID id, UUID accountId, String name, String hash, String prefix, ApiTokenScope scope,
			UUID createdBy, Instant now, Instant expiresAt) {
		jdbc.sql("select id from account where id = ? for update").param(accountId).query(UUID.class).optional();
		return jdbc.sql("""
				insert into api_token (id, account_id, name, token_hash, prefix, scope, created_by, created_at, expires_at)
				select :id, :account, :name, :hash, :prefix, :scope, :createdBy, :now, :expires
				where (select count(*) from api_token
				       where account_id = :account and revoked_at is null and expires_at > :now) < :max""")
			.param("id", id).param("account", accountId).param("name", name).param("hash", hash)
			.param("prefix", prefix).param("scope", scope.name()).param("createdBy", createdBy)
			.param("now", Timestamp.from(now)).param("expires", Timestamp.from(expiresAt)).param("max", MAX_ACTIVE)
			.update() == 1;
	}

	Optional<TokenUse> findUsable(String hash, Instant now) {
		return jdbc.sql("""
				select t.id as token_id, t.scope, t.last_used_at,
				       a.id, a.username, a.display_name, a.role, a.org_unit_id, a.resident_id
				from api_token t join account a on a.id = t.account_id
				where t.token_hash = ? and t.revoked_at is null and t.expires_at > ? and a.enabled""")
			.params(hash, Timestamp.from(now))
			.query((rs, n) -> new TokenUse(rs.getObject("token_id", UUID.class), ApiTokenScope.valueOf(rs.getString("scope")),
					instant(rs, "last_used_at"), AccountRepository.currentUser(rs)))
			.optional();
	}

	/** Records a use, at most once a minute per token: a busy client does not write on every call. */
	void touch(UUID tokenId, Instant now) {
		jdbc.sql("update api_token set last_used_at = ? where id = ? and (last_used_at is null or last_used_at < ?)")
			.params(Timestamp.from(now), tokenId, Timestamp.from(now.minusSeconds(60))).update();
	}

	public List<ApiTokenSummary> of(UUID accountId, int limit) {
		return jdbc.sql("""
				select id, name, prefix, scope, created_at, expires_at, revoked_at, last_used_at from api_token
				where account_id = ? order by created_at desc, id limit ?""")
			.params(accountId, limit).query(this::summary).list();
	}

	/** The account a token belongs to, if the token exists. */
	public Optional<UUID> accountOf(UUID tokenId) {
		return jdbc.sql("select account_id from api_token where id = ?").param(tokenId).query(UUID.class).optional();
	}

	public int revoke(UUID tokenId, Instant now) {
		return jdbc.sql("update api_token set revoked_at = ? where id = ? and revoked_at is null")
			.params(Timestamp.from(now), tokenId).update();
	}

	/** For a demo token of a known value: true if a token with this hash is already stored. */
	public boolean exists(String hash) {
		return jdbc.sql("select exists (select 1 from api_token where token_hash = ?)").param(hash).query(Boolean.class)
			.single();
	}

	private ApiTokenSummary summary(ResultSet rs, int n) throws SQLException {
		return new ApiTokenSummary(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("prefix"),
				ApiTokenScope.valueOf(rs.getString("scope")), instant(rs, "created_at"), instant(rs, "expires_at"),
				instant(rs, "revoked_at"), instant(rs, "last_used_at"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp ts = rs.getTimestamp(column);
		return ts == null ? null : ts.toInstant();
	}
}
