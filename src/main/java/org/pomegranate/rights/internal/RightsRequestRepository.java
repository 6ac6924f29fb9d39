package org.pomegranate.rights.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.pomegranate.rights.RightsRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores residents' correction and deletion requests. */
@Repository
public class RightsRequestRepository {

	private final JdbcClient jdbc;

	RightsRequestRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void insert(UUID id, UUID residentId, UUID accountId, UUID communityId, RightsRequest.Kind kind, String what,
			String why, Instant at, Instant due) {
		jdbc.sql("""
				insert into rights_request (id, resident_id, account_id, community_id, kind, what, why, submitted_at, due_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, residentId, accountId, communityId, kind.name(), what, why, Timestamp.from(at), Timestamp.from(due))
			.update();
	}

	public List<RightsRequest> ofResident(UUID residentId) {
		return jdbc.sql("select * from rights_request where resident_id = ? order by submitted_at desc, id")
			.param(residentId).query(this::map).list();
	}

	/** Open ones first by deadline, then the answered ones of the last days; within the units given. */
	public List<RightsRequest> inUnits(UUID[] units, int limit) {
		return jdbc.sql("""
				select * from rights_request where community_id = any(?)
				order by status <> 'OPEN', due_at, id limit ?""")
			.params(units, limit).query(this::map).list();
	}

	public Optional<RightsRequest> lock(UUID id) {
		return jdbc.sql("select * from rights_request where id = ? for update").param(id).query(this::map).optional();
	}

	public Optional<RightsRequest> find(UUID id) {
		return jdbc.sql("select * from rights_request where id = ?").param(id).query(this::map).optional();
	}

	public void answer(UUID id, RightsRequest.Status status, String answer, String by, Instant at) {
		jdbc.sql("""
				update rights_request set status = ?, answer = ?, answered_by = ?, answered_at = ?, version = version + 1
				where id = ?""")
			.params(status.name(), answer, by, Timestamp.from(at), id).update();
	}

	private RightsRequest map(ResultSet rs, int n) throws SQLException {
		Timestamp answered = rs.getTimestamp("answered_at");
		return new RightsRequest(rs.getObject("id", UUID.class), rs.getObject("resident_id", UUID.class),
				rs.getObject("community_id", UUID.class), RightsRequest.Kind.valueOf(rs.getString("kind")),
				rs.getString("what"), rs.getString("why"), rs.getTimestamp("submitted_at").toInstant(),
				rs.getTimestamp("due_at").toInstant(), RightsRequest.Status.valueOf(rs.getString("status")),
				rs.getString("answer"), rs.getString("answered_by"), answered == null ? null : answered.toInstant());
	}
}
