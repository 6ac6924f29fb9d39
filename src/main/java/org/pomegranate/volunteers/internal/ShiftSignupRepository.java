package org.pomegranate.volunteers.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.pomegranate.volunteers.Signup;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Sign-ups. A place is taken by one conditional update of the shift's count, so concurrent sign-ups
 * can never pass the number needed (the table's check is the last guard); the sign-up row and the
 * count change in the caller's transaction, so a refused sign-up leaves the count as it was.
 */
@Repository
public class ShiftSignupRepository {

	private final JdbcClient jdbc;

	ShiftSignupRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Takes one place of a shift that has not started; false when it is full or under way. */
	public boolean takePlace(UUID shiftId, Instant now) {
		return jdbc.sql("""
				update volunteer_shift set signed_up = signed_up + 1
				where id = ? and signed_up < needed and starts_at > ?""")
			.params(shiftId, Timestamp.from(now)).update() == 1;
	}

	/**
	 * Locks the shift's row as taking a place does, for acts that change a sign-up before the shift:
	 * a cancel and a sign-up of the same person at the same moment then queue on the shift instead of
	 * each holding the row the other needs.
	 */
	public void holdShift(UUID shiftId) {
		jdbc.sql("select id from volunteer_shift where id = ? for no key update").param(shiftId).query(UUID.class)
			.optional();
	}

	public void givePlaceBack(UUID shiftId) {
		jdbc.sql("update volunteer_shift set signed_up = signed_up - 1 where id = ?").param(shiftId).update();
	}

	/** Signs up, or signs up again after a cancellation; false when she is signed up already. */
	public boolean signUp(UUID shiftId, UUID volunteerId, Instant at) {
		return jdbc.sql("""
				insert into volunteer_signup (id, shift_id, volunteer_id, status, signed_up_at)
				values (?, ?, ?, 'SIGNED_UP', ?)
				on conflict (shift_id, volunteer_id) do update
				set status = 'SIGNED_UP', signed_up_at = excluded.signed_up_at, cancelled_at = null
				where volunteer_signup.status = 'CANCELLED'""")
			.params(UUID.randomUUID(), shiftId, volunteerId, Timestamp.from(at)).update() == 1;
	}

	/** Cancels a sign-up not yet checked in; false when there is none to cancel. */
	public boolean cancel(UUID shiftId, UUID volunteerId, Instant at) {
		return jdbc.sql("""
				update volunteer_signup set status = 'CANCELLED', cancelled_at = ?
				where shift_id = ? and volunteer_id = ? and status = 'SIGNED_UP' and checked_in_at is null""")
			.params(Timestamp.from(at), shiftId, volunteerId).update() == 1;
	}

	public boolean checkIn(UUID shiftId, UUID volunteerId, Instant at) {
		return jdbc.sql("""
				update volunteer_signup set checked_in_at = ?
				where shift_id = ? and volunteer_id = ? and status = 'SIGNED_UP' and checked_in_at is null""")
			.params(Timestamp.from(at), shiftId, volunteerId).update() == 1;
	}

	/** Checks out once, after the check-in; answers the check-in time, empty when refused. */
	public Optional<Instant> checkOut(UUID shiftId, UUID volunteerId, Instant at) {
		return jdbc.sql("""
				update volunteer_signup set checked_out_at = ?
				where shift_id = ? and volunteer_id = ? and status = 'SIGNED_UP' and checked_in_at is not null
				  and checked_out_at is null and checked_in_at < ?
				returning checked_in_at""")
			.params(Timestamp.from(at), shiftId, volunteerId, Timestamp.from(at))
			.query((rs, n) -> rs.getTimestamp(1).toInstant()).optional();
	}

	/** A shift's roster with whole names (the caller masks them). */
	public List<Signup> roster(UUID shiftId) {
		return jdbc.sql("""
				select s.*, r.name, v.resident_id from volunteer_signup s join volunteer v on v.id = s.volunteer_id
				join resident r on r.id = v.resident_id where s.shift_id = ? order by s.signed_up_at, s.id limit 500""")
			.param(shiftId).query(ShiftSignupRepository::map).list();
	}

	/** A volunteer's own sign-ups, the latest shifts first. */
	public List<Signup> ofVolunteer(UUID volunteerId, int limit) {
		return jdbc.sql("""
				select s.*, '' as name from volunteer_signup s join volunteer_shift f on f.id = s.shift_id
				where s.volunteer_id = ? order by f.starts_at desc limit ?""")
			.params(volunteerId, limit).query(ShiftSignupRepository::map).list();
	}

	public List<UUID> residentsOnRoster(UUID shiftId) {
		return jdbc.sql("""
				select v.resident_id from volunteer_signup s join volunteer v on v.id = s.volunteer_id
				where s.shift_id = ? limit 500""").param(shiftId).query(UUID.class).list();
	}

	private static Signup map(ResultSet rs, int n) throws SQLException {
		return new Signup(rs.getObject("shift_id", UUID.class), rs.getObject("volunteer_id", UUID.class),
				rs.getString("name"), rs.getString("status"), instant(rs.getTimestamp("signed_up_at")),
				instant(rs.getTimestamp("checked_in_at")), instant(rs.getTimestamp("checked_out_at")));
	}

	static Instant instant(Timestamp t) {
		return t == null ? null : t.toInstant();
	}
}
