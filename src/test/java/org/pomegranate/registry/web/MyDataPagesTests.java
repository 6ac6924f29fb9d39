package org.pomegranate.registry.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pomegranate.IntegrationTest;
import org.pomegranate.TestFixtures;
import org.pomegranate.TestFixtures.World;
import org.pomegranate.registry.Gender;
import org.pomegranate.registry.Language;
import org.pomegranate.registry.RegistryManagement;
import org.pomegranate.registry.ResidentForm;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The resident's own "my data" page: what she alone sees and changes there. */
@IntegrationTest
class MyDataPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestFixtures fixtures;

	@Autowired
	RegistryManagement registry;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	World world;
	UUID resident;
	String account;

	@BeforeEach
	void setUp() {
		world = fixtures.world();
		UUID household = fixtures.as(world.head(),
				() -> registry.createHousehold(TestFixtures.household(world.buildingA1(), "5", "501")));
		resident = fixtures.as(world.head(), () -> registry.createResident(new ResidentForm(household, "其其格",
				Gender.FEMALE, LocalDate.of(1991, 7, 9), "13711112222", TestFixtures.uniqueIdNumber(), Language.MN,
				null, Set.of(), false, Set.of())));
		account = fixtures.residentAccount("qiqige" + world.suffix(), "其其格", resident);
	}

	@Test
	void sheDeclaresChangesAndWithdrawsHerEthnicityWhichStaffNeverSee() throws Exception {
		assertThat(body(perform(get("/me"), account))).contains("其其格").contains("1991").contains("未填写");

		MockHttpServletResponse saved = perform(post("/me/ethnicity").with(csrf()).param("ethnicity", "MONGOL"), account);
		assertThat(saved.getStatus()).isEqualTo(302);
		assertThat(saved.getRedirectedUrl()).isEqualTo("/me");
		assertThat(body(perform(get("/me"), account))).contains("<span id=\"own-ethnicity\">蒙古族</span>");
		assertThat(jdbc.sql("select ethnicity_cipher from resident where id = ?").param(resident).query(String.class)
			.single()).isNotBlank().doesNotContain("MONGOL");
		// her own act, audited as hers, naming no value
		assertThat(jdbc.sql("""
				select count(*) from audit_entry where resident_id = ? and actor_name = ? and action = 'UPDATE'
				and coalesce(detail, '') not ilike '%mongol%'""").params(resident, account).query(Long.class).single())
			.isEqualTo(1);

		String staffPage = body(perform(get("/residents/" + resident), world.head()));
		assertThat(staffPage).contains("其其格").doesNotContain("蒙古族").doesNotContain("MONGOL")
			.doesNotContain("reveal-form-ETHNICITY");

		perform(post("/me/ethnicity").with(csrf()).param("ethnicity", ""), account);
		assertThat(jdbc.sql("select ethnicity_cipher is null from resident where id = ?").param(resident)
			.query(Boolean.class).single()).isTrue();
		assertThat(body(perform(get("/me"), account))).contains("<span id=\"own-ethnicity\">未填写</span>");

		MockHttpServletResponse unknown = perform(post("/me/ethnicity").with(csrf()).param("ethnicity", "MARTIAN"),
				account);
		assertThat(unknown.getStatus()).isEqualTo(400);
		// staff have no "my data" of their own to change
		assertThat(perform(post("/me/ethnicity").with(csrf()).param("ethnicity", "HAN"), world.head()).getStatus())
			.isEqualTo(404);
	}

	MockHttpServletResponse perform(MockHttpServletRequestBuilder request, String username) throws Exception {
		return mvc.perform(request.with(user(users.loadUserByUsername(username)))).andReturn().getResponse();
	}

	static String body(MockHttpServletResponse response) throws Exception {
		return response.getContentAsString(StandardCharsets.UTF_8);
	}
}
