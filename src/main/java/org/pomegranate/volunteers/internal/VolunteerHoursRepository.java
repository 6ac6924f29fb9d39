package org.pomegranate.volunteers.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.pomegranate.volunteers.HoursEntry;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Hours given; a check-out's hours are approved at once, entered ones wait for staff. */
@Repository
public class VolunteerHoursRepository {

	private static final String SELECT = """
			select h.*, u.name_zh as unit_name from volunteer_hours h join org_unit u on u.id = h.unit_id
			""";

	private final JdbcClient jdbc;

	VolunteerHoursRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void insert(UUID id, UUID volunteerId, UUID unitId, UUID shiftId, String source, boolean approved,
			LocalDate workedOn, int minutes, String description, Instant at, UUID by) {
		jdbc.sql("""
				insert into volunteer_hours (id, volunteer_id, unit_id, shift_id, source, status, worked_on, minutes,
				    description, entered_at, entered_by, approved_at, approved_by)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, volunteerId, unitId, shiftId, source, approved ? "APPROVED" : "PENDING", Date.valueOf(workedOn),
					minutes, description, Timestamp.from(at), by, approved ? Timestamp.from(at) : null,
					approved ? by : null)
			.update();
	}

	public Optional<HoursEntry> find(UUID id) {
		return jdbc.sql(SELECT + " where h.id = ?").param(id).query(VolunteerHoursRepository::map).optional();
	}

	/** Approves pending hours once; false when they were approved already (or by someone meanwhile). */
	public boolean approve(UUID id, Instant at, UUID by) {
		return jdbc.sql("""
				update volunteer_hours set status = 'APPROVED', approved_at = ?, approved_by = ?
				where id = ? and status = 'PENDING'""")
			.params(Timestamp.from(at), by, id).update() == 1;
	}

	public List<HoursEntry> ofVolunteer(UUID volunteerId, int limit) {
		return jdbc.sql(SELECT + " where h.volunteer_id = ? order by h.worked_on desc, h.entered_at desc limit ?")
			.params(volunteerId, limit).query(VolunteerHoursRepository::map).list();
	}

	/** Entered hours waiting for approval, of volunteers of these communities, oldest first. */
	public List<HoursEntry> pendingIn(UUID[] communities, int limit) {
		return jdbc.sql(SELECT + """
				 join volunteer v on v.id = h.volunteer_id
				 where h.status = 'PENDING' and (v.community_id = any(?) or v.grid_id = any(?)) order by h.entered_at, h.id limit ?""")
			.params(communities, communities, limit).query(VolunteerHoursRepository::map).list();
	}

	private static HoursEntry map(ResultSet rs, int n) throws SQLException {
		return new HoursEntry(rs.getObject("id", UUID.class), rs.getObject("volunteer_id", UUID.class),
				rs.getObject("unit_id", UUID.class), rs.getString("unit_name"), rs.getObject("shift_id", UUID.class),
				rs.getString("source"), rs.getString("status"), rs.getDate("worked_on").toLocalDate(),
				rs.getInt("minutes"), rs.getString("description"), rs.getTimestamp("entered_at").toInstant(),
				ShiftSignupRepository.instant(rs.getTimestamp("approved_at")));
	}
}
