package org.pomegranate.organization.web;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.pomegranate.organization.OrgUnit;
import org.pomegranate.organization.OrganizationManagement;
import org.pomegranate.organization.UnitSummary;
import org.pomegranate.organization.UnitSummaryContributor;
import org.springframework.stereotype.Component;

/** Asks every contributing module what it knows about a unit. */
@Component
class UnitSummaries {

	private final List<UnitSummaryContributor> contributors;
	private final OrganizationManagement organization;

	UnitSummaries(List<UnitSummaryContributor> contributors, OrganizationManagement organization) {
		this.contributors = contributors;
		this.organization = organization;
	}

	List<UnitSummary> of(OrgUnit unit) {
		Set<UUID> subtree = organization.subtree(unit.id());
		return contributors.stream().flatMap(c -> c.summarize(unit, subtree).stream()).toList();
	}
}
