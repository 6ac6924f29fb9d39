package org.pomegranate.volunteers.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.pomegranate.volunteers.Opportunity;
import org.pomegranate.volunteers.Shift;
import org.pomegranate.volunteers.VolunteerTeam;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Opportunities, their shifts and volunteer teams. */
@Repository
public class VolunteerOpportunityRepository {

	private static final String SELECT = """
			select o.*, u.name_zh as unit_name, t.name as team_name from volunteer_opportunity o
			join org_unit u on u.id = o.unit_id left join volunteer_team t on t.id = o.team_id
			""";

	/** A shift with what acts on it need: the opportunity's unit, team coordinator and points. */
	public record ShiftContext(Shift shift, UUID unitId, UUID coordinatorId, int pointsPerHour, int pointsPerShift) {
	}

	private final JdbcClient jdbc;

	VolunteerOpportunityRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void insert(UUID id, UUID unitId, UUID teamId, String title, String place, UUID activityId, int perHour,
			int perShift, Instant at, UUID by) {
		jdbc.sql("""
				insert into volunteer_opportunity (id, unit_id, team_id, title, place, activity_id, points_per_hour,
				    points_per_shift, created_at, created_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, unitId, teamId, title, place, activityId, perHour, perShift, Timestamp.from(at), by).update();
	}

	public Optional<Opportunity> find(UUID id) {
		return jdbc.sql(SELECT + " where o.id = ?").param(id).query(this::map).optional();
	}

	/** Newest first within the units, after the one named (keyset). */
	public List<Opportunity> inUnits(UUID[] units, UUID after, int limit) {
		return jdbc.sql(SELECT + """
				 where o.unit_id = any(:units)
				 and (cast(:after as uuid) is null or (o.created_at, o.id) <
				      (select a.created_at, a.id from volunteer_opportunity a where a.id = :after))
				 order by o.created_at desc, o.id desc limit :limit""")
			.param("units", units).param("after", after).param("limit", limit).query(this::map).list();
	}

	public void insertShift(UUID id, UUID opportunityId, Instant starts, Instant ends, int needed) {
		jdbc.sql("insert into volunteer_shift (id, opportunity_id, starts_at, ends_at, needed) values (?, ?, ?, ?, ?)")
			.params(id, opportunityId, Timestamp.from(starts), Timestamp.from(ends), needed).update();
	}

	public List<Shift> shiftsOf(UUID opportunityId) {
		return jdbc.sql("select * from volunteer_shift where opportunity_id = ? order by starts_at, id limit 200")
			.param(opportunityId).query(VolunteerOpportunityRepository::shift).list();
	}

	public Optional<ShiftContext> shift(UUID id) {
		return jdbc.sql("""
				select s.*, o.unit_id, t.coordinator_id, o.points_per_hour, o.points_per_shift
				from volunteer_shift s join volunteer_opportunity o on o.id = s.opportunity_id
				left join volunteer_team t on t.id = o.team_id where s.id = ?""")
			.param(id).query((rs, n) -> new ShiftContext(shift(rs, n), rs.getObject("unit_id", UUID.class),
					rs.getObject("coordinator_id", UUID.class), rs.getInt("points_per_hour"), rs.getInt("points_per_shift")))
			.optional();
	}

	public void insertTeam(UUID id, UUID unitId, String name, UUID coordinatorId, Instant at) {
		jdbc.sql("insert into volunteer_team (id, unit_id, name, coordinator_id, created_at) values (?, ?, ?, ?, ?)")
			.params(id, unitId, name, coordinatorId, Timestamp.from(at)).update();
	}

	public Optional<VolunteerTeam> team(UUID id) {
		return jdbc.sql(TEAMS + " where t.id = ?").param(id).query(VolunteerOpportunityRepository::team).optional();
	}

	public List<VolunteerTeam> teamsIn(UUID[] units) {
		return jdbc.sql(TEAMS + " where t.unit_id = any(?) order by t.name limit 200").param(units)
			.query(VolunteerOpportunityRepository::team).list();
	}

	/** Adds a member; false when she was one already. */
	public boolean addMember(UUID teamId, UUID volunteerId) {
		return jdbc.sql("insert into volunteer_team_member (team_id, volunteer_id) values (?, ?) on conflict do nothing")
			.params(teamId, volunteerId).update() == 1;
	}

	private static final String TEAMS = """
			select t.*, (select count(*) from volunteer_team_member m where m.team_id = t.id) as members
			from volunteer_team t""";

	private static VolunteerTeam team(ResultSet rs, int n) throws SQLException {
		return new VolunteerTeam(rs.getObject("id", UUID.class), rs.getObject("unit_id", UUID.class), rs.getString("name"),
				rs.getObject("coordinator_id", UUID.class), rs.getInt("members"));
	}

	private Opportunity map(ResultSet rs, int n) throws SQLException {
		return new Opportunity(rs.getObject("id", UUID.class), rs.getObject("unit_id", UUID.class),
				rs.getString("unit_name"), rs.getObject("team_id", UUID.class), rs.getString("team_name"),
				rs.getString("title"), rs.getString("place"), rs.getObject("activity_id", UUID.class),
				rs.getInt("points_per_hour"), rs.getInt("points_per_shift"), rs.getTimestamp("created_at").toInstant());
	}

	static Shift shift(ResultSet rs, int n) throws SQLException {
		return new Shift(rs.getObject("id", UUID.class), rs.getObject("opportunity_id", UUID.class),
				rs.getTimestamp("starts_at").toInstant(), rs.getTimestamp("ends_at").toInstant(), rs.getInt("needed"),
				rs.getInt("signed_up"));
	}
}
