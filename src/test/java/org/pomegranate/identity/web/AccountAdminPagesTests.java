package org.pomegranate.identity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pomegranate.IntegrationTest;
import org.pomegranate.TestFixtures;
import org.pomegranate.TestFixtures.World;
import org.pomegranate.identity.CurrentUser;
import org.pomegranate.identity.Role;
import org.pomegranate.identity.internal.AccountPrincipal;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The administrator opens staff accounts on /admin/accounts: a new grid worker can sign in and
 * sees exactly their grid; bad input comes back on the form and opens nothing.
 */
@IntegrationTest
class AccountAdminPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestFixtures fixtures;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	World world;
	String admin;

	@BeforeEach
	void setUp() {
		world = fixtures.world();
		admin = fixtures.account("admin." + world.suffix(), "管理员", Role.SYSTEM_ADMIN, null);
	}

	@Test
	void theAdministratorOpensAGridWorkerAccountScopedToItsGrid() throws Exception {
		String username = "new.grid." + world.suffix();
		MockHttpServletResponse opened = perform(open(username, "GRID_WORKER", world.gridA().id().toString(),
				"Saihan-2026"), admin);

		assertThat(opened.getStatus()).isEqualTo(302);
		CurrentUser created = ((AccountPrincipal) users.loadUserByUsername(username)).user();
		assertThat(created.role()).isEqualTo(Role.GRID_WORKER);
		assertThat(created.orgUnitId()).isEqualTo(world.gridA().id());
		assertThat(jdbc.sql("select languages from account where username = ?").param(username)
			.query((rs, n) -> (String[]) rs.getArray(1).getArray()).single()).containsExactly("zh", "mn");
	}

	@Test
	void badInputComesBackOnTheFormAndOpensNothing() throws Exception {
		long before = accounts();
		String[][] cases = {
				{ "Bad Name", "GRID_WORKER", world.gridA().id().toString(), "Saihan-2026", "用户名须为" },
				{ "ok." + world.suffix(), "GRID_WORKER", world.gridA().id().toString(), "password1234", "太常见" },
				{ "ok." + world.suffix(), "GRID_WORKER", "", "Saihan-2026", "单位不存在" },
				{ "ok." + world.suffix(), "RESIDENT", world.gridA().id().toString(), "Saihan-2026", "只能为工作人员" },
				{ "ok." + world.suffix(), "NO_SUCH_ROLE", world.gridA().id().toString(), "Saihan-2026", "格式不正确" },
				{ world.workerA(), "GRID_WORKER", world.gridA().id().toString(), "Saihan-2026", "用户名已被使用" },
				// a role that can reveal data never sits above its community
				{ "ok." + world.suffix(), "COMMUNITY_HEAD", world.county().id().toString(), "Saihan-2026", "这个角色不能设在这一级" },
				{ "ok." + world.suffix(), "GRID_WORKER", world.community().id().toString(), "Saihan-2026", "这个角色不能设在这一级" } };
		for (String[] c : cases) {
			MockHttpServletResponse form = perform(open(c[0], c[1], c[2], c[3]), admin);
			assertThat(form.getStatus()).as(c[0] + " " + c[1]).isEqualTo(200);
			assertThat(form.getContentAsString(StandardCharsets.UTF_8)).as(c[0] + " " + c[1]).contains(c[4]);
		}
		assertThat(accounts()).isEqualTo(before);
	}

	@Test
	void onlyTheAdministratorMayOpenAccounts() throws Exception {
		long before = accounts();
		assertThat(perform(open("sneaky." + world.suffix(), "COMMUNITY_HEAD", world.community().id().toString(),
				"Saihan-2026"), world.head()).getStatus()).isEqualTo(403);
		assertThat(perform(get("/admin/accounts"), world.head()).getStatus()).isEqualTo(403);
		assertThat(accounts()).isEqualTo(before);
	}

	private MockHttpServletRequestBuilder open(String username, String role, String unit, String password) {
		return post("/admin/accounts").with(csrf()).param("username", username).param("displayName", "萨仁")
			.param("role", role).param("orgUnitId", unit).param("languages", "zh", "mn").param("password", password);
	}

	private MockHttpServletResponse perform(MockHttpServletRequestBuilder request, String username) throws Exception {
		return mvc.perform(request.with(user(users.loadUserByUsername(username)))).andReturn().getResponse();
	}

	private long accounts() {
		return jdbc.sql("select count(*) from account").query(Long.class).single();
	}
}
