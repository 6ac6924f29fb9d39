package org.pomegranate.evaluation.incentive.web;

import java.util.UUID;

import org.pomegranate.evaluation.incentive.PointsLedger;
import org.pomegranate.identity.CurrentUser;
import org.pomegranate.identity.IdentityManagement;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** A staff member's own points and why; the recognition board of their unit. */
@Controller
class PointsPageController {

	private final PointsLedger points;
	private final IdentityManagement identity;

	PointsPageController(PointsLedger points, IdentityManagement identity) {
		this.points = points;
		this.identity = identity;
	}

	@GetMapping("/my/points")
	String mine(@RequestParam(required = false) String month, Model model) {
		model.addAttribute("points", points.mine(PointsMonths.parse(month)));
		return "evaluation/my-points";
	}

	@GetMapping("/points/board")
	String board(@RequestParam(required = false) UUID unitId, @RequestParam(required = false) String month,
			Model model) {
		CurrentUser me = identity.currentUser();
		model.addAttribute("board", points.rankings(unitId != null ? unitId : me.orgUnitId(), PointsMonths.parse(month)));
		return "evaluation/points-board";
	}
}
