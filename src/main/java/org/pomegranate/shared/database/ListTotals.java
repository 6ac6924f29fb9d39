package org.pomegranate.shared.database;

import java.util.Map;

import org.pomegranate.shared.web.Total;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * How many rows a list holds without counting millions of them on every page: a count that stops
 * after {@value Total#EXACT_UP_TO} rows, and beyond that the planner's own row estimate. The exact
 * count is there for whoever asks for it.
 */
public final class ListTotals {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private ListTotals() {
	}

	/**
	 * @param fromWhere the list's {@code from … where …} (no order, no limit), with named parameters
	 * @param exact     count every row, however many (on demand only)
	 */
	public static Total of(JdbcClient jdbc, String fromWhere, Map<String, ?> params, boolean exact) {
		if (exact) {
			return Total.exact(jdbc.sql("select count(*) " + fromWhere).params(params).query(Long.class).single());
		}
		long bounded = jdbc.sql("select count(*) from (select 1 " + fromWhere + " limit " + (Total.EXACT_UP_TO + 1)
				+ ") bounded").params(params).query(Long.class).single();
		if (bounded <= Total.EXACT_UP_TO) {
			return Total.exact(bounded);
		}
		return Total.about(estimate(jdbc, "select 1 " + fromWhere, params));
	}

	/** The planner's estimate of the rows a query returns (EXPLAIN, nothing run). */
	public static long estimate(JdbcClient jdbc, String query, Map<String, ?> params) {
		String plan = jdbc.sql("explain (format json) " + query).params(params).query(String.class).single();
		JsonNode root = JSON.readTree(plan);
		return root.get(0).get("Plan").get("Plan Rows").asLong();
	}
}
