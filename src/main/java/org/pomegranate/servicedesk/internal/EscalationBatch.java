package org.pomegranate.servicedesk.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.pomegranate.servicedesk.RequestSnapshot;
import org.pomegranate.servicedesk.Tier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The SLA clock's statements, each for a whole batch of requests at once: a bad day brings a
 * hundred thousand requests overdue in the same minute, and one statement per request and step
 * took a millisecond each. Claims lock the rows they return and skip rows another instance holds,
 * so with several instances each request is taken by one of them; the caller writes the batch in
 * the claim's transaction, so a crash loses nothing committed and repeats nothing committed.
 */
@Repository
class EscalationBatch {

	/**
	 * A request whose next rung has fallen due, with its holder of now (escalation does not change
	 * it, so this is also the holder just after the step).
	 */
	record Due(UUID categoryId, UUID escalatedToUnitId, int escalationStep, Instant escalateAt,
			RequestSnapshot request) {

		/** Who holds the request on the escalation ladder: the unit it climbed to, or its own. */
		UUID ladderHolder() {
			return escalatedToUnitId != null ? escalatedToUnitId : request.unitId();
		}
	}

	/** A step to record on the request's timeline: to that unit, fallen due then. */
	record Step(UUID requestId, UUID unitId, Instant dueAt) {
	}

	/** Where the request stands on the ladder after the steps, and when it climbs next ({@code null}: never). */
	record Position(UUID requestId, UUID holder, int steps, Instant next) {
	}

	/** A response deadline passed unanswered, now noted, with the holder of now. */
	record Overdue(Instant responseDue, RequestSnapshot request) {
	}

	/** What a snapshot needs beside the request's own columns: its category and its unit's path. */
	private static final String SNAPSHOT = "c.code, c.tier, u.path";

	private final JdbcClient jdbc;
	private final Clock clock;

	EscalationBatch(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Claims up to {@code limit} requests whose next rung is due by {@code now}, the longest overdue first. */
	List<Due> claimDue(Instant now, int limit) {
		// the claim alone in the CTE: it walks the escalation index and locks only what it returns
		return jdbc.sql("""
				with claimed as (
				    select r.id, r.number, r.category_id, r.unit_id, r.assignee_id, r.escalated_to_unit_id,
				           r.escalation_step, r.escalate_at
				    from service_request r
				    where r.escalate_at <= ?
				    order by r.escalate_at
				    limit ?
				    for update skip locked)
				select r.*, %s
				from claimed r
				join org_unit u on u.id = r.unit_id
				join service_category c on c.id = r.category_id
				order by r.escalate_at, r.id""".formatted(SNAPSHOT))
			.params(Timestamp.from(now), limit)
			.query((rs, n) -> new Due(rs.getObject("category_id", UUID.class),
					rs.getObject("escalated_to_unit_id", UUID.class), rs.getInt("escalation_step"),
					rs.getTimestamp("escalate_at").toInstant(), snapshot(rs)))
			.list();
	}

	/**
	 * Records the steps on the requests' timelines, in the order given (a request's steps in the
	 * order taken), with the holder of each request; answers each step's entry id.
	 */
	Map<Step, Long> record(List<Step> steps) {
		Map<Step, Long> ids = new HashMap<>();
		if (steps.isEmpty()) {
			return ids;
		}
		Map<RequestAndUnit, Step> byKey = new HashMap<>();
		steps.forEach(s -> byKey.put(new RequestAndUnit(s.requestId(), s.unitId()), s));
		jdbc.sql("""
				insert into service_request_event (request_id, occurred_at, actor_name, kind, unit_id, due_at,
				    holder_unit_id, holder_worker_id, resolve_due)
				select t.request_id, ?, ?, 'ESCALATED', t.unit_id, t.due_at::timestamptz,
				       r.unit_id, r.assignee_id, r.resolve_due
				from unnest(?::uuid[], ?::uuid[], ?::text[]) with ordinality as t(request_id, unit_id, due_at, n)
				join service_request r on r.id = t.request_id
				order by t.n
				returning id, request_id, unit_id""")
			.params(Timestamp.from(clock.instant()), Timeline.SYSTEM,
					steps.stream().map(Step::requestId).toArray(UUID[]::new),
					steps.stream().map(Step::unitId).toArray(UUID[]::new),
					steps.stream().map(s -> s.dueAt().toString()).toArray(String[]::new))
			// a request climbs to each unit at most once, so request and unit name the step
			.query((rs, n) -> ids.put(byKey.get(new RequestAndUnit(rs.getObject("request_id", UUID.class),
					rs.getObject("unit_id", UUID.class))), rs.getLong("id")))
			.list();
		return ids;
	}

	private record RequestAndUnit(UUID requestId, UUID unitId) {
	}

	/** Moves each request to its new place on the ladder, in one statement. */
	void escalate(List<Position> positions) {
		if (positions.isEmpty()) {
			return;
		}
		jdbc.sql("""
				update service_request r
				set escalated_to_unit_id = t.holder, escalation_step = t.steps, escalate_at = t.next::timestamptz
				from unnest(?::uuid[], ?::uuid[], ?::int[], ?::text[]) as t(id, holder, steps, next)
				where r.id = t.id""")
			.params(positions.stream().map(Position::requestId).toArray(UUID[]::new),
					positions.stream().map(Position::holder).toArray(UUID[]::new),
					positions.stream().mapToInt(Position::steps).toArray(),
					positions.stream().map(p -> p.next() == null ? null : p.next().toString()).toArray(String[]::new))
			.update();
	}

	/**
	 * Claims up to {@code limit} requests whose response deadline passed before {@code now}
	 * unanswered and not yet noted, and notes them, in one statement.
	 */
	List<Overdue> noteResponseOverdue(Instant now, int limit) {
		return jdbc.sql("""
				with claimed as (
				    select r.id from service_request r
				    where r.first_response_at is null and not r.response_overdue_noted and r.response_due < ?
				    order by r.response_due
				    limit ?
				    for update skip locked)
				update service_request r set response_overdue_noted = true
				from claimed, org_unit u, service_category c
				where r.id = claimed.id and u.id = r.unit_id and c.id = r.category_id
				returning r.id, r.number, r.unit_id, r.assignee_id, r.response_due, %s""".formatted(SNAPSHOT))
			.params(Timestamp.from(now), limit)
			.query((rs, n) -> new Overdue(rs.getTimestamp("response_due").toInstant(), snapshot(rs)))
			.list();
	}

	private static RequestSnapshot snapshot(ResultSet rs) throws SQLException {
		return new RequestSnapshot(rs.getObject("id", UUID.class), rs.getString("number"),
				rs.getObject("unit_id", UUID.class), rs.getString("path"), rs.getObject("assignee_id", UUID.class),
				rs.getString("code"), Tier.valueOf(rs.getString("tier")));
	}
}
