package org.pomegranate.registry.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pomegranate.IntegrationTest;
import org.pomegranate.TestFixtures;
import org.pomegranate.TestFixtures.World;
import org.pomegranate.privacy.AuditAction;
import org.pomegranate.privacy.AuditLog;
import org.pomegranate.privacy.RevealPurpose;
import org.pomegranate.privacy.RevealReason;
import org.pomegranate.registry.Gender;
import org.pomegranate.registry.Language;
import org.pomegranate.registry.RegistryManagement;
import org.pomegranate.registry.ResidentForm;
import org.pomegranate.registry.SensitiveField;
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

	@Autowired
	AuditLog audit;

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

	/**
	 * The finding: 200 searches pushed a reveal off the list. Now a reveal stays on top, and each
	 * section pages through every entry, newest first, without her own acts.
	 */
	@Test
	void everyAccessCanBeReadRevealsFirstAndHerOwnActsLeftOut() throws Exception {
		fixtures.as(world.head(), () -> registry.reveal(resident, SensitiveField.PHONE,
				new RevealReason(RevealPurpose.CONTACT_ABOUT_REQUEST, "回电了解供暖诉求的处理情况")));
		fixtures.as(world.workerA(), () -> fixtures.inTransaction(() -> {
			for (int i = 0; i < 240; i++) {
				audit.recordSearch("RESIDENT", List.of(resident), "name=其其格 found=1");
			}
			audit.record(AuditAction.VIEW, "SERVICE_REQUEST", UUID.randomUUID(), resident, "HX-2026-424242", null);
			return null;
		}));
		perform(post("/me/ethnicity").with(csrf()).param("ethnicity", "MONGOL"), account);
		long ownAct = jdbc.sql("select max(id) from audit_entry where resident_id = ? and actor_name = ?")
			.params(resident, account).query(Long.class).single();

		String first = body(perform(get("/me"), account));
		String disclosures = section(first, "DISCLOSURES");
		assertThat(disclosures).contains("查看完整信息 · 电话").contains("就诉求联系本人 — 回电了解供暖诉求的处理情况");
		assertThat(section(first, "REQUESTS")).contains("查看 · 诉求 HX-2026-424242");

		List<Long> seen = new ArrayList<>();
		String page = first;
		for (int pages = 0; pages < 50; pages++) {
			String record = section(page, "RECORD");
			seen.addAll(entries(record));
			Matcher older = Pattern.compile("recordBefore=(\\d+)").matcher(record);
			if (!older.find()) {
				break;
			}
			page = body(perform(get("/me").param("recordBefore", older.group(1)), account));
			// the other sections stay on their first page meanwhile
			assertThat(section(page, "DISCLOSURES")).contains("回电了解供暖诉求的处理情况");
		}
		List<Long> expected = jdbc.sql("""
				select id from audit_entry where resident_id = ? and actor_name <> ?
				and subject_type in ('RESIDENT', 'HOUSEHOLD') and action not in ('REVEAL', 'EXPORT')
				order by occurred_at desc, id desc""").params(resident, account).query(Long.class).list();
		assertThat(expected).hasSizeGreaterThan(240);
		assertThat(seen).isEqualTo(expected).doesNotContain(ownAct);
		assertThat(first).doesNotContain("data-entry=\"" + ownAct + "\"");
	}

	private static String section(String html, String name) {
		int start = html.indexOf("id=\"access-" + name + "\"");
		assertThat(start).as("section %s", name).isPositive();
		return html.substring(start, html.indexOf("</section>", start));
	}

	private static List<Long> entries(String html) {
		List<Long> ids = new ArrayList<>();
		Matcher m = Pattern.compile("data-entry=\"(\\d+)\"").matcher(html);
		while (m.find()) {
			ids.add(Long.valueOf(m.group(1)));
		}
		return ids;
	}

	MockHttpServletResponse perform(MockHttpServletRequestBuilder request, String username) throws Exception {
		return mvc.perform(request.with(user(users.loadUserByUsername(username)))).andReturn().getResponse();
	}

	static String body(MockHttpServletResponse response) throws Exception {
		return response.getContentAsString(StandardCharsets.UTF_8);
	}
}
