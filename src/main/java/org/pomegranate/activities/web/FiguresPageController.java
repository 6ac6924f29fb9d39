package org.pomegranate.activities.web;

import java.io.IOException;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.pomegranate.activities.ParticipationFigures;
import org.pomegranate.activities.ParticipationRow;
import org.pomegranate.shared.TimeConfiguration;
import org.pomegranate.shared.web.InvalidInputException;
import org.pomegranate.shared.web.TableExports;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Participation figures per unit for a month, on screen and as an Excel file. */
@Controller
class FiguresPageController {

	private final ParticipationFigures figures;
	private final TableExports exports;
	private final MessageSource messages;

	FiguresPageController(ParticipationFigures figures, TableExports exports, MessageSource messages) {
		this.figures = figures;
		this.exports = exports;
		this.messages = messages;
	}

	@GetMapping("/activities/figures")
	String page(@RequestParam(required = false) String month, Model model) {
		YearMonth shown = month(month);
		model.addAttribute("month", shown);
		model.addAttribute("rows", figures.month(shown));
		return "activities/figures";
	}

	@GetMapping("/activities/figures/export")
	void export(@RequestParam(required = false) String month, @RequestParam(required = false) String format,
			Locale locale, HttpServletResponse response) throws IOException {
		YearMonth shown = month(month);
		List<ParticipationRow> rows = figures.month(shown);
		List<String> headers = List.of("unit", "held", "participations", "reached", "repeat", "mixed", "mixedShare", "volunteerHours")
			.stream().map(h -> messages.getMessage("participation.col." + h, null, locale)).toList();
		exports.send(TableExports.Format.of(format), "PARTICIPATION", headers, rows.stream()
			.<List<?>>map(r -> List.of(r.unitId() == null ? messages.getMessage("participation.total", null, locale) : r.unitName().in(locale), r.activitiesHeld(), r.participations(),
					r.residentsReached(), percent(r.repeatRate()), r.mixedShown(), percent(r.mixedShare()),
					r.volunteerHours() == null ? "—" : r.volunteerHours()))
			.iterator(), "month=" + shown, response);
	}

	static String percent(Double share) {
		return share == null ? "—" : Math.round(share * 1000) / 10.0 + " %";
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
