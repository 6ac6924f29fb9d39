package org.pomegranate.evaluation.incentive.web;

import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;

import org.pomegranate.shared.TimeConfiguration;
import org.pomegranate.shared.web.InvalidInputException;

/** A month parameter: YYYY-MM, this month (Asia/Shanghai) when absent; 2026-13 is a 400 naming "month". */
final class PointsMonths {

	private PointsMonths() {
	}

	static YearMonth parse(String text) {
		if (text == null || text.isBlank()) {
			return YearMonth.from(ZonedDateTime.now(TimeConfiguration.DISPLAY_ZONE));
		}
		try {
			YearMonth month = YearMonth.parse(text.strip());
			if (month.getYear() < 2000 || month.getYear() > 2100) {
				throw new InvalidInputException("month", "error.evaluation.month");
			}
			return month;
		}
		catch (DateTimeParseException e) {
			throw new InvalidInputException("month", "error.evaluation.month");
		}
	}
}
