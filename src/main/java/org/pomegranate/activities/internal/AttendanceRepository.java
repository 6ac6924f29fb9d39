package org.pomegranate.activities.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.pomegranate.activities.Attendee;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Who came: check-ins of tickets and walk-ins. */
@Repository
public class AttendanceRepository {

	private final JdbcClient jdbc;

	AttendanceRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Records an arrival. A ticket checked in twice violates the unique {@code signup_id}, a resident
	 * twice the unique — activity, resident: the database refuses the second even when both arrive at once.
	 */
	public void insert(UUID id, UUID activityId, UUID signupId, UUID residentId, UUID householdId, String walkInName,
			UUID by, Instant now) {
		jdbc.sql("""
				insert into activity_attendance (id, activity_id, signup_id, resident_id, household_id, walk_in_name,
				                                 checked_in_at, checked_in_by)
				values (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, activityId, signupId, residentId, householdId, walkInName, Timestamp.from(now), by).update();
	}

	/** The attendance list in order of arrival, names from the register. */
	public List<Attendee> of(UUID activityId, int limit) {
		return jdbc.sql("""
				select t.id, t.resident_id, coalesce(r.name, t.walk_in_name) as name, t.signup_id is null as walk_in,
				       s.short_code, t.checked_in_at
				from activity_attendance t
				left join resident r on r.id = t.resident_id
				left join activity_signup s on s.id = t.signup_id
				where t.activity_id = ? order by t.checked_in_at, t.id limit ?""").params(activityId, limit)
			.query((rs, n) -> new Attendee(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
					rs.getBoolean(4), rs.getString(5), rs.getTimestamp(6).toInstant()))
			.list();
	}

	public int participants(UUID activityId) {
		return jdbc.sql("select count(*) from activity_attendance where activity_id = ?").param(activityId)
			.query(Integer.class).single();
	}

	public int households(UUID activityId) {
		return jdbc.sql("select count(distinct household_id) from activity_attendance where activity_id = ?")
			.param(activityId).query(Integer.class).single();
	}
}
