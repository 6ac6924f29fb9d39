package org.pomegranate.mediation.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.pomegranate.identity.CurrentUser;
import org.pomegranate.mediation.CaseDetails;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** A case's record of every act, append-only, in order. */
@Repository
public class CaseTimeline {

	/** The deadline clock acts as the system, not as a person. */
	public static final String SYSTEM = "system";

	private final JdbcClient jdbc;

	CaseTimeline(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** @param actor {@code null} for the system */
	public void record(UUID caseId, CurrentUser actor, String kind, String note, Instant at) {
		jdbc.sql("insert into mediation_case_event (case_id, occurred_at, actor_id, actor_name, kind, note) "
				+ "values (?, ?, ?, ?, ?, ?)")
			.params(caseId, Timestamp.from(at), actor == null ? null : actor.accountId(),
					actor == null ? SYSTEM : actor.username(), kind, note)
			.update();
	}

	public List<CaseDetails.Event> of(UUID caseId) {
		return jdbc.sql("select e.occurred_at, coalesce(a.display_name, e.actor_name) as actor, e.kind, e.note "
				+ "from mediation_case_event e left join account a on a.id = e.actor_id where e.case_id = ? order by e.id")
			.param(caseId)
			.query((rs, n) -> new CaseDetails.Event(rs.getTimestamp("occurred_at").toInstant(), rs.getString("actor"),
					rs.getString("kind"), rs.getString("note")))
			.list();
	}
}
