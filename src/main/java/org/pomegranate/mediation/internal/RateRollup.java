package org.pomegranate.mediation.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.pomegranate.mediation.MonthRate;
import org.pomegranate.mediation.Outcome;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The monthly rollup of outcomes per unit, kept in the outcome's own transaction: one upsert for
 * the unit holding the case and every unit above it. Reading a figure reads at most one row per
 * month, never the cases.
 */
@Repository
public class RateRollup {

	/** The target the article sets: 95 % or more of disputes resolved. */
	public static final double TARGET = 0.95;

	private final JdbcClient jdbc;

	RateRollup(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Counts one outcome in its Asia/Shanghai month for the unit and each of its ancestors. */
	public void count(UUID unitId, Outcome outcome, Instant at) {
		LocalDate month = YearMonth.from(at.atZone(CaseRepository.ZONE)).atDay(1);
		jdbc.sql("""
				insert into mediation_rate (unit_id, month, agreed, partial, failed)
				select p.id, ?, ?, ?, ? from org_unit u join org_unit p on u.path like p.path || '%' where u.id = ?
				on conflict (unit_id, month) do update set agreed = mediation_rate.agreed + excluded.agreed,
				    partial = mediation_rate.partial + excluded.partial, failed = mediation_rate.failed + excluded.failed""")
			.params(month, outcome == Outcome.AGREED ? 1 : 0, outcome == Outcome.PARTIAL ? 1 : 0,
					outcome == Outcome.FAILED ? 1 : 0, unitId)
			.update();
	}

	/** One figure per month from {@code first} to {@code last}, months without an outcome included. */
	public List<MonthRate> months(UUID unitId, YearMonth first, YearMonth last) {
		Map<LocalDate, int[]> rows = new HashMap<>();
		jdbc.sql("select month, agreed, partial, failed from mediation_rate where unit_id = ? and month between ? and ?")
			.params(unitId, first.atDay(1), last.atDay(1))
			.query((rs, n) -> rows.put(rs.getObject("month", LocalDate.class),
					new int[] { rs.getInt("agreed"), rs.getInt("partial"), rs.getInt("failed") }))
			.list();
		List<MonthRate> months = new ArrayList<>();
		for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
			int[] c = rows.getOrDefault(m.atDay(1), new int[3]);
			months.add(rate(m, c[0], c[1], c[2]));
		}
		return months;
	}

	static MonthRate rate(YearMonth month, int agreed, int partial, int failed) {
		int closed = agreed + partial + failed;
		Double rate = closed == 0 ? null : (double) agreed / closed;
		return new MonthRate(month.toString(), agreed, partial, failed, closed, rate, TARGET,
				rate == null ? null : rate >= TARGET);
	}
}
