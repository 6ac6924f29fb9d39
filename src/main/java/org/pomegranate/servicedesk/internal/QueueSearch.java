package org.pomegranate.servicedesk.internal;

import static org.pomegranate.servicedesk.internal.RequestSql.EMERGENCY_FIRST;
import static org.pomegranate.servicedesk.internal.RequestSql.NEXT_DEADLINE;
import static org.pomegranate.servicedesk.internal.RequestSql.OPEN;
import static org.pomegranate.servicedesk.internal.RequestSql.SUMMARY;
import static org.pomegranate.servicedesk.internal.RequestSql.ts;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.pomegranate.servicedesk.QueueFilter;
import org.pomegranate.servicedesk.RequestSummary;
import org.pomegranate.servicedesk.Tier;
import org.pomegranate.shared.TimeConfiguration;
import org.pomegranate.shared.database.ListTotals;
import org.pomegranate.shared.web.Cursor;
import org.pomegranate.shared.web.PageOf;
import org.pomegranate.shared.web.Slice;
import org.pomegranate.shared.web.Total;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The staff queues and the grid worker's search and counts, read by keyset so that a page costs the
 * same at two million requests as at two thousand.
 * <p>
 * Open requests (few, however old the database) keep their order: open emergencies first, then the
 * overdue, then the nearest deadline, then the number. That order is an expression, so their pages
 * seek on the expression's values, and "overdue" is judged at the moment of the first page (carried
 * in the cursor), so no request moves between pages while someone reads them. Every other status
 * (closed, resolved, rejected… the millions) is shown newest first by submission, along the indexes
 * {@code (status, submitted_at, number)} and {@code (unit_id, status, submitted_at, number)} (V160).
 */
@Repository
public class QueueSearch {

	private static final String OPEN_KIND = "open";
	private static final String PAST_KIND = "past";
	private static final String EMERGENCY_RANK = "(case when c.tier = 'EMERGENCY' then 0 else 1 end)";
	private static final String OVERDUE_RANK = "(case when " + NEXT_DEADLINE + " < :now then 0 else 1 end)";
	private static final String OPEN_KEY = EMERGENCY_RANK + ", " + OVERDUE_RANK + ", " + NEXT_DEADLINE + ", r.number";

	private final JdbcClient jdbc;

	QueueSearch(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * One page of a queue of the scope.
	 *
	 * @param after the {@link Slice#next()} of the page before, {@code null} for the first page
	 * @param exact count every request of the list (on demand), not only up to {@value Total#EXACT_UP_TO}
	 */
	public Slice<RequestSummary> queue(QueueFilter filter, UUID[] scope, UUID me, Instant now, Locale locale,
			String after, int size, boolean exact) {
		Map<String, Object> params = new LinkedHashMap<>();
		String condition = condition(filter, scope, me, params);
		Total total = ListTotals.of(jdbc, "from service_request r join service_category c on c.id = r.category_id"
				+ condition, params, exact);
		int clamped = PageOf.clampSize(size);
		params.put("limit", clamped + 1);
		boolean open = filter.status() == null || filter.status().isOpen();
		return open ? open(condition, params, now, locale, after, clamped, total)
				: past(condition, params, locale, after, clamped, total);
	}

	private Slice<RequestSummary> open(String condition, Map<String, Object> params, Instant firstPageAt,
			Locale locale, String after, int size, Total total) {
		OpenKey key = after == null ? null : Cursor.decode(after, "after", OPEN_KIND, 7, OpenKey::read);
		Instant now = key == null ? firstPageAt.truncatedTo(ChronoUnit.MICROS) : key.now();
		params.put("now", ts(now));
		String seek = "";
		if (key != null) {
			seek = " and (" + OPEN_KEY + ") > (:kEmergency, :kOverdue, :kDeadline, :kNumber)";
			params.put("kEmergency", key.emergency());
			params.put("kOverdue", key.overdue());
			params.put("kDeadline", ts(key.deadline()));
			params.put("kNumber", key.number());
		}
		List<RequestSummary> rows = jdbc.sql(SUMMARY + condition + seek + " order by " + OPEN_KEY + " limit :limit")
			.params(params).query((rs, n) -> RequestSql.summary(rs, locale)).list();
		long from = key == null ? 1 : key.from();
		return Slice.of(rows, size, from, total, r -> Cursor.encode(OPEN_KIND, now, r.tier() == Tier.EMERGENCY ? 0 : 1,
				r.nextDeadline().isBefore(now) ? 0 : 1, r.nextDeadline(), r.number(), from + size));
	}

	private Slice<RequestSummary> past(String condition, Map<String, Object> params, Locale locale, String after,
			int size, Total total) {
		PastKey key = after == null ? null : Cursor.decode(after, "after", PAST_KIND, 4, PastKey::read);
		String seek = "";
		if (key != null) {
			seek = " and (r.submitted_at, r.number) < (:kSubmitted, :kNumber)";
			params.put("kSubmitted", ts(key.submitted()));
			params.put("kNumber", key.number());
		}
		List<RequestSummary> rows = jdbc.sql(SUMMARY + condition + seek
				+ " order by r.submitted_at desc, r.number desc limit :limit")
			.params(params).query((rs, n) -> RequestSql.summary(rs, locale)).list();
		long from = key == null ? 1 : key.from();
		return Slice.of(rows, size, from, total,
				r -> Cursor.encode(PAST_KIND, r.submittedAt(), r.number(), from + size));
	}

	private static String condition(QueueFilter filter, UUID[] scope, UUID me, Map<String, Object> params) {
		List<String> where = new ArrayList<>();
		if (scope.length == 1) {
			// a grid's scope is its one unit: an equality lets the planner read (unit_id, status, submitted_at)
			// in order and stop after a page, which "= any" of one element does not
			where.add("r.unit_id = :unit");
			params.put("unit", scope[0]);
		}
		else {
			where.add("r.unit_id = any(:scope)");
			params.put("scope", scope);
		}
		if (filter.mine()) {
			where.add("r.assignee_id = :me");
			params.put("me", me);
		}
		if (filter.status() == null) {
			where.add("r.status in " + OPEN);
		}
		else {
			where.add("r.status = :status");
			params.put("status", filter.status().name());
		}
		if (filter.categoryId() != null) {
			where.add("r.category_id = :category");
			params.put("category", filter.categoryId());
		}
		if (filter.tier() != null) {
			where.add("c.tier = :tier");
			params.put("tier", filter.tier().name());
		}
		if (filter.channel() != null) {
			where.add("r.channel = :channel");
			params.put("channel", filter.channel().name());
		}
		if (filter.from() != null) {
			where.add("r.submitted_at >= :from");
			params.put("from", ts(filter.from().atStartOfDay(TimeConfiguration.DISPLAY_ZONE).toInstant()));
		}
		if (filter.to() != null) {
			where.add("r.submitted_at < :to");
			params.put("to", ts(filter.to().plusDays(1).atStartOfDay(TimeConfiguration.DISPLAY_ZONE).toInstant()));
		}
		return " where " + String.join(" and ", where);
	}

	/** Where an open queue's page ended: the moment "overdue" was judged at, and the last row's key. */
	private record OpenKey(Instant now, int emergency, int overdue, Instant deadline, String number, long from) {
		static OpenKey read(List<String> p) {
			return new OpenKey(Instant.parse(p.get(1)), rank(p.get(2)), rank(p.get(3)), Instant.parse(p.get(4)),
					p.get(5), position(p.get(6)));
		}
	}

	/** Where a list of past requests ended: the last row's submission time and number. */
	private record PastKey(Instant submitted, String number, long from) {
		static PastKey read(List<String> p) {
			return new PastKey(Instant.parse(p.get(1)), p.get(2), position(p.get(3)));
		}
	}

	private static int rank(String s) {
		int rank = Integer.parseInt(s);
		if (rank != 0 && rank != 1) {
			throw new IllegalArgumentException(s);
		}
		return rank;
	}

	private static long position(String s) {
		long position = Long.parseLong(s);
		if (position < 1) {
			throw new IllegalArgumentException(s);
		}
		return position;
	}

	// ---- the grid worker's phone: search and counts --------------------------------------------

	/** Requests of the scope by their numbers (exact, through the unique index), in queue order. */
	public List<RequestSummary> byNumbers(List<String> numbers, UUID[] scope, Instant now, Locale locale) {
		return jdbc.sql(SUMMARY + " where r.number = any(:numbers) and r.unit_id = any(:scope) order by " + EMERGENCY_FIRST
				+ ", r.number")
			.param("numbers", numbers.toArray(String[]::new)).param("scope", scope)
			.query((rs, n) -> RequestSql.summary(rs, locale)).list();
	}

	/**
	 * Open requests of the scope where each pattern ({@code ilike}) is in the description or the address,
	 * in queue order, at most {@code limit}. Bounded by the scope's open queue (its index), never a
	 * scan of every request the prefecture ever had.
	 */
	public List<RequestSummary> searchOpen(List<String> patterns, UUID[] scope, Instant now, Locale locale, int limit) {
		return jdbc.sql(SUMMARY + " where r.unit_id = any(:scope) and r.status in " + OPEN
				+ " and not exists (select 1 from unnest(cast(:patterns as text[])) p"
				+ " where not (r.description ilike p or coalesce(r.address, '') ilike p)) order by " + EMERGENCY_FIRST
				+ ", (" + NEXT_DEADLINE + " < :now) desc, " + NEXT_DEADLINE + ", r.number limit :limit")
			.param("scope", scope).param("patterns", patterns.toArray(String[]::new)).param("now", ts(now))
			.param("limit", limit).query((rs, n) -> RequestSql.summary(rs, locale)).list();
	}

	/** Open and overdue requests assigned to one account: its own queue (the assignee index). */
	public int[] openAndOverdueOf(UUID accountId, Instant now) {
		return jdbc.sql("select count(*)::int, count(*) filter (where " + NEXT_DEADLINE + " < ?)::int"
				+ " from service_request r where r.assignee_id = ? and r.status in " + OPEN)
			.params(ts(now), accountId).query((rs, n) -> new int[] { rs.getInt(1), rs.getInt(2) }).single();
	}

	/** The first line of each request's description, for the queue's cards. */
	public Map<UUID, String> firstLines(List<UUID> ids) {
		Map<UUID, String> lines = new LinkedHashMap<>();
		if (ids.isEmpty()) {
			return lines;
		}
		jdbc.sql("select id, split_part(left(description, 300), E'\\n', 1) from service_request where id = any(?)")
			.param(ids.toArray(UUID[]::new))
			.query(rs -> {
				lines.put(rs.getObject(1, UUID.class), rs.getString(2).strip());
			});
		return lines;
	}
}
