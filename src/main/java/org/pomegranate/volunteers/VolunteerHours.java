package org.pomegranate.volunteers;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Volunteer hours as figures for other modules (the activities' participation figures): approved
 * hours only, counted for the unit the work was done for and every unit above it. No person is
 * named, so no scope is checked here: the caller shows the figures of units it has checked.
 * This interface is kept stable for its callers.
 */
@Service
@Transactional(readOnly = true)
public class VolunteerHours {

	private final JdbcClient jdbc;

	VolunteerHours(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Hours per unit for one month (Asia/Shanghai dates): each unit asked for gets an entry, with
	 * zero hours where none were given. A unit's figure includes the units below it.
	 */
	public Map<UUID, UnitHours> perUnitAndMonth(Collection<UUID> units, YearMonth month) {
		Map<UUID, UnitHours> figures = new LinkedHashMap<>();
		for (UUID unit : units) {
			figures.put(unit, new UnitHours(unit, month, BigDecimal.ZERO.setScale(1), 0));
		}
		if (units.isEmpty()) {
			return figures;
		}
		jdbc.sql("""
				select asked.id, coalesce(sum(h.minutes), 0) as minutes, count(distinct h.volunteer_id) as volunteers
				from org_unit asked
				join org_unit done_for on done_for.path like asked.path || '%'
				join volunteer_hours h on h.unit_id = done_for.id
				where asked.id = any(?) and h.status = 'APPROVED' and h.worked_on >= ? and h.worked_on < ?
				group by asked.id""")
			.params(units.toArray(UUID[]::new), month.atDay(1), month.plusMonths(1).atDay(1))
			.query((rs, n) -> new UnitHours(rs.getObject("id", UUID.class), month,
					BigDecimal.valueOf(rs.getLong("minutes")).divide(BigDecimal.valueOf(60), 1, RoundingMode.HALF_UP),
					rs.getInt("volunteers")))
			.list().forEach(h -> figures.put(h.unitId(), h));
		return figures;
	}
}
