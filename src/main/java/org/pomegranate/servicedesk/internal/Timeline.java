package org.pomegranate.servicedesk.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.pomegranate.identity.CurrentUser;
import org.pomegranate.servicedesk.TimelineEntry;
import org.pomegranate.shared.Names;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The request's record of every act: append-only, in order. */
@Repository
public class Timeline {

	/** The SLA clock and routing act as the system, not as a person. */
	public static final String SYSTEM = "system";

	private final JdbcClient jdbc;
	private final Clock clock;

	Timeline(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * @param actor {@code null} for the system
	 * @return the entry's id (events name their fact after it)
	 */
	public long record(UUID requestId, CurrentUser actor, String kind, UUID unitId, String relatedNumber, String note) {
		return record(requestId, actor, kind, unitId, relatedNumber, null, note);
	}

	/** One act to record: {@code actor} is {@code null} for the system. */
	public record Act(CurrentUser actor, String kind, UUID unitId, String note) {
	}

	/**
	 * Several acts at the same moment, in their order, in one statement.
	 *
	 * @return the entries' ids, in the order of the acts
	 */
	public List<Long> recordAll(UUID requestId, List<Act> acts) {
		if (acts.isEmpty()) {
			return List.of();
		}
		StringBuilder sql = new StringBuilder("""
				insert into service_request_event (request_id, occurred_at, actor_id, actor_name, actor_display, kind,
				    unit_id, related_number, due_at, note, holder_unit_id, holder_worker_id, resolve_due)
				select v.column1, v.column2, v.column3, v.column4, v.column5, v.column6, v.column7, v.column8, v.column9,
				       v.column10, r.unit_id, r.assignee_id, r.resolve_due
				from (values """);
		List<Object> params = new ArrayList<>();
		Timestamp now = Timestamp.from(clock.instant());
		for (Act act : acts) {
			sql.append(params.isEmpty() ? "" : ", ")
				.append("(?::uuid, ?::timestamptz, ?::uuid, ?, ?, ?, ?::uuid, null::varchar, null::timestamptz, ?, ?)");
			params.addAll(Arrays.asList(requestId, now, act.actor() == null ? null : act.actor().accountId(),
					act.actor() == null ? SYSTEM : act.actor().username(),
					act.actor() == null ? null : act.actor().displayName(), act.kind(), act.unitId(), act.note(),
					params.size()));
		}
		// the holder just after the act, read from the row the act has just written
		sql.append(") v join service_request r on r.id = ? order by v.column11 returning id");
		params.add(requestId);
		return jdbc.sql(sql.toString()).params(params).query(Long.class).list();
	}

	/** An escalation step, with the time it fell due. */
	public long escalated(UUID requestId, UUID unitId, Instant dueAt) {
		return record(requestId, null, "ESCALATED", unitId, null, dueAt, null);
	}

	private long record(UUID requestId, CurrentUser actor, String kind, UUID unitId, String relatedNumber,
			Instant dueAt, String note) {
		// the holder just after the act, read from the row the act has just written
		return jdbc.sql("""
				insert into service_request_event (request_id, occurred_at, actor_id, actor_name, actor_display, kind,
				    unit_id, related_number, due_at, note, holder_unit_id, holder_worker_id, resolve_due)
				select ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, r.unit_id, r.assignee_id, r.resolve_due
				from service_request r where r.id = ?
				returning id""")
			.params(requestId, Timestamp.from(clock.instant()), actor == null ? null : actor.accountId(),
					actor == null ? SYSTEM : actor.username(), actor == null ? null : actor.displayName(), kind, unitId,
					relatedNumber, dueAt == null ? null : Timestamp.from(dueAt), note, requestId)
			.query(Long.class).single();
	}

	public List<TimelineEntry> of(UUID requestId, Locale locale) {
		return jdbc.sql("select e.occurred_at, coalesce(e.actor_display, e.actor_name) as actor, e.kind, e.unit_id, "
				+ "u.name_zh, u.name_en, u.name_bo, u.name_mn, e.related_number, e.due_at, e.note from service_request_event e "
				+ "left join org_unit u on u.id = e.unit_id where e.request_id = ? order by e.id")
			.param(requestId)
			.query((rs, n) -> new TimelineEntry(rs.getTimestamp("occurred_at").toInstant(), rs.getString("actor"),
					rs.getString("kind"), rs.getObject("unit_id", UUID.class),
					Names.inLanguage(locale, rs.getString("name_zh"), rs.getString("name_en"), rs.getString("name_bo"),
							rs.getString("name_mn")),
					rs.getString("related_number"), RequestRepository.instant(rs, "due_at"), rs.getString("note")))
			.list();
	}
}
