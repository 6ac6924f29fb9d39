package org.pomegranate.volunteers.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.pomegranate.volunteers.LedgerLine;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The points ledger (append-only in the database) and the balance row beside it. Earning adds to the
 * balance; a redemption takes from it only where it covers the points ({@code balance >= p}), in one
 * statement, so concurrent redemptions cannot take it below zero (its check constraint is the last
 * guard). The caller writes the ledger line in the same transaction.
 */
@Repository
public class VolunteerPointsRepository {

	private final JdbcClient jdbc;

	VolunteerPointsRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Earns points for hours (or a shift); false when these hours earned them already. */
	public boolean earn(UUID volunteerId, String kind, int points, UUID hoursId, Instant at, UUID by) {
		int added = jdbc.sql("""
				insert into volunteer_points (id, volunteer_id, kind, points, hours_id, at, by_account)
				values (?, ?, ?, ?, ?, ?, ?) on conflict (hours_id, kind) where hours_id is not null do nothing""")
			.params(UUID.randomUUID(), volunteerId, kind, points, hoursId, Timestamp.from(at), by).update();
		if (added == 1) {
			jdbc.sql("update volunteer_balance set balance = balance + ? where volunteer_id = ?").params(points, volunteerId)
				.update();
		}
		return added == 1;
	}

	/** Takes the points if the balance covers them; false (nothing changed) otherwise. */
	public boolean take(UUID volunteerId, int points) {
		return jdbc.sql("""
				update volunteer_balance set balance = balance - :p where volunteer_id = :v and balance >= :p
				returning balance""")
			.param("p", points).param("v", volunteerId).query(Integer.class).optional().isPresent();
	}

	public void redemption(UUID volunteerId, int points, String recognition, Instant at, UUID by) {
		jdbc.sql("""
				insert into volunteer_points (id, volunteer_id, kind, points, recognition, at, by_account)
				values (?, ?, 'REDEMPTION', ?, ?, ?, ?)""")
			.params(UUID.randomUUID(), volunteerId, -points, recognition, Timestamp.from(at), by).update();
	}

	public int balance(UUID volunteerId) {
		return jdbc.sql("select balance from volunteer_balance where volunteer_id = ?").param(volunteerId)
			.query(Integer.class).optional().orElse(0);
	}

	public List<LedgerLine> lines(UUID volunteerId, int limit) {
		return jdbc.sql("""
				select * from volunteer_points where volunteer_id = ? order by at desc, id limit ?""")
			.params(volunteerId, limit)
			.query((rs, n) -> new LedgerLine(rs.getObject("id", UUID.class), rs.getString("kind"), rs.getInt("points"),
					rs.getObject("hours_id", UUID.class), rs.getString("recognition"), rs.getTimestamp("at").toInstant()))
			.list();
	}
}
