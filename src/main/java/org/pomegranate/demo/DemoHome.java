package org.pomegranate.demo;

import java.util.UUID;

import org.pomegranate.registry.Language;

/**
 * A demo household as the service desk meets it: who speaks for it, in which language, and how
 * they would write the address.
 *
 * @param gridIndex the grid within its community, 0 for the first
 * @param address   the compound's street address, its name and the building, e.g.
 *                  {@code 格尔木市昆仑路12号 幸福小区2号楼}
 * @param needsCare elderly living alone, disability, subsistence allowance and the like
 */
record DemoHome(UUID householdId, DemoOrganization.Community community, int gridIndex, String address,
		UUID residentId, String name, Language language, String phone, boolean newcomer, boolean needsCare) {

	java.util.UUID gridId() {
		return community.grids().get(gridIndex).id();
	}
}
