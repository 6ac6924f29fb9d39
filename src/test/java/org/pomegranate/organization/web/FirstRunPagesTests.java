package org.pomegranate.organization.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.pomegranate.IntegrationTest;
import org.pomegranate.TestFixtures;
import org.pomegranate.TestFixtures.World;
import org.pomegranate.identity.IdentityManagement;
import org.pomegranate.identity.NewAccount;
import org.pomegranate.identity.Role;
import org.pomegranate.organization.OrgUnit;
import org.pomegranate.organization.OrganizationManagement;
import org.pomegranate.organization.UnitNames;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The administrator's checklist, the tree page's forms, and an account bound to a unit made a moment ago. */
@IntegrationTest
class FirstRunPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	TestFixtures fixtures;

	@Autowired
	OrganizationManagement organization;

	@Autowired
	IdentityManagement identity;

	@Test
	void theAdministratorSeesEachStepOfGoingLiveWithItsState() throws Exception {
		World world = fixtures.world();
		String admin = fixtures.account("adm" + world.suffix(), "管理员", Role.SYSTEM_ADMIN, null);
		String home = body(perform(get("/").param("lang", "en"), admin));
		assertThat(home).contains("Going live").contains("/org/manage/divisions").contains("/places")
			.contains("/admin/imports").contains("/admin/accounts");
		// the shared test database holds the demo: every step is done
		assertThat(home).doesNotContain("not done yet");
		assertThat(body(perform(get("/").param("lang", "en"), world.head()))).doesNotContain("Going live");
	}

	@Test
	void theTreePageAddsAUnitAndRefusesABadOneWithTheReason() throws Exception {
		World world = fixtures.world();
		String admin = fixtures.account("adm" + world.suffix(), "管理员", Role.SYSTEM_ADMIN, null);
		MockHttpServletResponse added = perform(post("/org/manage/units/" + world.community().id() + "/children")
			.with(csrf()).param("nameZh", "新网格").param("nameMn", "ᠰᠢᠨ᠎ᠡ ᠲᠣᠣᠷ").param("code", ""), admin);
		assertThat(added.getStatus()).isEqualTo(302);
		OrgUnit grid = organization.children(world.community().id()).stream()
			.filter(u -> u.nameZh().equals("新网格")).findFirst().orElseThrow();
		assertThat(grid.nameMn()).isEqualTo("ᠰᠢᠨ᠎ᠡ ᠲᠣᠣᠷ");

		MockHttpServletResponse bad = perform(post("/org/manage/units/" + world.community().id() + "/children")
			.with(csrf()).param("nameZh", "").param("lang", "en"), admin);
		assertThat(bad.getStatus()).isEqualTo(400);
		assertThat(body(bad)).contains("Please give the name in Chinese");

		assertThat(body(perform(get("/org/units/" + grid.id() + "/history").param("lang", "en"), admin)))
			.contains("created");

		// an account is bound to the unit made a moment ago
		fixtures.as(admin, () -> identity.openStaffAccount(new NewAccount("gw" + world.suffix(), TestFixtures.PASSWORD,
				"新网格员", Role.GRID_WORKER, grid.id(), null, List.of("zh", "mn"))));
		assertThat(identity.staffAt(grid.id())).hasSize(1);
		assertThat(fixtures.as(admin, () -> identity.units())).anyMatch(u -> u.id().equals(grid.id()));
		assertThat(organization.find(grid.id()).orElseThrow().names()).isEqualTo(new UnitNames("新网格", null, null,
				"ᠰᠢᠨ᠎ᠡ ᠲᠣᠣᠷ"));
	}

	private MockHttpServletResponse perform(MockHttpServletRequestBuilder request, String username) throws Exception {
		return mvc.perform(request.with(user(users.loadUserByUsername(username)))).andReturn().getResponse();
	}

	private static String body(MockHttpServletResponse response) throws Exception {
		return response.getContentAsString(StandardCharsets.UTF_8);
	}
}
