package org.pomegranate.servicedesk.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.pomegranate.servicedesk.ResolutionAnswer;
import org.pomegranate.servicedesk.Revisit;
import org.pomegranate.servicedesk.SatisfactionAnswer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class RevisitRepository {

	private static final String SELECT = """
			select v.id, v.request_id, r.number, r.category_id, r.resolution_answer, r.satisfaction_answer,
			       r.rating_comment, v.created_at, v.done_at, v.outcome
			from revisit v join service_request r on r.id = v.request_id""";

	private final JdbcClient jdbc;

	RevisitRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void insert(UUID requestId, UUID communityId, Instant at) {
		jdbc.sql("insert into revisit (id, request_id, community_id, created_at) values (?, ?, ?, ?)")
			.params(UUID.randomUUID(), requestId, communityId, Timestamp.from(at)).update();
	}

	/** Open ones first, oldest first; then the latest done. */
	public List<Revisit> inScope(UUID[] scope, int limit) {
		return jdbc.sql(SELECT + "\n" + """
				 where v.community_id = any(?) order by v.done_at is not null, v.done_at desc, v.created_at limit ?""")
			.params(scope, limit).query((rs, n) -> revisit(rs)).list();
	}

	public java.util.Optional<OpenRevisit> lockOpen(UUID revisitId) {
		return jdbc.sql("select community_id, request_id from revisit where id = ? and done_at is null for update")
			.param(revisitId)
			.query((rs, n) -> new OpenRevisit(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)))
			.optional();
	}

	public record OpenRevisit(UUID communityId, UUID requestId) {
	}

	public void complete(UUID id, String doneBy, String outcome, Instant at) {
		jdbc.sql("update revisit set done_at = ?, done_by = ?, outcome = ? where id = ?")
			.params(Timestamp.from(at), doneBy, outcome, id).update();
	}

	private static Revisit revisit(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new Revisit(rs.getObject("id", UUID.class), rs.getObject("request_id", UUID.class), rs.getString("number"),
				rs.getObject("category_id", UUID.class), ResolutionAnswer.valueOf(rs.getString("resolution_answer")),
				SatisfactionAnswer.valueOf(rs.getString("satisfaction_answer")), rs.getString("rating_comment"),
				RequestRepository.instant(rs, "created_at"), RequestRepository.instant(rs, "done_at"),
				rs.getString("outcome"));
	}
}
