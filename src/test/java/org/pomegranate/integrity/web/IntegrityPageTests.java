package org.pomegranate.integrity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pomegranate.IntegrationTest;
import org.pomegranate.TestFixtures;
import org.pomegranate.TestFixtures.World;
import org.pomegranate.identity.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** /admin/integrity: the system administrator verifies the records and rotates keys; nobody else gets in. */
@IntegrationTest
class IntegrityPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestFixtures fixtures;

	@Autowired
	UserDetailsService users;

	World world;
	String admin;

	@BeforeEach
	void setUp() {
		world = fixtures.world();
		admin = fixtures.account("admin.i." + world.suffix(), "管理员", Role.SYSTEM_ADMIN, null);
	}

	@Test
	void theAdministratorVerifiesAndSeesTheOutcome() throws Exception {
		MockHttpServletResponse page = perform(get("/admin/integrity").param("lang", "en"), admin);
		assertThat(page.getStatus()).isEqualTo(200);
		assertThat(page.getContentAsString()).contains("Verify now").contains("key version 2");

		MockHttpServletResponse verified = perform(post("/admin/integrity/verify").with(csrf())
			.param("lang", "en"), admin);
		assertThat(verified.getStatus()).isEqualTo(200);
		assertThat(verified.getContentAsString()).contains("id=\"report\"").containsPattern("[\\d,]+ entries in [\\d,]+ chains");

		MockHttpServletResponse rotated = perform(post("/admin/integrity/rotate").with(csrf())
			.param("lang", "en"), admin);
		assertThat(rotated.getStatus()).isEqualTo(200);
		assertThat(rotated.getContentAsString()).contains("Re-encrypted with key version 2");
	}

	@Test
	void staffAndOfficersAreRefused() throws Exception {
		for (String who : new String[] { world.head(), world.officer(), world.workerA() }) {
			assertThat(perform(get("/admin/integrity"), who).getStatus()).as(who).isEqualTo(403);
			assertThat(perform(post("/admin/integrity/verify").with(csrf()), who).getStatus()).as(who).isEqualTo(403);
			assertThat(perform(post("/admin/integrity/rotate").with(csrf()), who).getStatus()).as(who).isEqualTo(403);
		}
	}

	private MockHttpServletResponse perform(MockHttpServletRequestBuilder request, String username) throws Exception {
		return mvc.perform(request.with(user(users.loadUserByUsername(username)))).andReturn().getResponse();
	}
}
