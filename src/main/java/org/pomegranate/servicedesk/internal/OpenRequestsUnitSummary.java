package org.pomegranate.servicedesk.internal;

import java.time.Clock;
import java.util.List;

import org.pomegranate.identity.IdentityManagement;
import org.pomegranate.identity.Permission;
import org.pomegranate.organization.HeadCounts;
import org.pomegranate.organization.OrgUnit;
import org.pomegranate.organization.UnitSummary;
import org.pomegranate.organization.UnitSummaryContributor;
import org.springframework.stereotype.Component;

/**
 * The unit page's requests: those still open in the subtree (kept per unit) and those of them past
 * their deadline now (counted among the open ones). Shown to those who may see requests.
 */
@Component
class OpenRequestsUnitSummary implements UnitSummaryContributor {

	private final IdentityManagement identity;
	private final OpenRequestCounts open;
	private final Clock clock;

	OpenRequestsUnitSummary(IdentityManagement identity, OpenRequestCounts open, Clock clock) {
		this.identity = identity;
		this.open = open;
		this.clock = clock;
	}

	@Override
	public List<UnitSummary> summarize(OrgUnit unit, HeadCounts counts) {
		if (identity.signedIn().filter(u -> u.can(Permission.VIEW_REQUESTS)).isEmpty()) {
			return List.of();
		}
		return List.of(UnitSummary.count("unit.requests.open", counts.openRequests()),
				UnitSummary.count("unit.requests.overdue", open.overdueBelow(unit.path(), clock.instant())));
	}
}
