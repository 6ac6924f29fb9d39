package org.pomegranate.activities.internal;

import java.time.YearMonth;
import java.util.List;

import org.pomegranate.activities.ParticipationFigures;
import org.pomegranate.organization.HeadCounts;
import org.pomegranate.organization.OrgUnit;
import org.pomegranate.organization.UnitSummary;
import org.pomegranate.organization.UnitSummaryContributor;
import org.pomegranate.shared.TimeConfiguration;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The unit page's line on community life: activities held this month in the unit and below it, with
 * the participations and volunteer hours beside them, read from the participation rollup.
 */
@Component
class ParticipationUnitSummary implements UnitSummaryContributor {

	private final ParticipationFigures figures;
	private final MessageSource messages;

	ParticipationUnitSummary(ParticipationFigures figures, MessageSource messages) {
		this.figures = figures;
		this.messages = messages;
	}

	@Override
	public List<UnitSummary> summarize(OrgUnit unit, HeadCounts counts) {
		ParticipationFigures.UnitMonth month = figures.subtree(unit.id(), YearMonth.now(TimeConfiguration.DISPLAY_ZONE));
		String line = messages.getMessage("participation.unit.line",
				new Object[] { month.month().toString(), month.participations(), month.volunteerHours() },
				LocaleContextHolder.getLocale());
		return List.of(new UnitSummary("participation.unit.held", month.activitiesHeld(), List.of(line)));
	}
}
