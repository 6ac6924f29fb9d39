package org.pomegranate.servicedesk.internal;

import static org.pomegranate.servicedesk.internal.RequestRepository.NEXT_DEADLINE;
import static org.pomegranate.servicedesk.internal.RequestRepository.OPEN;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Overdue requests of a subtree, counted when asked: being overdue depends on the clock, not on a
 * write, so it cannot be kept like the open count. Only open requests are read, through the
 * partial index {@code service_request_open_deadline_idx} (holding unit, deadline that matters
 * now), so the work grows with the requests in hand, never with the years of closed ones.
 */
@Repository
public class OpenRequestCounts {

	private final JdbcClient jdbc;

	OpenRequestCounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Open requests past their deadline now, held in the subtree of the unit with this path. */
	public long overdueBelow(String unitPath, Instant now) {
		return jdbc.sql("select count(*) from service_request r where r.status in " + OPEN + " and " + NEXT_DEADLINE
				+ " < ? and r.unit_id in (select u.id from org_unit u where u.path like ?)")
			.params(Timestamp.from(now), unitPath + "%").query(Long.class).single();
	}

	/**
	 * The same for each of several units, each counting its whole subtree; only units whose path
	 * starts with {@code scopePath} are counted (the others, and units without any, are left out).
	 */
	public Map<UUID, Integer> overdueWithin(UUID[] unitIds, String scopePath, Instant now) {
		Map<UUID, Integer> counts = new LinkedHashMap<>();
		jdbc.sql("select p.id, count(*)::int as n from org_unit p"
				+ " join org_unit u on u.path like p.path || '%'"
				+ " join service_request r on r.unit_id = u.id and r.status in " + OPEN + " and " + NEXT_DEADLINE + " < ?"
				+ " where p.id = any(?) and p.path like ? group by p.id")
			.params(Timestamp.from(now), unitIds, scopePath + "%")
			.query(rs -> {
				counts.put(rs.getObject("id", UUID.class), rs.getInt("n"));
			});
		return counts;
	}
}
