package org.pomegranate.mediation.web;

import java.util.UUID;

import org.pomegranate.mediation.MediationRates;
import org.pomegranate.mediation.MonthRate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The resolution rate as a card, for the officers' dashboard, which loads it with htmx: the
 * evaluation module needs no Java dependency on mediation. The month and the one before, each with
 * numerator and denominator, against the target.
 */
@Controller
class RateCardController {

	private final MediationRates rates;

	RateCardController(MediationRates rates) {
		this.rates = rates;
	}

	@GetMapping("/mediation/rate-card")
	String card(@RequestParam(required = false) UUID unitId, @RequestParam(required = false) String month,
			Model model) {
		var m = MediationRates.month("month", month, rates.thisMonth());
		var both = rates.rates(unitId, m.minusMonths(1), m);
		MonthRate previous = both.get(0);
		model.addAttribute("rate", both.get(1));
		model.addAttribute("previous", previous);
		model.addAttribute("unitId", unitId);
		return "mediation/partials/rate-card";
	}
}
