package org.pomegranate.mediation.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.pomegranate.mediation.CaseDetails;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Mediation sessions of a case, in the order they were held. */
@Repository
public class MediationSessionRepository {

	private final JdbcClient jdbc;

	MediationSessionRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void insert(UUID caseId, LocalDate heldOn, String place, String note, UUID recordedBy, Instant now) {
		jdbc.sql("insert into mediation_session (id, case_id, held_on, place, note, recorded_by, recorded_at) "
				+ "values (?, ?, ?, ?, ?, ?, ?)")
			.params(UUID.randomUUID(), caseId, heldOn, place, note, recordedBy, Timestamp.from(now)).update();
	}

	public List<CaseDetails.Session> of(UUID caseId) {
		return jdbc.sql("select s.held_on, s.place, s.note, a.display_name from mediation_session s "
				+ "left join account a on a.id = s.recorded_by where s.case_id = ? order by s.held_on, s.recorded_at")
			.param(caseId)
			.query((rs, n) -> new CaseDetails.Session(rs.getObject("held_on", LocalDate.class), rs.getString("place"),
					rs.getString("note"), rs.getString("display_name")))
			.list();
	}
}
