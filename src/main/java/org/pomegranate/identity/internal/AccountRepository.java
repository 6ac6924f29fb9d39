package org.pomegranate.identity.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.pomegranate.shared.database.Like;
import org.pomegranate.identity.AccountSummary;
import org.pomegranate.identity.CurrentUser;
import org.pomegranate.identity.NewAccount;
import org.pomegranate.identity.Role;
import org.pomegranate.identity.StaffMember;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class AccountRepository {

	private final JdbcClient jdbc;

	AccountRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** An account whose sign-in attempt has been counted: its password may now be checked once. */
	record ClaimedAttempt(CurrentUser user, String passwordHash, boolean enabled, int attempt) {
	}

	/**
	 * Counts one sign-in attempt before its password is checked, in a single statement, so parallel
	 * attempts cannot all pass the check of the count: the database serialises the updates of the row.
	 * The count restarts when its window has passed. Empty when there is no such account, when it is
	 * locked, or when the window's attempts are spent (the caller then must not check the password).
	 */
	Optional<ClaimedAttempt> claimAttempt(String username, int maxAttempts, Instant now, Instant windowStart) {
		Timestamp at = Timestamp.from(now);
		Timestamp window = Timestamp.from(windowStart);
		return jdbc.sql("""
				update account set
				  failed_attempts = case when attempts_since is null or attempts_since <= :window then 1
				                         else failed_attempts + 1 end,
				  attempts_since = case when attempts_since is null or attempts_since <= :window then :now
				                        else attempts_since end
				where username = :username
				  and (locked_until is null or locked_until <= :now)
				  and (attempts_since is null or attempts_since <= :window or failed_attempts < :max)
				returning id, username, display_name, role, org_unit_id, resident_id, password_hash, enabled, failed_attempts""")
			.param("window", window).param("now", at).param("username", username).param("max", maxAttempts)
			.query((rs, n) -> new ClaimedAttempt(currentUser(rs), rs.getString("password_hash"), rs.getBoolean("enabled"),
					rs.getInt("failed_attempts")))
			.optional();
	}

	/** A wrong password: once the window's attempts are spent the account is locked; true if this locked it. */
	boolean lockIfSpent(UUID id, int maxAttempts, Instant lockUntil) {
		return jdbc.sql("""
				update account set locked_until = ?, failed_attempts = 0, attempts_since = null
				where id = ? and failed_attempts >= ?""")
			.params(Timestamp.from(lockUntil), id, maxAttempts).update() > 0;
	}

	/** The right password: the count starts again (no write when there is nothing to clear). */
	void clearAttempts(UUID id) {
		jdbc.sql("update account set failed_attempts = 0, attempts_since = null, locked_until = null where id = ? and failed_attempts > 0")
			.param(id).update();
	}

	/** The account as a signed-in principal; empty if unknown or disabled. */
	Optional<CurrentUser> findEnabled(String username) {
		return jdbc.sql("select id, username, display_name, role, org_unit_id, resident_id from account where username = ? and enabled")
			.param(username).query((rs, n) -> currentUser(rs)).optional();
	}

	public Optional<AccountSummary> findById(UUID id) {
		return jdbc.sql(SUMMARY + " where id = ?").param(id).query(this::summary).optional();
	}

	/** The languages the person speaks, the preferred one first. */
	List<String> languages(UUID id) {
		return jdbc.sql("select languages from account where id = ?").param(id)
			.query((rs, n) -> Arrays.asList((String[]) rs.getArray(1).getArray())).optional().orElse(List.of());
	}

	public Optional<String> passwordHash(UUID id) {
		return jdbc.sql("select password_hash from account where id = ?").param(id).query(String.class).optional();
	}

	public void setEnabled(UUID id, boolean enabled) {
		jdbc.sql("update account set enabled = ? where id = ?").params(enabled, id).update();
	}

	public void setRole(UUID id, Role role, UUID orgUnitId) {
		jdbc.sql("update account set role = ?, org_unit_id = ? where id = ?").params(role.name(), orgUnitId, id).update();
	}

	public boolean exists(UUID id) {
		return jdbc.sql("select exists (select 1 from account where id = ?)").param(id).query(Boolean.class).single();
	}

	public boolean anyBoundToAUnit() {
		return jdbc.sql("select exists (select 1 from account where org_unit_id is not null and enabled)")
			.query(Boolean.class).single();
	}

	public List<UUID> idsOfResident(UUID residentId) {
		return jdbc.sql("select id from account where resident_id = ? and enabled").param(residentId).query(UUID.class)
			.list();
	}

	public Optional<AccountSummary> findByUsername(String username) {
		return jdbc.sql(SUMMARY + " where username = ?").param(username).query(this::summary).optional();
	}

	/**
	 * Accounts whose username or name holds the query, of one role when given, in username order after the
	 * cursor (the last username of the page before): keyset paging, however many accounts there are.
	 */
	public List<AccountSummary> search(String query, Role role, String after, int limit) {
		return jdbc.sql(SUMMARY + " where (username ilike ? or display_name ilike ?)"
				+ " and (cast(? as varchar) is null or role = ?) and (cast(? as varchar) is null or username > ?)"
				+ " order by username limit ?")
			.params(Like.containing(query), Like.containing(query), role == null ? null : role.name(),
					role == null ? null : role.name(), after, after, limit)
			.query(this::summary).list();
	}

	public List<AccountSummary> search(String query, int limit) {
		return jdbc.sql(SUMMARY + " where username ilike ? or display_name ilike ? order by username limit ?")
			.params(Like.containing(query), Like.containing(query), limit)
			.query(this::summary).list();
	}

	public List<StaffMember> staffOf(UUID unitId) {
		return jdbc.sql("""
				select id, display_name, role, org_unit_id, languages from account
				where org_unit_id = ? and role not in ('RESIDENT', 'SYSTEM_ADMIN') order by display_name""")
			.param(unitId).query(AccountRepository::staffMember).list();
	}

	/** The staff of several units in one statement, each unit's in the order of {@link #staffOf}. */
	public List<StaffMember> staffOf(Collection<UUID> unitIds) {
		return jdbc.sql("""
				select id, display_name, role, org_unit_id, languages from account
				where org_unit_id = any(?) and role not in ('RESIDENT', 'SYSTEM_ADMIN') order by org_unit_id, display_name""")
			.param(unitIds.toArray(UUID[]::new)).query(AccountRepository::staffMember).list();
	}

	private static StaffMember staffMember(ResultSet rs, int n) throws SQLException {
		return new StaffMember(rs.getObject("id", UUID.class), rs.getString("display_name"),
				Role.valueOf(rs.getString("role")), rs.getObject("org_unit_id", UUID.class),
				Arrays.asList((String[]) rs.getArray("languages").getArray()));
	}

	boolean anyOfRole(Role role) {
		return jdbc.sql("select exists (select 1 from account where role = ?)").param(role.name()).query(Boolean.class)
			.single();
	}

	public UUID insert(NewAccount account, String passwordHash) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into account (id, username, password_hash, display_name, role, org_unit_id, resident_id, languages)
				values (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, account.username(), passwordHash, account.displayName(), account.role().name(),
					account.orgUnitId(), account.residentId(),
					account.languages() == null ? new String[0] : account.languages().toArray(String[]::new))
			.update();
		return id;
	}

	public int unlock(UUID id) {
		return jdbc.sql("update account set failed_attempts = 0, attempts_since = null, locked_until = null where id = ?").param(id).update();
	}

	public int setPassword(UUID id, String passwordHash) {
		return jdbc.sql("update account set password_hash = ?, failed_attempts = 0, attempts_since = null, locked_until = null where id = ?")
			.params(passwordHash, id).update();
	}

	private static final String SUMMARY = """
			select id, username, display_name, role, org_unit_id, failed_attempts, locked_until, enabled from account""";

	private AccountSummary summary(ResultSet rs, int n) throws SQLException {
		return new AccountSummary(rs.getObject("id", UUID.class), rs.getString("username"),
				rs.getString("display_name"), Role.valueOf(rs.getString("role")),
				rs.getObject("org_unit_id", UUID.class), rs.getInt("failed_attempts"), instant(rs, "locked_until"),
				rs.getBoolean("enabled"));
	}

	static CurrentUser currentUser(ResultSet rs) throws SQLException {
		return new CurrentUser(rs.getObject("id", UUID.class), rs.getString("username"),
				rs.getString("display_name"), Role.valueOf(rs.getString("role")),
				rs.getObject("org_unit_id", UUID.class), rs.getObject("resident_id", UUID.class));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp ts = rs.getTimestamp(column);
		return ts == null ? null : ts.toInstant();
	}
}
