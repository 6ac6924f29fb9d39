package org.pomegranate.evaluation.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Writes changes to the monthly rollup rows: added to what is there, creating a row on first use. */
@Repository
public class RollupRepository {

	private static final String COLUMNS = Arrays.stream(Counter.values()).map(Counter::column)
		.collect(Collectors.joining(", "));

	private static final String KEY = "unit_id, worker_id, month, category_code, tier";

	/**
	 * Every row of a tally in one statement, whatever their number: an intake changes five or six rows
	 * (the holder's unit, each unit above it, the worker), an SLA clock batch hundreds. The rows are
	 * written in key order, so two transactions touching the same rows lock them in the same order
	 * and cannot deadlock; the database sorts them, so every writer agrees on that order.
	 */
	private static final String UPSERT = "insert into evaluation_rollup (" + KEY + ", " + COLUMNS + ") "
			+ "select * from unnest(?::uuid[], ?::uuid[], ?::date[], ?::text[], ?::text[]"
			+ ", ?::int[]".repeat(Counter.values().length) + ") as t(" + KEY + ", " + COLUMNS + ") "
			+ "order by " + KEY + " "
			+ "on conflict (" + KEY + ") do update set "
			+ Arrays.stream(Counter.values())
				.map(c -> c.column() + " = evaluation_rollup." + c.column() + " + excluded." + c.column())
				.collect(Collectors.joining(", "));

	private final JdbcTemplate jdbc;

	RollupRepository(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Adds the tally's changes, creating the rows that do not exist yet. */
	public void add(Tally tally) {
		Map<Tally.Cell, int[]> changes = tally.changes();
		if (changes.isEmpty()) {
			return;
		}
		List<Tally.Cell> cells = List.copyOf(changes.keySet());
		List<int[]> counts = cells.stream().map(changes::get).toList();
		List<Object> params = new ArrayList<>();
		params.add(cells.stream().map(Tally.Cell::unitId).toArray(UUID[]::new));
		params.add(cells.stream().map(Tally.Cell::workerId).toArray(UUID[]::new));
		params.add(cells.stream().map(c -> c.month().toString()).toArray(String[]::new));
		params.add(cells.stream().map(Tally.Cell::categoryCode).toArray(String[]::new));
		params.add(cells.stream().map(Tally.Cell::tier).toArray(String[]::new));
		for (Counter counter : Counter.values()) {
			params.add(counts.stream().mapToInt(c -> c[counter.ordinal()]).toArray());
		}
		jdbc.update(UPSERT, params.toArray());
	}
}
