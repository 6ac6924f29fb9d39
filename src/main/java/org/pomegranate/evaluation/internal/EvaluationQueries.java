package org.pomegranate.evaluation.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.pomegranate.evaluation.CategoryVolume;
import org.pomegranate.evaluation.Figure;
import org.pomegranate.evaluation.FigureRequest;
import org.pomegranate.shared.database.Like;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Reads the rollups and the requests behind them. */
@Repository
public class EvaluationQueries {

	private static final String SUMS = Arrays.stream(Counter.values()).map(c -> "sum(" + c.column() + ")::int")
		.collect(Collectors.joining(", "));

	private final JdbcTemplate jdbc;

	EvaluationQueries(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** A unit's (or, with a worker, that worker's within the unit) counts per month; months with nothing are absent. */
	public Map<YearMonth, int[]> monthly(UUID unitId, UUID workerId, YearMonth from, YearMonth to) {
		Map<YearMonth, int[]> rows = new LinkedHashMap<>();
		jdbc.query("select month, " + SUMS + " from evaluation_rollup where unit_id = ? and worker_id = ? "
				+ "and month between ? and ? group by month order by month", rs -> {
					rows.put(YearMonth.from(rs.getDate("month").toLocalDate()), counts(rs, 2));
				}, unitId, workerId == null ? Holder.NO_WORKER : workerId, first(from), first(to));
		return rows;
	}

	/** Each unit's counts for one month (units with nothing are absent). */
	public Map<UUID, int[]> ofUnits(List<UUID> unitIds, YearMonth month) {
		Map<UUID, int[]> rows = new LinkedHashMap<>();
		jdbc.query("select unit_id, " + SUMS + " from evaluation_rollup where unit_id = any(?) and worker_id = ? "
				+ "and month = ? group by unit_id", rs -> {
					rows.put(rs.getObject("unit_id", UUID.class), counts(rs, 2));
				}, unitIds.toArray(UUID[]::new), Holder.NO_WORKER, first(month));
		return rows;
	}

	/** The counts of each worker who held requests in this unit in the month. */
	public Map<UUID, int[]> workersOf(UUID unitId, YearMonth month) {
		Map<UUID, int[]> rows = new LinkedHashMap<>();
		jdbc.query("select worker_id, " + SUMS + " from evaluation_rollup where unit_id = ? and worker_id <> ? "
				+ "and month = ? group by worker_id", rs -> {
					rows.put(rs.getObject("worker_id", UUID.class), counts(rs, 2));
				}, unitId, Holder.NO_WORKER, first(month));
		return rows;
	}

	/** Requests taken in during the month, by category and tier, for a unit. */
	public List<CategoryVolume> volumes(UUID unitId, YearMonth month) {
		return jdbc.query("select category_code, tier, sum(submitted)::int as n from evaluation_rollup "
				+ "where unit_id = ? and worker_id = ? and month = ? group by category_code, tier "
				+ "having sum(submitted) > 0 order by n desc, category_code",
				(rs, n) -> new CategoryVolume(rs.getString("category_code"), rs.getString("tier"), rs.getInt("n")), unitId,
				Holder.NO_WORKER, first(month));
	}

	/**
	 * The requests behind a figure, in number order after {@code afterNumber}: within the unit's
	 * subtree (its path), or held by one worker within the unit.
	 */
	public List<FigureRequest> behind(Figure figure, String unitPath, UUID unitId, UUID workerId, YearMonth month,
			String afterNumber, int limit) {
		String p = switch (figure) {
			case RESPONSE -> "response";
			case ON_TIME -> "resolved";
			default -> "rated";
		};
		String numerator = switch (figure) {
			case RESPONSE -> "response_on_time";
			case ON_TIME -> "resolved_on_time";
			case RESOLUTION -> "resolution = 'RESOLVED'";
			case PARTLY -> "resolution = 'PARTLY_RESOLVED'";
			case SATISFACTION -> "satisfaction in ('SATISFIED', 'BASICALLY_SATISFIED')";
			case FINAL_SATISFACTION -> "coalesce(final_satisfaction, satisfaction) in ('SATISFIED', 'BASICALLY_SATISFIED')";
		};
		String columns = "request_id, number, category_code, tier, " + numerator + " as num, " + p + "_unit_id as unit_id, "
				+ p + "_worker_id as worker_id, " + p + "_at as at";
		String sql;
		Object[] args;
		if (workerId == null) {
			// The page's keys come from the index alone, then its rows one by one: a county's month holds
			// tens of thousands of requests, and sorting them read from the table cost seconds at ten million
			// requests where the index-only page costs milliseconds.
			sql = "with page as (select " + p + "_path as path, number as n from evaluation_request where " + p
					+ "_month = ? and " + p + "_path like ? and number > ? order by number limit ?) select " + columns
					+ " from page join evaluation_request e on e." + p + "_month = ? and e." + p
					+ "_path = page.path and e.number = page.n order by e.number";
			args = new Object[] { first(month), Like.startingWith(unitPath),
					after(afterNumber), limit, first(month) };
		}
		else {
			// the unit's own path, equal: its month's requests in number order along the same index, the
			// worker's picked out as they come (a unit's month, not the whole prefecture's)
			sql = "select " + columns + " from evaluation_request where " + p + "_month = ? and " + p + "_path = ? and "
					+ p + "_unit_id = ? and " + p + "_worker_id = ? and number > ? order by number limit ?";
			args = new Object[] { first(month), unitPath, unitId, workerId, after(afterNumber), limit };
		}
		return jdbc.query(sql,
				(rs, n) -> new FigureRequest(rs.getObject("request_id", UUID.class), rs.getString("number"),
						rs.getString("category_code"), rs.getString("tier"), rs.getBoolean("num"),
						rs.getObject("unit_id", UUID.class), rs.getObject("worker_id", UUID.class),
						rs.getTimestamp("at").toInstant()),
				args);
	}

	private static String after(String number) {
		return number == null ? "" : number;
	}

	private static Date first(YearMonth month) {
		return Date.valueOf(month.atDay(1));
	}

	static int[] counts(ResultSet rs, int firstColumn) throws SQLException {
		int[] c = new int[Counter.values().length];
		for (int i = 0; i < c.length; i++) {
			c[i] = rs.getInt(firstColumn + i);
		}
		return c;
	}

	/** For tests and the rebuild check: every rollup row, as a comparable map. */
	public Map<String, List<Integer>> everything() {
		Map<String, List<Integer>> rows = new java.util.TreeMap<>();
		jdbc.query("select unit_id, worker_id, month, category_code, tier, " + Arrays.stream(Counter.values())
			.map(Counter::column).collect(Collectors.joining(", ")) + " from evaluation_rollup", rs -> {
				int[] c = counts(rs, 6);
				if (Arrays.stream(c).anyMatch(x -> x != 0)) {
					rows.put(rs.getString(1) + "/" + rs.getString(2) + "/" + rs.getString(3) + "/" + rs.getString(4)
							+ "/" + rs.getString(5), Arrays.stream(c).boxed().toList());
				}
			});
		return rows;
	}

}
