package org.pomegranate.servicedesk;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.pomegranate.identity.CurrentUser;
import org.pomegranate.identity.IdentityManagement;
import org.pomegranate.identity.Permission;
import org.pomegranate.organization.OrgUnit;
import org.pomegranate.organization.OrganizationManagement;
import org.pomegranate.servicedesk.internal.OpenRequestCounts;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Requests counted per unit for the officers' pages. Open requests are kept per unit by the
 * database ({@code organization.UnitCounts}); overdue ones are counted among the open ones when
 * asked, since being overdue depends on the clock.
 */
@Service
public class RequestCounts {

	private final IdentityManagement identity;
	private final OrganizationManagement organization;
	private final OpenRequestCounts open;
	private final Clock clock;

	RequestCounts(IdentityManagement identity, OrganizationManagement organization, OpenRequestCounts open,
			Clock clock) {
		this.identity = identity;
		this.organization = organization;
		this.open = open;
		this.clock = clock;
	}

	/**
	 * How many open requests are past their deadline now in each unit's subtree, for the units of
	 * the caller's scope among those asked about (units outside it are left out). The scope is
	 * checked in the query by the caller's unit path, so a prefecture officer's ten thousand units
	 * are never loaded.
	 */
	@Transactional(readOnly = true)
	public Map<UUID, Integer> overdueNow(List<UUID> unitIds) {
		CurrentUser user = identity.require(Permission.VIEW_REQUESTS);
		OrgUnit own = user.orgUnitId() == null ? null : organization.find(user.orgUnitId()).orElse(null);
		if (own == null || !user.role().isStaff() || unitIds.isEmpty()) {
			return Map.of();
		}
		return open.overdueWithin(unitIds.toArray(UUID[]::new), own.path(), clock.instant());
	}
}
