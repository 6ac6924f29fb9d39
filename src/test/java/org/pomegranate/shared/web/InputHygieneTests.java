package org.pomegranate.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pomegranate.ApiClient;
import org.pomegranate.ApiClient.Response;
import org.pomegranate.IntegrationTest;
import org.pomegranate.TestFixtures;
import org.pomegranate.TestFixtures.World;
import org.pomegranate.registry.RegistryManagement;
import org.pomegranate.servicedesk.ServiceCatalogue;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Control characters (a NUL, a bell, an escape) in any text field are refused with a translated
 * field error, on the API and on pages, and nothing is written; line breaks and tabs are fine. The
 * standard validation messages come back in all four languages.
 */
@IntegrationTest
class InputHygieneTests {

	private static final String NUL = "\u0000";

	@LocalServerPort
	int port;

	@Autowired
	tools.jackson.databind.json.JsonMapper json;

	@Autowired
	TestFixtures fixtures;

	@Autowired
	RegistryManagement registry;

	@Autowired
	ServiceCatalogue catalogue;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	MessageSource messages;

	World world;
	ApiClient worker;
	UUID household;
	UUID resident;

	@BeforeEach
	void setUp() {
		world = fixtures.world();
		worker = new ApiClient(port, json).language("en").as(world.workerA());
		household = fixtures.as(world.head(),
				() -> registry.createHousehold(TestFixtures.household(world.buildingA1(), "1", "101")));
		resident = fixtures.as(world.head(),
				() -> registry.createResident(TestFixtures.resident(household, "测试居民", null, null)));
	}

	@Test
	void everyTextFieldOfTheApiRefusesControlCharacters() {
		long before = count("service_request");
		for (String field : new String[] { "description", "contactName", "address" }) {
			Map<String, Object> body = intake();
			body.put(field, "楼道" + NUL + "漏水");
			assertControlCharacterError(worker.post("/api/v1/service-requests", body), field);
		}
		Map<String, Object> bell = intake();
		bell.put("description", "escape \u001b[31m and bell \u0007");
		assertControlCharacterError(worker.post("/api/v1/service-requests", bell), "description");
		Map<String, Object> answer = intake();
		answer.put("categoryId", catalogue.byCode("INTERPRETATION").id());
		answer.put("extra", Map.of("language", "bo", "where", "医院" + NUL));
		assertControlCharacterError(worker.post("/api/v1/service-requests", answer), "extra.where");
		assertThat(count("service_request")).isEqualTo(before);

		String id = created(intake());
		String base = "/api/v1/service-requests/" + id;
		assertControlCharacterError(worker.post(base + "/transfer", Map.of("unitId", world.gridB().id(), "reason",
				"x" + NUL)), "reason");
		assertControlCharacterError(worker.post(base + "/reject", Map.of("referral", "去" + NUL)), "referral");
		worker.post(base + "/accept", null);
		assertControlCharacterError(worker.post(base + "/resolve", Map.of("note", "好" + NUL)), "note");
		assertControlCharacterError(worker.post(base + "/rating", Map.of("resolution", "RESOLVED", "satisfaction",
				"SATISFIED", "comment", "\u0085")), "comment");
		assertControlCharacterError(worker.post("/api/v1/residents", Map.of("householdId", household, "name",
				"卓玛" + NUL, "gender", "FEMALE", "birthDate", "1990-01-01", "preferredLanguage", "ZH")), "name");
		assertControlCharacterError(worker.post("/api/v1/residents/" + resident + "/reveal", Map.of("field", "PHONE",
				"purpose", "SERVICE_VERIFICATION", "note", "核实身份后再联系本人" + NUL)), "note");
		assertControlCharacterError(worker.get("/api/v1/residents?name=%00"), "name");
		assertThat(jdbc.sql("select status from service_request where id = ?").param(UUID.fromString(id))
			.query(String.class).single()).isEqualTo("ACCEPTED");
	}

	@Test
	void lineBreaksAndTabsAreText() {
		Map<String, Object> body = intake();
		body.put("description", "第一行\r\n\t第二行");
		String id = created(body);
		assertThat(jdbc.sql("select description from service_request where id = ?").param(UUID.fromString(id))
			.query(String.class).single()).isEqualTo("第一行\r\n\t第二行");
	}

	@Test
	void aRevisitOutcomeIsTextNotAYesOrNo() {
		Response yesNo = worker.as(world.head()).language("en").post("/api/v1/revisits/" + UUID.randomUUID()
				+ "/complete", Map.of("outcome", false));
		assertThat(yesNo.status()).isEqualTo(400);
		assertThat(yesNo.fieldErrors()).containsKey("outcome");
		assertControlCharacterError(worker.as(world.head()).language("en").post("/api/v1/revisits/"
				+ UUID.randomUUID() + "/complete", Map.of("outcome", "已回访" + NUL)), "outcome");
	}

	@Test
	void pagesRefuseControlCharactersWithTheWordsForIt() throws Exception {
		long before = count("service_request");
		MockHttpServletResponse portal = mvc.perform(multipart("/requests/new").with(csrf())
			.param("categoryId", catalogue.byCode("HOUSING_REPAIR").id().toString()).param("extra.part", "wiring")
			.param("description", "灯坏了" + NUL).param("contactName", "路过的居民").param("contactPhone", "13912345678")
			.param("communityId", world.community().id().toString()).param("token", "t-" + UUID.randomUUID())
			.header("Accept-Language", "en"))
			.andReturn().getResponse();
		assertThat(portal.getStatus()).isEqualTo(400);
		assertThat(portal.getContentAsString(StandardCharsets.UTF_8)).contains(text("zh-CN"));
		assertThat(count("service_request")).isEqualTo(before);

		String id = created(intake());
		MockHttpServletResponse note = mvc.perform(post("/workbench/requests/" + id + "/reject").with(csrf())
			.with(user(users.loadUserByUsername(world.workerA()))).param("referral", "去" + NUL)
			.header("Accept-Language", "en")).andReturn().getResponse();
		assertThat(note.getStatus()).isEqualTo(400);
		assertThat(note.getContentAsString(StandardCharsets.UTF_8)).contains(text("zh-CN"));
		assertThat(jdbc.sql("select status from service_request where id = ?").param(UUID.fromString(id))
			.query(String.class).single()).isEqualTo("SUBMITTED");
	}

	@Test
	void standardValidationMessagesAreTranslatedInEveryLanguage() {
		String path = "/api/v1/service-requests/" + created(intake()) + "/transfer";
		Map<String, String> seen = new LinkedHashMap<>();
		for (String language : new String[] { "zh-CN", "en", "bo", "mn" }) {
			Response r = worker.language(language).post(path, Map.of("unitId", world.gridB().id(), "reason", " "));
			assertThat(r.status()).isEqualTo(400);
			String message = r.fieldErrors().get("reason");
			assertThat(message).as(language).isEqualTo(messages.getMessage("NotBlank", null,
					Locale.forLanguageTag(language)));
			seen.put(language, message);
			Response tooLong = worker.language(language).post(path, Map.of("unitId", world.gridB().id(), "reason",
					"长".repeat(1001)));
			assertThat(tooLong.fieldErrors().get("reason")).as(language).containsAnyOf("1000", "1,000")
				.doesNotContain("{", "size must", "个数必须");
			if (language.equals("bo") || language.equals("mn")) {
				assertThat(tooLong.fieldErrors().get("reason")).doesNotContain("长度");
			}
		}
		assertThat(seen.get("bo")).matches(".*[\\u0F00-\\u0FFF].*");
		assertThat(seen.get("mn")).matches(".*[\\u1800-\\u18AF].*");
		assertThat(seen.values()).doesNotHaveDuplicates();
	}

	private void assertControlCharacterError(Response r, String field) {
		assertThat(r.status()).as("%s: %s", field, r).isEqualTo(400);
		assertThat(r.fieldErrors()).as("%s", r).containsEntry(field, text("en"));
	}

	private String text(String language) {
		return messages.getMessage(ControlCharacters.MESSAGE, null, Locale.forLanguageTag(language));
	}

	private Map<String, Object> intake() {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("categoryId", catalogue.byCode("HOUSING_REPAIR").id());
		body.put("description", "楼道灯坏了");
		body.put("extra", Map.of("part", "wiring"));
		body.put("channel", "PHONE");
		body.put("residentId", resident);
		return body;
	}

	private String created(Map<String, Object> body) {
		Response r = worker.post("/api/v1/service-requests", body);
		assertThat(r.status()).as("%s", r).isEqualTo(201);
		return r.json().path("id").asString();
	}

	private long count(String table) {
		return jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}
}
