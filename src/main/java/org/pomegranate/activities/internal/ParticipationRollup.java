package org.pomegranate.activities.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import org.pomegranate.registry.GroupMix;
import org.pomegranate.shared.TimeConfiguration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code participation_month}: after each check-in, the row of the activity's unit and month is
 * recounted from that month's check-ins only (a few hundred rows at most), so a figures page reads one
 * row per unit and never counts the whole history. A transaction-scoped advisory lock per unit-month
 * makes concurrent check-ins recount one after the other, each seeing the other's committed arrival.
 */
@Component
public class ParticipationRollup {

	private final JdbcClient jdbc;
	private final GroupMix groupMix;

	ParticipationRollup(JdbcClient jdbc, GroupMix groupMix) {
		this.jdbc = jdbc;
		this.groupMix = groupMix;
	}

	/** Recounts the month in which the activity starts, for its home unit. */
	public void refreshFor(UUID unitId, Instant activityStart) {
		refresh(unitId, YearMonth.from(activityStart.atZone(TimeConfiguration.DISPLAY_ZONE)));
	}

	public void refresh(UUID unitId, YearMonth month) {
		jdbc.sql("select pg_advisory_xact_lock(hashtext('participation:' || ? || ':' || ?))")
			.params(unitId.toString(), month.toString()).query((rs, n) -> 1).list();
		Instant from = month.atDay(1).atStartOfDay(TimeConfiguration.DISPLAY_ZONE).toInstant();
		Instant to = month.plusMonths(1).atDay(1).atStartOfDay(TimeConfiguration.DISPLAY_ZONE).toInstant();
		List<UUID> held = jdbc.sql("""
				select a.id from activity a where a.home_unit_id = ? and a.starts_at >= ? and a.starts_at < ?
				and a.cancelled_at is null and exists (select 1 from activity_attendance t where t.activity_id = a.id)""")
			.params(unitId, java.sql.Timestamp.from(from), java.sql.Timestamp.from(to)).query(UUID.class).list();
		UUID[] ids = held.toArray(UUID[]::new);
		int[] counts = jdbc.sql("""
				select count(*), count(distinct resident_id),
				       (select count(*) from (select resident_id from activity_attendance where activity_id = any(?)
				          and resident_id is not null group by resident_id having count(*) >= 2) r)
				from activity_attendance where activity_id = any(?)""")
			.params(ids, ids).query((rs, n) -> new int[] { rs.getInt(1), rs.getInt(2), rs.getInt(3) }).single();
		int mixed = 0;
		for (UUID activity : held) {
			List<UUID> residents = jdbc.sql(
					"select resident_id from activity_attendance where activity_id = ? and resident_id is not null")
				.param(activity).query(UUID.class).list();
			if (groupMix.declaredGroups(residents) >= 2) {
				mixed++;
			}
		}
		LocalDate first = month.atDay(1);
		jdbc.sql("""
				insert into participation_month (unit_id, month, activities_held, participations, residents_reached,
				                                 residents_repeat, mixed_activities)
				values (?, ?, ?, ?, ?, ?, ?)
				on conflict (unit_id, month) do update set activities_held = excluded.activities_held,
				    participations = excluded.participations, residents_reached = excluded.residents_reached,
				    residents_repeat = excluded.residents_repeat, mixed_activities = excluded.mixed_activities""")
			.params(unitId, first, held.size(), counts[0], counts[1], counts[2], mixed).update();
	}

	/** Rebuilds every unit-month that has an activity with check-ins: after the demo load or a repair. */
	public int rebuildAll() {
		List<Object[]> pairs = jdbc.sql("""
				select distinct a.home_unit_id, a.starts_at from activity a
				where exists (select 1 from activity_attendance t where t.activity_id = a.id)""")
			.query((rs, n) -> new Object[] { rs.getObject(1, UUID.class), rs.getTimestamp(2).toInstant() }).list();
		java.util.Set<String> done = new java.util.HashSet<>();
		for (Object[] p : pairs) {
			UUID unit = (UUID) p[0];
			YearMonth month = YearMonth.from(((Instant) p[1]).atZone(TimeConfiguration.DISPLAY_ZONE));
			if (done.add(unit + "/" + month)) {
				refresh(unit, month);
			}
		}
		return done.size();
	}
}
