package org.pomegranate.evaluation.incentive.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import org.pomegranate.evaluation.incentive.PointsRule;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The points ledger: lines are only ever added. */
@Repository
public class PointsRepository {

	private final JdbcClient jdbc;

	PointsRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Adds the line unless this event already earned this account this rule; true when added. */
	public boolean append(Line line) {
		return jdbc.sql("""
				insert into points_ledger (id, event_id, rule, account_id, unit_id, unit_path, community_id, request_id,
				                           request_number, points, month, at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				on conflict (event_id, rule, account_id) do nothing""")
			.params(UUID.randomUUID(), line.eventId(), line.rule().name(), line.accountId(), line.unitId(), line.unitPath(),
					line.communityId(), line.requestId(), line.requestNumber(), line.points(), line.month().atDay(1),
					Timestamp.from(line.at()))
			.update() == 1;
	}

	/**
	 * Adds the lines (those not already earned, as {@link #append}) in one statement: the SLA clock's
	 * steps of one transaction come as one batch.
	 */
	public void appendAll(List<Line> lines) {
		if (lines.isEmpty()) {
			return;
		}
		jdbc.sql("""
				insert into points_ledger (id, event_id, rule, account_id, unit_id, unit_path, community_id, request_id,
				                           request_number, points, month, at)
				select gen_random_uuid(), t.event_id, t.rule, t.account_id, t.unit_id, t.unit_path, t.community_id,
				       t.request_id, t.request_number, t.points, t.month::date, t.at::timestamptz
				from unnest(?::uuid[], ?::text[], ?::uuid[], ?::uuid[], ?::text[], ?::uuid[], ?::uuid[], ?::text[], ?::int[],
				            ?::text[], ?::text[]) with ordinality
				     as t(event_id, rule, account_id, unit_id, unit_path, community_id, request_id, request_number, points,
				          month, at, n)
				order by t.n
				on conflict (event_id, rule, account_id) do nothing""")
			.params(lines.stream().map(Line::eventId).toArray(UUID[]::new),
					lines.stream().map(l -> l.rule().name()).toArray(String[]::new),
					lines.stream().map(Line::accountId).toArray(UUID[]::new),
					lines.stream().map(Line::unitId).toArray(UUID[]::new),
					lines.stream().map(Line::unitPath).toArray(String[]::new),
					lines.stream().map(Line::communityId).toArray(UUID[]::new),
					lines.stream().map(Line::requestId).toArray(UUID[]::new),
					lines.stream().map(Line::requestNumber).toArray(String[]::new),
					lines.stream().mapToInt(Line::points).toArray(),
					lines.stream().map(l -> l.month().atDay(1).toString()).toArray(String[]::new),
					lines.stream().map(l -> l.at().toString()).toArray(String[]::new))
			.update();
	}

	public record Line(UUID eventId, PointsRule rule, UUID accountId, UUID unitId, String unitPath, UUID communityId,
			UUID requestId, String requestNumber, int points, YearMonth month, Instant at) {
	}

	public record Own(Instant at, PointsRule rule, int points, String requestNumber, UUID requestId) {
	}

	public List<Own> linesOf(UUID accountId, YearMonth month) {
		return jdbc.sql("""
				select at, rule, points, request_number, request_id from points_ledger
				where account_id = ? and month = ? order by at desc, id""").params(accountId, month.atDay(1))
			.query((rs, n) -> new Own(rs.getTimestamp(1).toInstant(), PointsRule.valueOf(rs.getString(2)), rs.getInt(3),
					rs.getString(4), rs.getObject(5, UUID.class)))
			.list();
	}

	public record Sum(UUID id, long points, long lines) {
	}

	/** Points per worker for lines held within the unit's subtree in the month, highest first. */
	public List<Sum> byWorker(String unitPath, YearMonth month) {
		return jdbc.sql("""
				select account_id, sum(points), count(*) from points_ledger
				where month = ? and unit_path like ? group by account_id order by sum(points) desc, account_id""")
			.params(month.atDay(1), unitPath + "%").query((rs, n) -> new Sum(rs.getObject(1, UUID.class), rs.getLong(2),
					rs.getLong(3)))
			.list();
	}

	/** Points per community for lines within the unit's subtree in the month, highest first. */
	public List<Sum> byCommunity(String unitPath, YearMonth month) {
		return jdbc.sql("""
				select community_id, sum(points), count(*) from points_ledger
				where month = ? and unit_path like ? and community_id is not null
				group by community_id order by sum(points) desc, community_id""")
			.params(month.atDay(1), unitPath + "%").query((rs, n) -> new Sum(rs.getObject(1, UUID.class), rs.getLong(2),
					rs.getLong(3)))
			.list();
	}

	public static LocalDate firstDay(YearMonth month) {
		return month.atDay(1);
	}
}
