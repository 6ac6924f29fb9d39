package org.pomegranate.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class RoleAndScopeTests {

	private final UUID community = UUID.randomUUID();
	private final UUID gridA = UUID.randomUUID();
	private final UUID gridB = UUID.randomUUID();

	@Test
	void scopeContainsItsUnitsOnly() {
		Scope scope = new Scope(community, Set.of(community, gridA));
		assertThat(scope.contains(community)).isTrue();
		assertThat(scope.contains(gridA)).isTrue();
		assertThat(scope.contains(gridB)).isFalse();
		assertThat(scope.contains(null)).isFalse();
		assertThat(scope.asArray()).containsExactlyInAnyOrder(community, gridA);
	}

	@Test
	void noScopeContainsNothing() {
		assertThat(Scope.NONE.contains(gridA)).isFalse();
		assertThat(Scope.NONE.contains(null)).isFalse();
		assertThat(Scope.NONE.asArray()).isEmpty();
	}

	@Test
	void scopeIsACopy() {
		Set<UUID> units = new java.util.HashSet<>(Set.of(gridA));
		Scope scope = new Scope(gridA, units);
		units.add(gridB);
		assertThat(scope.contains(gridB)).isFalse();
	}

	@Test
	void workersInTheCommunityMayRevealAndEdit() {
		for (Role role : new Role[] { Role.GRID_WORKER, Role.COMMUNITY_STAFF, Role.COMMUNITY_HEAD }) {
			assertThat(role.permissions()).as(role.name())
				.contains(Permission.VIEW_RESIDENTS, Permission.EDIT_RESIDENTS, Permission.REVEAL_SENSITIVE)
				.doesNotContain(Permission.MANAGE_ACCOUNTS);
		}
		// the head reads the audit of their own community (scoped in the audit log), the others do not
		assertThat(Role.COMMUNITY_HEAD.permissions()).contains(Permission.VIEW_AUDIT);
		assertThat(Role.GRID_WORKER.permissions()).doesNotContain(Permission.VIEW_AUDIT);
		assertThat(Role.COMMUNITY_STAFF.permissions()).doesNotContain(Permission.VIEW_AUDIT);
	}

	@Test
	void officersAboveTheCommunitySeeMaskedDataOnly() {
		for (Role role : new Role[] { Role.STREET_OFFICER, Role.COUNTY_OFFICER, Role.PREFECTURE_OFFICER,
				Role.MEDIATOR }) {
			assertThat(role.permissions()).as(role.name()).contains(Permission.VIEW_RESIDENTS)
				.doesNotContain(Permission.REVEAL_SENSITIVE, Permission.EDIT_RESIDENTS);
		}
	}

	@Test
	void adminManagesAccountsButSeesNoResidents() {
		assertThat(Role.SYSTEM_ADMIN.permissions()).contains(Permission.MANAGE_ACCOUNTS, Permission.VIEW_AUDIT)
			.doesNotContain(Permission.VIEW_RESIDENTS, Permission.REVEAL_SENSITIVE);
	}

	@Test
	void residentsAndVolunteersAreNotStaffAndHoldNoPermission() {
		assertThat(Role.RESIDENT.isStaff()).isFalse();
		assertThat(Role.VOLUNTEER.isStaff()).isFalse();
		assertThat(Role.RESIDENT.permissions()).isEmpty();
		assertThat(Role.VOLUNTEER.permissions()).isEmpty();
		assertThat(Role.GRID_WORKER.isStaff()).isTrue();
		assertThat(Role.SYSTEM_ADMIN.isStaff()).isTrue();
	}

	@Test
	void currentUserCanWhatItsRoleCan() {
		CurrentUser officer = new CurrentUser(UUID.randomUUID(), "officer", "街道干部", Role.STREET_OFFICER, community,
				null);
		CurrentUser worker = new CurrentUser(UUID.randomUUID(), "worker", "网格员", Role.GRID_WORKER, gridA, null);
		assertThat(officer.can(Permission.REVEAL_SENSITIVE)).isFalse();
		assertThat(officer.can(Permission.VIEW_RESIDENTS)).isTrue();
		assertThat(worker.can(Permission.REVEAL_SENSITIVE)).isTrue();
	}

	@Test
	void lockedOnlyWhileTheLockLasts() {
		java.time.Instant now = java.time.Instant.parse("2025-06-01T08:00:00Z");
		AccountSummary locked = new AccountSummary(UUID.randomUUID(), "u", "U", Role.GRID_WORKER, gridA, 0,
				now.plusSeconds(60), true);
		AccountSummary expired = new AccountSummary(UUID.randomUUID(), "u", "U", Role.GRID_WORKER, gridA, 0,
				now.minusSeconds(1), true);
		AccountSummary never = new AccountSummary(UUID.randomUUID(), "u", "U", Role.GRID_WORKER, gridA, 0, null, true);
		assertThat(locked.lockedAt(now)).isTrue();
		assertThat(expired.lockedAt(now)).isFalse();
		assertThat(never.lockedAt(now)).isFalse();
	}
}
