package org.pomegranate.activities.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The dates offices set for a year's festivals. */
@Repository
public class FestivalDateRepository {

	private final JdbcClient jdbc;

	FestivalDateRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Festival code → date set for the year. */
	public Map<String, LocalDate> ofYear(int year) {
		return jdbc.sql("select code, day from festival_date where year = ?").param(year)
			.query((rs, n) -> Map.entry(rs.getString(1), rs.getObject(2, LocalDate.class))).list().stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	/** Sets or replaces the year's date in one statement, so two offices saving at once leave one row. */
	public void set(String code, int year, LocalDate day, UUID by, Instant now) {
		jdbc.sql("""
				insert into festival_date (code, year, day, set_by, set_at) values (?, ?, ?, ?, ?)
				on conflict (code, year) do update set day = excluded.day, set_by = excluded.set_by, set_at = excluded.set_at""")
			.params(code, year, day, by, Timestamp.from(now)).update();
	}
}
