package org.pomegranate.evaluation.incentive.web;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.pomegranate.evaluation.incentive.PointsLedger;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Incentive points over JSON: one's own lines, and the rankings within a unit. */
@RestController
@RequestMapping("/api/v1/evaluation/points")
@Tag(name = "Incentive points", description = "Points earned and lost from the service desk's events (评价激励)")
class PointsApiController {

	private final PointsLedger points;

	PointsApiController(PointsLedger points) {
		this.points = points;
	}

	@GetMapping
	@Operation(summary = "The caller's own points of a month (YYYY-MM, Asia/Shanghai; default this month), each "
			+ "line with its rule and request")
	PointsLedger.MyPoints mine(@RequestParam(required = false) String month) {
		return points.mine(PointsMonths.parse(month));
	}

	@GetMapping("/rankings")
	@Operation(summary = "Communities and workers under a unit of the caller's scope ranked by the month's points; "
			+ "equal points share a rank")
	PointsLedger.Rankings rankings(@RequestParam UUID unitId, @RequestParam(required = false) String month) {
		return points.rankings(unitId, PointsMonths.parse(month));
	}
}
