package org.pomegranate.identity.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
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

	record StoredAccount(CurrentUser user, String passwordHash, boolean enabled, Instant lockedUntil,
			int failedAttempts) {
	}

	Optional<StoredAccount> findForLogin(String username) {
		return jdbc.sql("""
				select id, username, display_name, role, org_unit_id, resident_id, password_hash, enabled, locked_until,
				       failed_attempts
				from account where username = ?""")
			.param(username)
			.query((rs, n) -> new StoredAccount(currentUser(rs), rs.getString("password_hash"),
					rs.getBoolean("enabled"), instant(rs, "locked_until"), rs.getInt("failed_attempts")))
			.optional();
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

	public List<AccountSummary> search(String query, int limit) {
		return jdbc.sql(SUMMARY + " where username ilike ? or display_name ilike ? order by username limit ?")
			.params(Like.containing(query), Like.containing(query), limit)
			.query(this::summary).list();
	}

	public List<StaffMember> staffOf(UUID unitId) {
		return jdbc.sql("""
				select id, display_name, role, org_unit_id, languages from account
				where org_unit_id = ? and role not in ('RESIDENT', 'SYSTEM_ADMIN') order by display_name""")
			.param(unitId)
			.query((rs, n) -> new StaffMember(rs.getObject("id", UUID.class), rs.getString("display_name"),
					Role.valueOf(rs.getString("role")), rs.getObject("org_unit_id", UUID.class),
					Arrays.asList((String[]) rs.getArray("languages").getArray())))
			.list();
	}

	boolean anyOfRole(Role role) {
		return jdbc.sql("select exists (select 1 from account where role = ?)").param(role.name()).query(Boolean.class)
			.single();
	}

	public long countStaffIn(UUID[] unitIds) {
		return jdbc.sql("select count(*) from account where org_unit_id = any(?) and role not in ('RESIDENT', 'SYSTEM_ADMIN')")
			.param(unitIds).query(Long.class).single();
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

	/** Counts a failed login; the fifth in a row locks the account until {@code lockUntil}. */
	void recordFailure(String username, int maxAttempts, Instant lockUntil) {
		jdbc.sql("""
				update account set
				  failed_attempts = case when failed_attempts + 1 >= ? then 0 else failed_attempts + 1 end,
				  locked_until = case when failed_attempts + 1 >= ? then ? else locked_until end
				where username = ?""")
			.params(maxAttempts, maxAttempts, Timestamp.from(lockUntil), username)
			.update();
	}

	void recordSuccess(String username) {
		jdbc.sql("update account set failed_attempts = 0, locked_until = null where username = ? and failed_attempts > 0")
			.param(username).update();
	}

	public int unlock(UUID id) {
		return jdbc.sql("update account set failed_attempts = 0, locked_until = null where id = ?").param(id).update();
	}

	public int setPassword(UUID id, String passwordHash) {
		return jdbc.sql("update account set password_hash = ?, failed_attempts = 0, locked_until = null where id = ?")
			.params(passwordHash, id).update();
	}

	private static final String SUMMARY = """
			select id, username, display_name, role, org_unit_id, failed_attempts, locked_until from account""";

	private AccountSummary summary(ResultSet rs, int n) throws SQLException {
		return new AccountSummary(rs.getObject("id", UUID.class), rs.getString("username"),
				rs.getString("display_name"), Role.valueOf(rs.getString("role")),
				rs.getObject("org_unit_id", UUID.class), rs.getInt("failed_attempts"), instant(rs, "locked_until"));
	}

	private static CurrentUser currentUser(ResultSet rs) throws SQLException {
		return new CurrentUser(rs.getObject("id", UUID.class), rs.getString("username"),
				rs.getString("display_name"), Role.valueOf(rs.getString("role")),
				rs.getObject("org_unit_id", UUID.class), rs.getObject("resident_id", UUID.class));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp ts = rs.getTimestamp(column);
		return ts == null ? null : ts.toInstant();
	}
}
