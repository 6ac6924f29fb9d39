package org.pomegranate.servicedesk.internal;

import static org.pomegranate.servicedesk.internal.RequestSql.EMERGENCY_FIRST;
import static org.pomegranate.servicedesk.internal.RequestSql.NEXT_DEADLINE;
import static org.pomegranate.servicedesk.internal.RequestSql.OPEN;
import static org.pomegranate.servicedesk.internal.RequestSql.SUMMARY;
import static org.pomegranate.servicedesk.internal.RequestSql.ts;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

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
	private static final String OPEN_KEY_BACK = EMERGENCY_RANK + " desc, " + OVERDUE_RANK + " desc, " + NEXT_DEADLINE
			+ " desc, r.number desc";
	/** The suffix of a cursor's kind that reads the list backwards (the Previous page). */
	private static final String BACK = "<";

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
		// the category is joined only when its tier is asked for: without it, the count reads the
		// (unit_id, status, …) index alone, where with it every counted request's row was read from the table
		// (a second or more for ten thousand closed requests at ten million)
		String from = filter.tier() == null ? "from service_request r"
				: "from service_request r join service_category c on c.id = r.category_id";
		Total total = ListTotals.of(jdbc, from + condition, params, exact);
		int clamped = PageOf.clampSize(size);
		boolean open = filter.status() == null || filter.status().isOpen();
		return open ? open(condition, params, now, locale, after, clamped, total)
				: past(condition, params, locale, after, clamped, total);
	}

	private Slice<RequestSummary> open(String condition, Map<String, Object> params, Instant firstPageAt,
			Locale locale, String after, int size, Total total) {
		OpenKey key = after == null ? null
				: Cursor.decode(after, "after", List.of(OPEN_KIND, OPEN_KIND + BACK), 7, OpenKey::read);
		Instant now = key == null ? firstPageAt.truncatedTo(ChronoUnit.MICROS) : key.now();
		params.put("now", ts(now));
		if (key != null) {
			params.put("kEmergency", key.emergency());
			params.put("kOverdue", key.overdue());
			params.put("kDeadline", ts(key.deadline()));
			params.put("kNumber", key.number());
		}
		String keyValues = "(:kEmergency, :kOverdue, :kDeadline, :kNumber)";
		return page(new Order(SUMMARY + condition + " and (" + OPEN_KEY + ") > " + keyValues + " order by " + OPEN_KEY,
				SUMMARY + condition + " and (" + OPEN_KEY + ") < " + keyValues + " order by " + OPEN_KEY_BACK,
				SUMMARY + condition + " order by " + OPEN_KEY, OPEN_KIND,
				r -> List.of(now, r.tier() == Tier.EMERGENCY ? 0 : 1, r.nextDeadline().isBefore(now) ? 0 : 1,
						r.nextDeadline(), r.number())),
				params, locale, key == null ? null : new Position(key.from(), key.back()), size, total);
	}

	private Slice<RequestSummary> past(String condition, Map<String, Object> params, Locale locale, String after,
			int size, Total total) {
		PastKey key = after == null ? null
				: Cursor.decode(after, "after", List.of(PAST_KIND, PAST_KIND + BACK), 4, PastKey::read);
		if (key != null) {
			params.put("kSubmitted", ts(key.submitted()));
			params.put("kNumber", key.number());
		}
		return page(new Order(
				SUMMARY + condition + " and (r.submitted_at, r.number) < (:kSubmitted, :kNumber)"
						+ " order by r.submitted_at desc, r.number desc",
				SUMMARY + condition + " and (r.submitted_at, r.number) > (:kSubmitted, :kNumber)"
						+ " order by r.submitted_at, r.number",
				SUMMARY + condition + " order by r.submitted_at desc, r.number desc", PAST_KIND,
				r -> List.of(r.submittedAt(), r.number())),
				params, locale, key == null ? null : new Position(key.from(), key.back()), size, total);
	}

	/**
	 * One page of a list in one order, after a cursor or before it. Going back, the rows before the page seen
	 * are read in the opposite order and turned round; when they do not fill a page, the list has grown at its
	 * top meanwhile or the page before was the first, and the first page is shown whole.
	 *
	 * @param at where the cursor points, {@code null} for the first page
	 */
	private Slice<RequestSummary> page(Order order, Map<String, Object> params, Locale locale, Position at, int size,
			Total total) {
		params.put("limit", size + 1);
		if (at != null && at.back()) {
			List<RequestSummary> before = new ArrayList<>(rows(order.backward(), params, locale));
			if (before.size() <= size) {
				return page(order, params, locale, null, size, total);
			}
			List<RequestSummary> shown = new ArrayList<>(before.subList(0, size));
			Collections.reverse(shown);
			long from = Math.max(2, at.position() - size);
			return new Slice<>(List.copyOf(shown), size, from, order.next(shown.get(size - 1), from + size), total,
					order.previous(shown.get(0), from));
		}
		List<RequestSummary> rows = rows(at == null ? order.first() : order.forward(), params, locale);
		long from = at == null ? 1 : at.position();
		Slice<RequestSummary> slice = Slice.of(rows, size, from, total, r -> order.next(r, from + size));
		return at == null || slice.items().isEmpty() ? slice
				: slice.withPrevious(order.previous(slice.items().get(0), from));
	}

	private List<RequestSummary> rows(String query, Map<String, Object> params, Locale locale) {
		return jdbc.sql(query + " limit :limit").params(params).query((rs, n) -> RequestSql.summary(rs, locale)).list();
	}

	/**
	 * The statements of one order: the page after a key, the rows before a key (in the opposite order), the first
	 * page; the kind of its cursors, and a row's key in them.
	 */
	private record Order(String forward, String backward, String first, String kind,
			Function<RequestSummary, List<Object>> key) {

		/** The cursor of the page after {@code last}, which starts at {@code position}. */
		String next(RequestSummary last, long position) {
			return cursor(kind, last, position);
		}

		/** The cursor of the page before {@code first}, which stands at {@code position}. */
		String previous(RequestSummary first, long position) {
			return cursor(kind + BACK, first, position);
		}

		private String cursor(String kindOf, RequestSummary row, long position) {
			List<Object> parts = new ArrayList<>();
			parts.add(kindOf);
			parts.addAll(key.apply(row));
			parts.add(position);
			return Cursor.encode(parts.toArray());
		}
	}

	/** Where a cursor points: the position of the row after (or before) it, and which way it reads. */
	private record Position(long position, boolean back) {
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
	private record OpenKey(Instant now, int emergency, int overdue, Instant deadline, String number, long from,
			boolean back) {
		static OpenKey read(List<String> p) {
			return new OpenKey(Instant.parse(p.get(1)), rank(p.get(2)), rank(p.get(3)), Instant.parse(p.get(4)),
					p.get(5), position(p.get(6)), p.get(0).endsWith(BACK));
		}
	}

	/** Where a list of past requests ended: the last row's submission time and number. */
	private record PastKey(Instant submitted, String number, long from, boolean back) {
		static PastKey read(List<String> p) {
			return new PastKey(Instant.parse(p.get(1)), p.get(2), position(p.get(3)), p.get(0).endsWith(BACK));
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
