package org.pomegranate.organization.internal;

import java.util.List;
import java.util.UUID;

import org.pomegranate.identity.IdentityManagement;
import org.pomegranate.organization.UnitClosingCheck;
import org.pomegranate.organization.UnitSummary;
import org.springframework.stereotype.Component;

/**
 * Staff bound to a unit keep it open. Written here rather than in identity because identity sits
 * below the tree and cannot implement the tree's interface without a cycle; it answers through
 * its public API instead.
 */
@Component
class StaffClosingCheck implements UnitClosingCheck {

	private final IdentityManagement identity;

	StaffClosingCheck(IdentityManagement identity) {
		this.identity = identity;
	}

	@Override
	public List<UnitSummary> stillHeld(UUID unitId) {
		return List.of(UnitSummary.count("unit.hold.staff", identity.staffAt(unitId).size()));
	}
}
