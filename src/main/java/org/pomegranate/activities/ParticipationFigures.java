package org.pomegranate.activities;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.pomegranate.activities.internal.ActivityAccess;
import org.pomegranate.identity.Role;
import org.pomegranate.shared.SmallCellSuppression;
import org.pomegranate.shared.web.ForbiddenException;
import org.pomegranate.shared.web.NotFoundException;
import org.pomegranate.volunteers.UnitHours;
import org.pomegranate.volunteers.VolunteerHours;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Participation per unit and month from the rollup kept at check-in: activities held, participants,
 * residents reached, repeat rate, and the share of activities that brought two or more self-declared
 * groups together, beside the volunteer hours given there (from the volunteers module). That share is about groups of people, so its counts pass {@link SmallCellSuppression}
 * (mixed and not mixed as one breakdown): under 10 shows "&lt; 10", and the other cell is hidden with it.
 */
@Service
@Transactional(readOnly = true)
public class ParticipationFigures {

	private final JdbcClient jdbc;
	private final ActivityAccess access;
	private final VolunteerHours volunteerHours;

	ParticipationFigures(JdbcClient jdbc, ActivityAccess access, VolunteerHours volunteerHours) {
		this.jdbc = jdbc;
		this.access = access;
		this.volunteerHours = volunteerHours;
	}

	/**
	 * The month's rows of every unit in the caller's scope that held an activity, by unit path, and a last
	 * row of their totals — unit {@code null}. The mixed and not-mixed counts of all rows form one table
	 * for the suppression, so that no total or difference reveals a hidden cell.
	 */
	public List<ParticipationRow> month(YearMonth month) {
		if (!access.user().role().isStaff()) {
			throw new ForbiddenException("figures are for staff");
		}
		UUID[] scope = access.scope().asArray();
		List<Raw> raw = jdbc.sql("""
				select p.*, u.name_zh, u.name_en, u.name_bo, u.name_mn from participation_month p
				join org_unit u on u.id = p.unit_id
				where p.unit_id = any(?) and p.month = ? and p.activities_held > 0 order by u.path""")
			.params(scope, month.atDay(1))
			.query((rs, n) -> new Raw(rs.getObject("unit_id", UUID.class),
					new Localized(rs.getString("name_zh"), rs.getString("name_en"), rs.getString("name_bo"),
							rs.getString("name_mn")),
					rs.getInt("activities_held"), rs.getInt("participations"), rs.getInt("residents_reached"),
					rs.getInt("residents_repeat"), rs.getInt("mixed_activities")))
			.list();
		if (raw.isEmpty()) {
			return List.of();
		}
		long[][] cells = new long[raw.size()][];
		for (int i = 0; i < raw.size(); i++) {
			cells[i] = new long[] { raw.get(i).mixed(), raw.get(i).held() - raw.get(i).mixed() };
		}
		SmallCellSuppression.Table table = SmallCellSuppression.suppress(cells);
		UUID area = access.user().orgUnitId();
		List<UUID> units = new java.util.ArrayList<>(raw.stream().map(Raw::unit).toList());
		if (area != null) {
			units.add(area);
		}
		Map<UUID, UnitHours> hours = volunteerHours.perUnitAndMonth(units, month);
		List<ParticipationRow> rows = new java.util.ArrayList<>();
		int held = 0, participations = 0, reached = 0, repeat = 0;
		for (int i = 0; i < raw.size(); i++) {
			Raw r = raw.get(i);
			rows.add(row(r, month, table.shown(i, 0), table.visible(i, 0), hoursOf(hours, r.unit())));
			held += r.held();
			participations += r.participations();
			reached += r.reached();
			repeat += r.repeat();
		}
		String total = table.columnTotal(0);
		Long totalVisible = total.chars().allMatch(Character::isDigit) ? Long.valueOf(total) : null;
		rows.add(row(new Raw(null, null, held, participations, reached, repeat, 0), month, total, totalVisible,
				area == null ? null : hoursOf(hours, area)));
		return rows;
	}

	private static BigDecimal hoursOf(Map<UUID, UnitHours> hours, UUID unit) {
		UnitHours h = hours.get(unit);
		return h == null ? BigDecimal.ZERO : h.hours();
	}

	/** A unit's month at a glance, its subtree summed: for the unit page and the officers' dashboard. */
	public record UnitMonth(UUID unitId, YearMonth month, long activitiesHeld, long participations,
			BigDecimal volunteerHours) {
	}

	/**
	 * The month of a unit in the caller's scope and every unit below it: activities held and participations
	 * summed from the rollup (counts of events, not of people, so sums are exact), and the volunteer hours.
	 * Without a unit, the caller's own; a unit outside the scope is "not found".
	 */
	public UnitMonth ofUnit(UUID unitId, YearMonth month) {
		UUID unit = unitId != null ? unitId : access.user().orgUnitId();
		if (!access.user().role().isStaff() || !access.scope().contains(unit)) {
			throw new NotFoundException("unit");
		}
		return subtree(unit, month);
	}

	/** The same without a caller: for the unit page, which has checked the unit already. */
	public UnitMonth subtree(UUID unitId, YearMonth month) {
		long[] sums = jdbc.sql("""
				select coalesce(sum(p.activities_held), 0), coalesce(sum(p.participations), 0)
				from participation_month p join org_unit u on u.id = p.unit_id
				where p.month = ? and u.path like (select path from org_unit where id = ?) || '%'""")
			.params(month.atDay(1), unitId)
			.query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2) })
			.single();
		BigDecimal hours = hoursOf(volunteerHours.perUnitAndMonth(List.of(unitId), month), unitId);
		return new UnitMonth(unitId, month, sums[0], sums[1], hours);
	}

	private record Raw(UUID unit, Localized name, int held, int participations, int reached, int repeat,
			int mixed) {
	}

	private static ParticipationRow row(Raw r, YearMonth month, String mixedShown, Long mixedVisible,
			BigDecimal volunteerHours) {
		return new ParticipationRow(r.unit(), r.name(), month, r.held(), r.participations(), r.reached(),
				r.reached() == 0 ? null : r.repeat() / (double) r.reached(), mixedShown,
				mixedVisible == null || r.held() == 0 ? null : mixedVisible / (double) r.held(), volunteerHours);
	}
}
