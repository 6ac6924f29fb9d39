package org.pomegranate.organization.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.pomegranate.organization.HeadCounts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The table {@code unit_count} and its two functions (migration V170). */
@Repository
public class KeptCounts {

	private static final String SUMS = "coalesce(sum(c.buildings), 0), coalesce(sum(c.households), 0), "
			+ "coalesce(sum(c.residents), 0), coalesce(sum(c.staff), 0), coalesce(sum(c.open_requests), 0)";

	private final JdbcClient jdbc;

	KeptCounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Sums the rows of every unit whose path starts with the given one. The prefix is a literal of
	 * ids and slashes, so it never holds a LIKE wildcard.
	 */
	public HeadCounts subtree(String path) {
		return jdbc.sql("select " + SUMS + " from unit_count c"
				+ " where c.unit_id in (select u.id from org_unit u where u.path like ?)")
			.param(path + "%").query((rs, n) -> counts(rs, 1)).single();
	}

	public Map<UUID, HeadCounts> own() {
		Map<UUID, HeadCounts> all = new LinkedHashMap<>();
		jdbc.sql("select c.unit_id, " + SUMS + " from unit_count c group by c.unit_id order by c.unit_id")
			.query(rs -> {
				HeadCounts counts = counts(rs, 2);
				if (!counts.equals(HeadCounts.NONE)) {
					all.put(rs.getObject(1, UUID.class), counts);
				}
			});
		return all;
	}

	public void rebuild() {
		// a function returning void: one row holding null
		jdbc.sql("select unit_counts_rebuild()").query(rs -> {
		});
	}

	public int compact() {
		return jdbc.sql("select unit_counts_compact()").query(Integer.class).single();
	}

	private static HeadCounts counts(ResultSet rs, int first) throws SQLException {
		return new HeadCounts(rs.getLong(first), rs.getLong(first + 1), rs.getLong(first + 2), rs.getLong(first + 3),
				rs.getLong(first + 4));
	}
}
