package org.pomegranate.organization.web;

import java.util.List;

import org.pomegranate.organization.OrgUnit;
import org.pomegranate.organization.UnitCounts;
import org.pomegranate.organization.UnitSummary;
import org.pomegranate.organization.UnitSummaryContributor;
import org.springframework.stereotype.Component;

/** Asks every contributing module what it knows about a unit, with the unit's kept head counts read once. */
@Component
class UnitSummaries {

	private final List<UnitSummaryContributor> contributors;
	private final UnitCounts counts;

	UnitSummaries(List<UnitSummaryContributor> contributors, UnitCounts counts) {
		this.contributors = contributors;
		this.counts = counts;
	}

	List<UnitSummary> of(OrgUnit unit) {
		var kept = counts.of(unit);
		return contributors.stream().flatMap(c -> c.summarize(unit, kept).stream()).toList();
	}
}
