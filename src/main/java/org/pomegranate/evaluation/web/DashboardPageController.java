package org.pomegranate.evaluation.web;

import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.pomegranate.evaluation.EvaluationManagement;
import org.pomegranate.evaluation.Figure;
import org.pomegranate.evaluation.FigureRequest;
import org.pomegranate.identity.CurrentUser;
import org.pomegranate.identity.IdentityManagement;
import org.pomegranate.identity.Permission;
import org.pomegranate.identity.Role;
import org.pomegranate.shared.web.InvalidInputException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The officers' dashboard: a unit's month with last month beside, the 12-month trend (drawn by
 * ECharts from the JSON API), volumes, overdue work and the ranking one level down, each unit a
 * link one level further down, each figure a link to the requests behind it. The home page
 * loads its short form; the report is the same month on one printable page.
 */
@Controller
class DashboardPageController {

	private final Dashboard dashboard;
	private final EvaluationManagement evaluation;
	private final IdentityManagement identity;

	DashboardPageController(Dashboard dashboard, EvaluationManagement evaluation, IdentityManagement identity) {
		this.dashboard = dashboard;
		this.evaluation = evaluation;
		this.identity = identity;
	}

	@GetMapping("/evaluation")
	String dashboard(@RequestParam(required = false) UUID unitId, @RequestParam(required = false) UUID workerId,
			@RequestParam(required = false) String month, Model model, Locale locale) {
		model.addAttribute("view", dashboard.of(unitId, workerId, Months.parse("month", month, evaluation.thisMonth()),
				locale));
		return "evaluation/dashboard";
	}

	/** The home page's part: a grid worker's own month, anyone else's unit's month. */
	@GetMapping("/evaluation/home")
	String home(Model model, Locale locale) {
		CurrentUser user = identity.require(Permission.VIEW_REQUESTS);
		UUID worker = user.role() == Role.GRID_WORKER ? user.accountId() : null;
		model.addAttribute("view", dashboard.of(null, worker, evaluation.thisMonth(), locale));
		return "evaluation/partials/home";
	}

	@GetMapping("/evaluation/report")
	String report(@RequestParam(required = false) UUID unitId, @RequestParam(required = false) UUID workerId,
			@RequestParam(required = false) String month, Model model, Locale locale) {
		model.addAttribute("view", dashboard.of(unitId, workerId, Months.parse("month", month, evaluation.thisMonth()),
				locale));
		return "evaluation/report";
	}

	@GetMapping("/evaluation/requests")
	String requests(@RequestParam(required = false) UUID unitId, @RequestParam(required = false) UUID workerId,
			@RequestParam String month, @RequestParam String figure, @RequestParam(required = false) String after,
			Model model, Locale locale) {
		YearMonth m = Months.parse("month", month, null);
		Figure f = figure(figure);
		List<FigureRequest> page = evaluation.requestsBehind(unitId, workerId, m, f, after, 50);
		model.addAttribute("unit", evaluation.unitInScope(unitId));
		model.addAttribute("workerId", workerId);
		model.addAttribute("month", m);
		model.addAttribute("figure", f);
		model.addAttribute("requests", page);
		model.addAttribute("next", page.size() == 50 ? page.get(49).number() : null);
		return "evaluation/requests";
	}

	private static Figure figure(String text) {
		try {
			return Figure.valueOf(text);
		}
		catch (IllegalArgumentException e) {
			throw new InvalidInputException("figure", "error.evaluation.figure");
		}
	}
}
