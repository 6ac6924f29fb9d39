package org.pomegranate.identity.internal;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.pomegranate.organization.OrgUnit;
import org.pomegranate.organization.UnitSummary;
import org.pomegranate.organization.UnitSummaryContributor;
import org.springframework.stereotype.Component;

/** The staff of a unit, named with their role and languages, and the staff count of its subtree. */
@Component
class StaffUnitSummary implements UnitSummaryContributor {

	private final AccountRepository accounts;

	StaffUnitSummary(AccountRepository accounts) {
		this.accounts = accounts;
	}

	@Override
	public List<UnitSummary> summarize(OrgUnit unit, Set<UUID> subtree) {
		List<String> here = accounts.staffOf(unit.id()).stream()
			.map(s -> s.displayName() + " · " + s.role().name() + " · " + String.join("/", s.languages()))
			.toList();
		return List.of(new UnitSummary("unit.staff", accounts.countStaffIn(subtree.toArray(UUID[]::new)), here));
	}
}
