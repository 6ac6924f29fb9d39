package org.pomegranate.activities;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import org.pomegranate.activities.internal.ActivityAccess;
import org.pomegranate.identity.Role;
import org.pomegranate.shared.SmallCellSuppression;
import org.pomegranate.shared.web.ForbiddenException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Participation per unit and month from the rollup kept at check-in: activities held, participants,
 * residents reached, repeat rate, and the share of activities that brought two or more self-declared
 * groups together. That share is about groups of people, so its counts pass {@link SmallCellSuppression}
 * (mixed and not mixed as one breakdown): under 10 shows "&lt; 10", and the other cell is hidden with it.
 */
@Service
@Transactional(readOnly = true)
public class ParticipationFigures {

	private final JdbcClient jdbc;
	private final ActivityAccess access;

	ParticipationFigures(JdbcClient jdbc, ActivityAccess access) {
		this.jdbc = jdbc;
		this.access = access;
	}

	/** The month's rows of every unit in the caller's scope that held an activity, by unit path. */
	public List<ParticipationRow> month(YearMonth month) {
		if (access.user().role() == Role.RESIDENT || !access.user().role().isStaff()) {
			throw new ForbiddenException("figures are for staff");
		}
		UUID[] scope = access.scope().asArray();
		return jdbc.sql("""
				select p.*, u.name_zh, u.name_en, u.name_bo, u.name_mn from participation_month p
				join org_unit u on u.id = p.unit_id
				where p.unit_id = any(?) and p.month = ? and p.activities_held > 0 order by u.path""")
			.params(scope, month.atDay(1))
			.query((rs, n) -> row(rs.getObject("unit_id", UUID.class),
					new Localized(rs.getString("name_zh"), rs.getString("name_en"), rs.getString("name_bo"),
							rs.getString("name_mn")),
					rs.getObject("month", LocalDate.class), rs.getInt("activities_held"), rs.getInt("participations"),
					rs.getInt("residents_reached"), rs.getInt("residents_repeat"), rs.getInt("mixed_activities")))
			.list();
	}

	static ParticipationRow row(UUID unit, Localized name, LocalDate month, int held, int participations, int reached,
			int repeat, int mixed) {
		SmallCellSuppression.Table table = SmallCellSuppression.suppress(mixed, held - mixed);
		Long visible = table.visible(0, 0);
		Double share = visible == null || held == 0 ? null : visible / (double) held;
		return new ParticipationRow(unit, name, YearMonth.from(month), held, participations, reached,
				reached == 0 ? null : repeat / (double) reached, table.shown(0, 0), share);
	}
}
