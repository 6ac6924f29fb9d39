package org.pomegranate.evaluation.internal;

import java.sql.Date;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Writes changes to the monthly rollup rows: added to what is there, creating a row on first use. */
@Repository
public class RollupRepository {

	private static final String COLUMNS = Arrays.stream(Counter.values()).map(Counter::column)
		.collect(Collectors.joining(", "));

	private static final String UPSERT = "insert into evaluation_rollup (unit_id, worker_id, month, category_code, tier, "
			+ COLUMNS + ") values (?, ?, ?, ?, ?" + ", ?".repeat(Counter.values().length) + ") "
			+ "on conflict (unit_id, worker_id, month, category_code, tier) do update set "
			+ Arrays.stream(Counter.values())
				.map(c -> c.column() + " = evaluation_rollup." + c.column() + " + excluded." + c.column())
				.collect(Collectors.joining(", "));

	private final JdbcTemplate jdbc;

	RollupRepository(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Adds the tally's changes. Rows are written in key order, so two transactions touching the same
	 * rows lock them in the same order and cannot deadlock.
	 */
	public void add(Tally tally) {
		Map<Tally.Cell, int[]> changes = tally.changes();
		if (changes.isEmpty()) {
			return;
		}
		List<Object[]> rows = new ArrayList<>();
		changes.entrySet().stream()
			.sorted(Map.Entry.comparingByKey(java.util.Comparator.comparing((Tally.Cell c) -> c.unitId())
				.thenComparing(Tally.Cell::workerId).thenComparing(Tally.Cell::month)
				.thenComparing(Tally.Cell::categoryCode).thenComparing(Tally.Cell::tier)))
			.forEach(e -> {
				Object[] row = new Object[5 + Counter.values().length];
				Tally.Cell c = e.getKey();
				row[0] = c.unitId();
				row[1] = c.workerId();
				row[2] = Date.valueOf(c.month());
				row[3] = c.categoryCode();
				row[4] = c.tier();
				for (int i = 0; i < e.getValue().length; i++) {
					row[5 + i] = e.getValue()[i];
				}
				rows.add(row);
			});
		jdbc.batchUpdate(UPSERT, rows);
	}
}
