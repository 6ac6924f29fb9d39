package org.pomegranate.activities.web;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.UUID;

import org.pomegranate.activities.ParticipationFigures;
import org.pomegranate.shared.TimeConfiguration;
import org.pomegranate.shared.web.InvalidInputException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Community life as a card on the officers' dashboard, which loads it with htmx (evaluation needs no
 * Java dependency on activities): the month's activities, participations and volunteer hours of the
 * unit shown and the units below it, beside the month before.
 */
@Controller
class ParticipationCardController {

	private final ParticipationFigures figures;

	ParticipationCardController(ParticipationFigures figures) {
		this.figures = figures;
	}

	@GetMapping("/activities/participation-card")
	String card(@RequestParam(required = false) UUID unitId, @RequestParam(required = false) String month, Model model) {
		YearMonth shown = month(month);
		model.addAttribute("now", figures.ofUnit(unitId, shown));
		model.addAttribute("before", figures.ofUnit(unitId, shown.minusMonths(1)));
		return "activities/partials/participation-card";
	}

	private static YearMonth month(String month) {
		if (month == null || month.isBlank()) {
			return YearMonth.now(TimeConfiguration.DISPLAY_ZONE);
		}
		try {
			return YearMonth.parse(month);
		}
		catch (DateTimeParseException e) {
			throw new InvalidInputException("month", "error.activity.month");
		}
	}
}
