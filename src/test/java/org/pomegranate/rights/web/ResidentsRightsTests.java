package org.pomegranate.rights.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pomegranate.IntegrationTest;
import org.pomegranate.TestFixtures;
import org.pomegranate.TestFixtures.World;
import org.pomegranate.registry.Ethnicity;
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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Residents' rights (PIPL Art. 44-47) on "my data": she downloads everything kept about her as
 * JSON and Excel, and files a correction or deletion request that her community answers within
 * 15 days on its workbench; the outcome is on her page, and every step is audited.
 */
@IntegrationTest
class ResidentsRightsTests {

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
	JsonMapper json;

	World world;
	UUID resident;
	String account;
	String idNumber;

	@BeforeEach
	void setUp() {
		world = fixtures.world();
		idNumber = TestFixtures.uniqueIdNumber();
		UUID household = fixtures.as(world.head(),
				() -> registry.createHousehold(TestFixtures.household(world.buildingA1(), "3", "303")));
		resident = fixtures.as(world.head(), () -> registry.createResident(new ResidentForm(household, "马兰花",
				Gender.FEMALE, LocalDate.of(1972, 11, 20), "13512345678", idNumber, Language.ZH, Ethnicity.HUI,
				Set.of(), false, Set.of())));
		account = fixtures.residentAccount("malanhua" + world.suffix(), "马兰花", resident);
		fixtures.as(world.head(), () -> registry.reveal(resident, SensitiveField.PHONE,
				TestFixtures.why("上门走访前电话联系本人")));
	}

	@Test
	void sheDownloadsEverythingKeptAboutHerAsJsonAndExcel() throws Exception {
		MockHttpServletResponse download = perform(get("/me/export.json"), account);
		assertThat(download.getStatus()).isEqualTo(200);
		assertThat(download.getHeader("Content-Disposition")).contains("attachment").contains("my-data.json");
		JsonNode data = json.readTree(download.getContentAsString(StandardCharsets.UTF_8));
		assertThat(data.path("record").path("idNumber").asString()).isEqualTo(idNumber);
		assertThat(data.path("record").path("phone").asString()).isEqualTo("13512345678");
		assertThat(data.path("record").path("birthDate").asString()).isEqualTo("1972-11-20");
		assertThat(data.path("record").path("ethnicity").asString()).isEqualTo("HUI");
		assertThat(data.path("residences").size()).isEqualTo(1);
		assertThat(data.path("accesses").path("DISCLOSURES").get(0).path("purpose").asString()).isEqualTo("HOME_VISIT");
		assertThat(data.path("accesses").path("RECORD").size()).isPositive();
		assertThat(data.has("serviceRequests")).isTrue();
		assertThat(data.has("notifications")).isTrue();

		MockHttpServletResponse excel = perform(get("/me/export.xlsx"), account);
		assertThat(excel.getStatus()).isEqualTo(200);
		assertThat(excel.getContentType()).contains("spreadsheetml");
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(excel.getContentAsByteArray()))) {
			boolean found = false;
			for (Row row : book.getSheet("record")) {
				found |= row.getCell(0).getStringCellValue().equals("idNumber")
						&& row.getCell(1).getStringCellValue().equals(idNumber);
			}
			assertThat(found).isTrue();
			assertThat(book.getSheet("accesses-DISCLOSURES").getLastRowNum()).isEqualTo(1);
		}
		// her downloads are audited as her own acts, and so stay off her access list
		assertThat(jdbc.sql("select count(*) from audit_entry where resident_id = ? and actor_name = ? and action = 'EXPORT'")
			.params(resident, account).query(Long.class).single()).isEqualTo(2);
		assertThat(body(perform(get("/me"), account))).doesNotContain("导出 ·");
		// staff have no download of their own
		assertThat(perform(get("/me/export.json"), world.head()).getStatus()).isEqualTo(404);
	}

	@Test
	void herCommunityAnswersACorrectionWithinFifteenDaysAndSheSeesTheOutcome() throws Exception {
		MockHttpServletResponse filed = perform(post("/me/rights").with(csrf()).param("kind", "CORRECTION")
			.param("what", "出生日期应为1972年11月21日").param("why", "户口本上是21日"), account);
		assertThat(filed.getStatus()).isEqualTo(302);
		UUID id = jdbc.sql("select id from rights_request where resident_id = ?").param(resident).query(UUID.class).single();
		assertThat(jdbc.sql("select due_at - submitted_at = interval '15 days' from rights_request where id = ?")
			.param(id).query(Boolean.class).single()).isTrue();
		assertThat(jdbc.sql("""
				select count(*) from notification n join account a on a.id = n.account_id
				where a.username = ? and n.kind = 'rights.filed'""").param(world.head()).query(Long.class).single())
			.isEqualTo(1);

		String list = body(perform(get("/rights-requests"), world.head()));
		assertThat(list).contains("更正").contains("剩余 14 天").doesNotContain("出生日期应为").doesNotContain("马兰花");
		// another community's staff neither see nor answer it
		World other = fixtures.world();
		assertThat(body(perform(get("/rights-requests"), other.head()))).doesNotContain("/rights-requests/" + id);
		assertThat(perform(get("/rights-requests/" + id), other.head()).getStatus()).isEqualTo(404);
		perform(post("/rights-requests/" + id + "/answer").with(csrf()).param("outcome", "DONE")
			.param("answer", "已按户口本更正出生日期"), other.head());
		assertThat(status(id)).isEqualTo("OPEN");

		jdbc.sql("update rights_request set due_at = now() - interval '1 day' where id = ?").param(id).update();
		assertThat(body(perform(get("/rights-requests"), world.head()))).contains("pg-row-overdue").contains("已超期");

		String page = body(perform(get("/rights-requests/" + id), world.head()));
		assertThat(page).contains("出生日期应为1972年11月21日").contains("户口本上是21日");
		perform(post("/rights-requests/" + id + "/answer").with(csrf()).param("outcome", "REFUSED").param("answer", "太短"),
				world.head());
		assertThat(status(id)).isEqualTo("OPEN");
		perform(post("/rights-requests/" + id + "/answer").with(csrf()).param("outcome", "REFUSED")
			.param("answer", "户口本上的日期与身份证一致，均为20日，请携带材料来社区核对"), world.head());
		assertThat(status(id)).isEqualTo("REFUSED");
		perform(post("/rights-requests/" + id + "/answer").with(csrf()).param("outcome", "DONE")
			.param("answer", "再次答复不应生效的内容"), world.head());
		assertThat(status(id)).isEqualTo("REFUSED");

		String mine = body(perform(get("/me"), account));
		assertThat(mine).contains("不予办理").contains("均为20日，请携带材料来社区核对");
		// every step: her filing (her own act), the staff view and the answer (on her access list)
		assertThat(jdbc.sql("""
				select action || ':' || actor_name from audit_entry where subject_type = 'PRIVACY_REQUEST' and subject_id = ?
				order by id""").param(id).query(String.class).list())
			.containsExactly("CREATE:" + account, "VIEW:" + world.head(), "UPDATE:" + world.head());
		assertThat(jdbc.sql("select count(*) from notification n join account a on a.id = n.account_id where a.username = ?"
				+ " and n.kind = 'rights.answered'").param(account).query(Long.class).single()).isEqualTo(1);
		assertThat(Duration.ofDays(15)).isEqualTo(org.pomegranate.rights.RightsRequests.ANSWER_WITHIN);
	}

	private String status(UUID id) {
		return jdbc.sql("select status from rights_request where id = ?").param(id).query(String.class).single();
	}

	private MockHttpServletResponse perform(MockHttpServletRequestBuilder request, String username) throws Exception {
		return mvc.perform(request.with(user(users.loadUserByUsername(username)))).andReturn().getResponse();
	}

	private static String body(MockHttpServletResponse response) throws Exception {
		return response.getContentAsString(StandardCharsets.UTF_8);
	}
}
