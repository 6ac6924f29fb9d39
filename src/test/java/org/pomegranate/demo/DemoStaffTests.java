package org.pomegranate.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.pomegranate.organization.OrgLevel;

/** Who acts on a demo household's requests, from the logins plan. */
class DemoStaffTests {

	final DemoStaff staff = new DemoStaff(DemoAccounts.plan());
	final DemoCommunities.Plan kunlun = DemoCommunities.first();
	final DemoCommunities.Plan xuelian = DemoCommunities.ALL.get(1);
	final DemoCommunities.Plan chaidan = DemoCommunities.ALL.get(DemoCommunities.ALL.size() - 1);

	@Test
	void theGridsOwnWorkerFirst() {
		assertThat(staff.handler(kunlun, 0, OrgLevel.GRID)).isEqualTo("grid");
		assertThat(staff.handler(kunlun, 1, OrgLevel.GRID)).isEqualTo("grid2");
		assertThat(staff.handler(xuelian, 0, OrgLevel.GRID)).isEqualTo("grid.xuelian");
	}

	@Test
	void thenTheCommunitysStaffBeforeItsHeadThenStreetAndCounty() {
		assertThat(staff.handler(kunlun, 0, OrgLevel.COMMUNITY)).isEqualTo("staff");
		assertThat(staff.handler(xuelian, 3, OrgLevel.GRID)).isEqualTo("head2");
		assertThat(staff.handler(kunlun, 0, OrgLevel.STREET)).isEqualTo("street");
		assertThat(staff.revisitor(kunlun, 2)).isEqualTo("head");
	}

	@Test
	void aGridOfASmallCountyWithoutWorkerHasNobody() {
		assertThat(staff.handler(chaidan, 0, OrgLevel.GRID)).startsWith("grid.");
		assertThat(staff.handler(chaidan, 2, OrgLevel.GRID)).isNull();
		assertThat(staff.servesLocally(chaidan, 2)).isFalse();
		assertThat(staff.servesLocally(chaidan, 0)).isTrue();
		assertThat(staff.servesLocally(xuelian, 4)).isTrue();
	}
}
