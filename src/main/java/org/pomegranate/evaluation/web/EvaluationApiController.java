package org.pomegranate.evaluation.web;

import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import org.pomegranate.evaluation.EvaluationManagement;
import org.pomegranate.evaluation.Figure;
import org.pomegranate.evaluation.FigureRequest;
import org.pomegranate.evaluation.MonthFigures;
import org.pomegranate.evaluation.RankedUnit;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The evaluation figures over JSON, for the caller's own subtree: a unit outside it answers 404
 * like one that does not exist. Months are written {@code 2026-11} (Asia/Shanghai calendar months).
 */
@RestController
@RequestMapping("/api/v1/evaluation")
@Tag(name = "Evaluation", description = "The three rates (三率) and the on-time rate per month, rankings, and the "
		+ "requests behind every figure")
class EvaluationApiController {

	private final EvaluationManagement evaluation;

	EvaluationApiController(EvaluationManagement evaluation) {
		this.evaluation = evaluation;
	}

	@GetMapping("/rates")
	@Operation(summary = "One row per month from 'from' to 'to' (at most 36 months) with every count and rate of the "
			+ "unit (default: the caller's) or, with workerId, of that worker within the unit. Response counts in the "
			+ "month its deadline fell; resolution and satisfaction in the month of the first rating; on-time in the "
			+ "month of resolution")
	List<MonthFigures> rates(@RequestParam(required = false) UUID unitId,
			@Parameter(description = "a worker (account id) of the unit, for their own figures")
			@RequestParam(required = false) UUID workerId,
			@Parameter(description = "first month, e.g. 2026-01; default: 11 months before 'to'")
			@RequestParam(required = false) String from,
			@Parameter(description = "last month, e.g. 2026-12; default: this month")
			@RequestParam(required = false) String to) {
		YearMonth last = Months.parse("to", to, evaluation.thisMonth());
		YearMonth first = Months.parse("from", from, last.minusMonths(11));
		return evaluation.rates(unitId, workerId, first, last);
	}

	@GetMapping("/rankings")
	@Operation(summary = "The units one level below the unit (for a grid: its workers) with their figures for the "
			+ "month and the composite score, best first; those with nothing to score come last without a rank")
	List<RankedUnit> rankings(@RequestParam(required = false) UUID unitId,
			@Parameter(description = "the month, e.g. 2026-11; default: this month")
			@RequestParam(required = false) String month) {
		return evaluation.rankings(unitId, Months.parse("month", month, evaluation.thisMonth()));
	}

	@GetMapping("/rates/{month}/requests")
	@Operation(summary = "The requests behind one figure of the month: its denominator in number order, those in the "
			+ "numerator marked. Keyset paged: pass the last number of a page as 'after'")
	List<FigureRequest> requests(@PathVariable String month, @RequestParam(required = false) UUID unitId,
			@RequestParam(required = false) UUID workerId, @RequestParam Figure figure,
			@Parameter(description = "the last request number of the previous page")
			@RequestParam(required = false) String after, @RequestParam(defaultValue = "50") int size) {
		return evaluation.requestsBehind(unitId, workerId, Months.parse("month", month, null), figure, after, size);
	}
}
