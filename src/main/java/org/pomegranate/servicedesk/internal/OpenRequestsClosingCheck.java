package org.pomegranate.servicedesk.internal;

import java.util.List;
import java.util.UUID;

import org.pomegranate.organization.UnitClosingCheck;
import org.pomegranate.organization.UnitSummary;
import org.springframework.stereotype.Component;

/** A unit that still owns open requests stays open: they would lose their first responsible unit. */
@Component
class OpenRequestsClosingCheck implements UnitClosingCheck {

	private final RequestRepository requests;

	OpenRequestsClosingCheck(RequestRepository requests) {
		this.requests = requests;
	}

	@Override
	public List<UnitSummary> stillHeld(UUID unitId) {
		return List.of(UnitSummary.count("unit.hold.requests", requests.countOpenHeldBy(unitId)));
	}
}
