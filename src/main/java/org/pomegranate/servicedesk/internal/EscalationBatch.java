package org.pomegranate.servicedesk.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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

	/** A response deadline passed unanswered, now noted, with the holder of now (and the claim's count). */
	record Overdue(Instant responseDue, RequestSnapshot request, int locked) {
	}

	/** What a snapshot needs beside the request's own columns: its category and its unit's path. */
	private static final String SNAPSHOT = "c.code, c.tier, u.path";

	private final JdbcClient jdbc;
	private final Clock clock;

	EscalationBatch(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * What a claim yields (the requests still due), and how many it locked: a full batch means there
	 * may be more, even when some locked turned out to be taken by another instance just before.
	 */
	record Claim<T>(List<T> due, int locked) {
	}

	/** Claims up to {@code limit} requests whose next rung is due by {@code now}, the longest overdue first. */
	Claim<Due> claimDue(Instant now, int limit) {
		// The claim is a function (V206) whose only plan walks the clock's deadline index in order and
		// locks the requests it meets, skipping those another instance holds, whatever the statistics
		// say of a day's passed deadlines. A request another instance escalated after this statement's
		// snapshot is locked in its new version and comes back no longer due: it is left out here (one
		// request fewer in this batch).
		List<Due> claimed = jdbc.sql("""
				select r.*, %s
				from sla_clock_claim_escalations(?, ?) r
				join org_unit u on u.id = r.unit_id
				join service_category c on c.id = r.category_id
				order by r.escalate_at, r.id""".formatted(SNAPSHOT))
			.params(Timestamp.from(now), limit)
			.query((rs, n) -> rs.getBoolean("still_due") ? new Due(rs.getObject("category_id", UUID.class),
					rs.getObject("escalated_to_unit_id", UUID.class), rs.getInt("escalation_step"),
					rs.getTimestamp("escalate_at").toInstant(), snapshot(rs)) : null)
			.list();
		return new Claim<>(claimed.stream().filter(Objects::nonNull).toList(), claimed.size());
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
		// The entries are chained in the statement rather than by the per-row trigger: each request's last
		// entry is read once and its steps hashed one after the other (V209). The claim holds every
		// request's lock, so no other entry can come between; the database checks every link after the
		// insert (V186).
		jdbc.sql("select id, request_id, unit_id from sla_clock_record_steps(?::uuid[], ?::uuid[], ?::timestamptz[], ?::timestamptz, ?::text)")
			.params(steps.stream().map(Step::requestId).toArray(UUID[]::new),
					steps.stream().map(Step::unitId).toArray(UUID[]::new),
					steps.stream().map(s -> s.dueAt().toString()).toArray(String[]::new),
					Timestamp.from(clock.instant()), Timeline.SYSTEM)
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
	 * unanswered and not yet noted, and notes them, in one statement. The claim walks the clock's
	 * own index only, in order (V206); whether the request is still unanswered and unnoted is checked on the locked
	 * row, so one answered meanwhile is left out.
	 */
	Claim<Overdue> noteResponseOverdue(Instant now, int limit) {
		List<Overdue> rows = jdbc.sql("""
				with claimed as (select id from sla_clock_claim_response_overdue(?, ?)),
				noted as (
				    update service_request r set response_overdue_noted = true
				    from claimed, org_unit u, service_category c
				    where r.id = claimed.id and u.id = r.unit_id and c.id = r.category_id
				      and r.first_response_at is null and not r.response_overdue_noted and r.response_due < ?
				    returning r.id, r.number, r.unit_id, r.assignee_id, r.response_due, %s)
				select n.*, k.locked from (select count(*) as locked from claimed) k left join noted n on true""".formatted(SNAPSHOT))
			.params(Timestamp.from(now), limit, Timestamp.from(now))
			// one row with the count and no request when nothing was noted
			.query((rs, n) -> rs.getObject("id") == null ? new Overdue(null, null, rs.getInt("locked"))
					: new Overdue(rs.getTimestamp("response_due").toInstant(), snapshot(rs), rs.getInt("locked")))
			.list();
		return new Claim<>(rows.stream().filter(o -> o.request() != null).toList(), rows.get(0).locked());
	}

	private static RequestSnapshot snapshot(ResultSet rs) throws SQLException {
		return new RequestSnapshot(rs.getObject("id", UUID.class), rs.getString("number"),
				rs.getObject("unit_id", UUID.class), rs.getString("path"), rs.getObject("assignee_id", UUID.class),
				rs.getString("code"), Tier.valueOf(rs.getString("tier")));
	}
}
