package org.pomegranate.organization.internal;

import java.util.List;
import java.util.UUID;

import org.pomegranate.organization.UnitChange;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The tree's append-only history: inserts and reads only. */
@Repository
public class UnitHistoryRepository {

	private final JdbcClient jdbc;

	UnitHistoryRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void append(UUID unitId, String actor, UnitChange.Kind kind, String detail) {
		jdbc.sql("insert into org_unit_history (unit_id, actor_name, action, detail) values (?, ?, ?, ?)")
			.params(unitId, actor, kind.name(), detail == null || detail.length() <= 500 ? detail : detail.substring(0, 500))
			.update();
	}

	/** Newest first; {@code beforeId} continues after the last line of the previous page. */
	public List<UnitChange> of(UUID unitId, Long beforeId, int limit) {
		return jdbc.sql("""
				select id, unit_id, occurred_at, actor_name, action, detail from org_unit_history
				where unit_id = ? and (?::bigint is null or id < ?) order by id desc limit ?""")
			.params(unitId, beforeId, beforeId, limit)
			.query((rs, n) -> new UnitChange(rs.getLong("id"), rs.getObject("unit_id", UUID.class),
					rs.getTimestamp("occurred_at").toInstant(), rs.getString("actor_name"),
					UnitChange.Kind.valueOf(rs.getString("action")), rs.getString("detail")))
			.list();
	}
}
