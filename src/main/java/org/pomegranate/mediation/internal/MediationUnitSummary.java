package org.pomegranate.mediation.internal;

import java.time.YearMonth;
import java.util.List;

import org.pomegranate.mediation.MonthRate;
import org.pomegranate.organization.HeadCounts;
import org.pomegranate.organization.OrgUnit;
import org.pomegranate.organization.UnitSummary;
import org.pomegranate.organization.UnitSummaryContributor;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The unit page's mediation lines: open cases in the subtree, and the resolution rate of the last
 * three months from the rollup (one row per month), each with its numerator and denominator.
 */
@Component
class MediationUnitSummary implements UnitSummaryContributor {

	private final CaseRepository cases;
	private final RateRollup rates;
	private final MessageSource messages;

	MediationUnitSummary(CaseRepository cases, RateRollup rates, MessageSource messages) {
		this.cases = cases;
		this.rates = rates;
		this.messages = messages;
	}

	@Override
	public List<UnitSummary> summarize(OrgUnit unit, HeadCounts counts) {
		YearMonth now = YearMonth.now(CaseRepository.ZONE);
		List<MonthRate> months = new java.util.ArrayList<>(rates.months(unit.id(), now.minusMonths(2), now));
		java.util.Collections.reverse(months);
		List<String> lines = months.stream().map(this::line).toList();
		return List.of(new UnitSummary("mediation.unit.open", cases.countOpenBelow(unit.path()), lines));
	}

	private String line(MonthRate r) {
		String rate = r.rate() == null ? "–" : "%.1f %%".formatted(r.rate() * 100);
		return messages.getMessage("mediation.unit.rate", new Object[] { r.month(), rate, r.agreed(), r.closed() },
				LocaleContextHolder.getLocale());
	}
}
