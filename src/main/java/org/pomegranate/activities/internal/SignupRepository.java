package org.pomegranate.activities.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.pomegranate.activities.Signup;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Sign-ups, the waiting list and the tickets' codes. */
@Repository
public class SignupRepository {

	private static final String SELECT = """
			select s.id, s.activity_id, s.resident_id, s.status, s.short_code, s.token, s.created_at,
			       case when s.status = 'WAITING' then (select count(*) from activity_signup w
			            where w.activity_id = s.activity_id and w.status = 'WAITING'
			              and (w.created_at, w.id) <= (s.created_at, s.id)) else 0 end as position,
			       exists (select 1 from activity_attendance t where t.signup_id = s.id) as checked_in
			from activity_signup s
			""";

	private final JdbcClient jdbc;

	SignupRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Inserts a sign-up; false when the short code is already used at this activity — the caller draws
	 * another. A second live sign-up of the resident violates {@code activity_signup_once}.
	 */
	public boolean insert(UUID id, UUID activityId, UUID residentId, Signup.Status status, String token,
			String shortCode, UUID by, Instant now) {
		return jdbc.sql("""
				insert into activity_signup (id, activity_id, resident_id, status, token, short_code, created_at, created_by)
				values (?, ?, ?, ?, ?, ?, ?, ?) on conflict (activity_id, short_code) do nothing""")
			.params(id, activityId, residentId, status.name(), token, shortCode, Timestamp.from(now), by).update() == 1;
	}

	public Optional<StoredSignup> find(UUID id) {
		return jdbc.sql(SELECT + " where s.id = ?").param(id).query(this::map).optional();
	}

	/** Locks the sign-up's row — cancelling it. */
	public Optional<StoredSignup> lock(UUID id) {
		jdbc.sql("select id from activity_signup where id = ? for update").param(id).query(UUID.class).optional();
		return find(id);
	}

	public Optional<StoredSignup> byToken(String token) {
		return jdbc.sql(SELECT + " where s.token = ?").param(token).query(this::map).optional();
	}

	public Optional<StoredSignup> byShortCode(UUID activityId, String shortCode) {
		return jdbc.sql(SELECT + " where s.activity_id = ? and s.short_code = ?").params(activityId, shortCode)
			.query(this::map).optional();
	}

	/** The resident's live sign-up for an activity, if any. */
	public Optional<StoredSignup> liveOf(UUID activityId, UUID residentId) {
		return jdbc.sql(SELECT + " where s.activity_id = ? and s.resident_id = ? and s.status <> 'CANCELLED'")
			.params(activityId, residentId).query(this::map).optional();
	}

	/**
	 * The resident's sign-ups: those still to come, soonest first (the ticket she needs next on top),
	 * then past ones, latest first.
	 */
	public List<StoredSignup> ofResident(UUID residentId, int limit) {
		return jdbc.sql(SELECT + """
				 join activity a on a.id = s.activity_id
				where s.resident_id = ?
				order by a.ends_at < now(), case when a.ends_at >= now() then a.starts_at end, a.starts_at desc, s.id
				limit ?""").params(residentId, limit)
			.query(this::map).list();
	}

	public void cancel(UUID id, Instant now) {
		jdbc.sql("update activity_signup set status = 'CANCELLED', cancelled_at = ? where id = ?")
			.params(Timestamp.from(now), id).update();
	}

	/**
	 * Moves the first of the waiting list onto the place just freed and answers who it was. Rows
	 * locked by a concurrent cancellation's promotion are skipped, so two cancellations promote two
	 * different residents.
	 */
	public Optional<StoredSignup> promoteFirst(UUID activityId) {
		Optional<UUID> first = jdbc.sql("""
				select id from activity_signup where activity_id = ? and status = 'WAITING'
				order by created_at, id limit 1 for update skip locked""").param(activityId).query(UUID.class)
			.optional();
		first.ifPresent(id -> jdbc.sql("update activity_signup set status = 'CONFIRMED' where id = ?").param(id)
			.update());
		return first.flatMap(this::find);
	}

	public int count(UUID activityId, Signup.Status status) {
		return jdbc.sql("select count(*) from activity_signup where activity_id = ? and status = ?")
			.params(activityId, status.name()).query(Integer.class).single();
	}

	private StoredSignup map(ResultSet rs, int n) throws SQLException {
		Signup signup = new Signup(rs.getObject("id", UUID.class), rs.getObject("activity_id", UUID.class),
				Signup.Status.valueOf(rs.getString("status")), rs.getString("short_code"), rs.getInt("position"),
				rs.getTimestamp("created_at").toInstant());
		return new StoredSignup(signup, rs.getObject("resident_id", UUID.class), rs.getString("token"),
				rs.getBoolean("checked_in"));
	}
}
