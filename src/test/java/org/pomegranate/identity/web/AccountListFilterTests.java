package org.pomegranate.identity.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.pomegranate.IntegrationTest;
import org.pomegranate.TestFixtures;
import org.pomegranate.TestFixtures.World;
import org.pomegranate.WebSession;
import org.pomegranate.identity.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The administrator's account list: each account's unit, a filter by role, pages by username. */
@IntegrationTest
class AccountListFilterTests {

	@Autowired
	TestFixtures fixtures;

	@LocalServerPort
	int port;

	@Test
	void theListShowsUnitsAndFiltersByRole() {
		World world = fixtures.world();
		String admin = fixtures.account("acl" + world.suffix(), "管理员", Role.SYSTEM_ADMIN, null);
		WebSession session = new WebSession(port);
		assertThat(WebSession.signedIn(session.signIn(admin, TestFixtures.PASSWORD))).isTrue();

		String heads = session.get("/admin/accounts?role=COMMUNITY_HEAD&q=" + world.suffix()).body();
		assertThat(heads).contains(world.head()).doesNotContain(world.workerA()).contains(world.community().nameZh());
		String all = session.get("/admin/accounts?q=" + world.suffix()).body();
		assertThat(all).contains(world.head()).contains(world.workerA()).contains(world.gridA().nameZh());
		// keyset: after the head's username only later usernames come
		String after = session.get("/admin/accounts?q=" + world.suffix() + "&after=" + world.head()).body();
		assertThat(after).doesNotContain(">" + world.head() + "<").contains(world.officer());
	}
}
