package org.pomegranate.servicedesk.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.pomegranate.identity.Role;
import org.pomegranate.identity.StaffMember;
import org.pomegranate.organization.OrgLevel;

/** The resident's language first, then the lightest load, then the name, so the choice is stable. */
class AssignmentTests {

	final UUID grid = UUID.randomUUID();
	final StaffMember zhOnly = staff("陈伟", Role.GRID_WORKER, "zh");
	final StaffMember tibetan = staff("扎西多杰", Role.GRID_WORKER, "zh", "bo");
	final StaffMember mongolian = staff("其其格", Role.GRID_WORKER, "zh", "mn");
	final StaffMember head = staff("索南才让", Role.COMMUNITY_HEAD, "zh", "bo");

	@Test
	void aWorkerWhoSpeaksTheResidentsLanguageWinsEvenWithMoreWork() {
		Map<UUID, Integer> load = Map.of(tibetan.accountId(), 9, zhOnly.accountId(), 0);
		assertThat(Assignment.choose(List.of(zhOnly, tibetan, mongolian), OrgLevel.GRID, "bo", load)).contains(tibetan);
		assertThat(Assignment.choose(List.of(zhOnly, tibetan, mongolian), OrgLevel.GRID, "mn", load))
			.contains(mongolian);
	}

	@Test
	void amongEqualSpeakersTheLeastLoadedWins() {
		Map<UUID, Integer> load = Map.of(zhOnly.accountId(), 3, tibetan.accountId(), 1, mongolian.accountId(), 2);
		assertThat(Assignment.choose(List.of(zhOnly, tibetan, mongolian), OrgLevel.GRID, "zh", load)).contains(tibetan);
	}

	@Test
	void thenTheNameDecides() {
		StaffMember a = staff("阿", Role.GRID_WORKER, "zh");
		StaffMember b = staff("巴", Role.GRID_WORKER, "zh");
		assertThat(Assignment.choose(List.of(b, a), OrgLevel.GRID, "zh", Map.of()))
			.contains(a.displayName().compareTo(b.displayName()) < 0 ? a : b);
	}

	@Test
	void nobodySpeaksItThenLoadStillDecides() {
		Map<UUID, Integer> load = Map.of(zhOnly.accountId(), 5, tibetan.accountId(), 2, mongolian.accountId(), 4);
		assertThat(Assignment.choose(List.of(zhOnly, tibetan, mongolian), OrgLevel.GRID, "en", load)).contains(tibetan);
	}

	@Test
	void onlyTheLevelsHandlersAreChosen() {
		assertThat(Assignment.choose(List.of(head), OrgLevel.GRID, "bo", Map.of())).isEmpty();
		StaffMember communityStaff = staff("刘海燕", Role.COMMUNITY_STAFF, "zh");
		assertThat(Assignment.choose(List.of(head, communityStaff, tibetan), OrgLevel.COMMUNITY, "bo", Map.of()))
			.contains(communityStaff);
	}

	@Test
	void nobodyIsPickedAboveTheCommunity() {
		StaffMember officer = staff("马秀英", Role.STREET_OFFICER, "zh");
		assertThat(Assignment.choose(List.of(officer), OrgLevel.STREET, "zh", Map.of())).isEmpty();
		assertThat(Assignment.choose(List.of(officer), OrgLevel.COUNTY, "zh", Map.of())).isEmpty();
		assertThat(Assignment.handlerRole(OrgLevel.PREFECTURE)).isNull();
	}

	private StaffMember staff(String name, Role role, String... languages) {
		return new StaffMember(UUID.randomUUID(), name, role, grid, List.of(languages));
	}
}
