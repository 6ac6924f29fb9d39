package org.pomegranate.organization.internal;

import java.util.List;

import org.pomegranate.identity.IdentityManagement;
import org.pomegranate.organization.FirstRunStep;
import org.pomegranate.organization.OrgLevel;
import org.springframework.stereotype.Component;

/** The tree's steps of the first run (divisions, a community with a grid) and the first accounts. */
@Component
class TreeFirstRunSteps implements FirstRunStep.Contributor {

	private final OrgUnitRepository units;
	private final IdentityManagement identity;

	TreeFirstRunSteps(OrgUnitRepository units, IdentityManagement identity) {
		this.units = units;
		this.identity = identity;
	}

	@Override
	public List<FirstRunStep> steps() {
		return List.of(
				new FirstRunStep(10, "setup.step.divisions", "/org/manage/divisions", units.anyAt(OrgLevel.STREET),
						null, null),
				new FirstRunStep(20, "setup.step.community", "/org/manage",
						units.anyAt(OrgLevel.COMMUNITY) && units.anyAt(OrgLevel.GRID), null, null),
				// accounts are identity's, but identity sits below the tree: asked through its API
				new FirstRunStep(40, "setup.step.accounts", "/admin/accounts", identity.anyStaffBoundToAUnit(), null,
						null));
	}
}
