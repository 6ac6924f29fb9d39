package org.pomegranate.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pomegranate.ApiClient;
import org.pomegranate.ApiClient.Response;
import org.pomegranate.IntegrationTest;
import org.pomegranate.TestFixtures;
import org.pomegranate.TestFixtures.World;
import org.pomegranate.identity.Role;
import org.pomegranate.registry.RegistryManagement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON API's answers to who is calling (401 and 403 as JSON), the OpenAPI document, and the
 * actuator endpoints (health open, metrics for the administrator only).
 */
@IntegrationTest
class ApiSecurityAndOperationsTests {

	@LocalServerPort
	int port;

	@Autowired
	JsonMapper json;

	@Autowired
	TestFixtures fixtures;

	@Autowired
	RegistryManagement registry;

	@Autowired
	JdbcClient jdbc;

	World world;
	ApiClient api;
	String admin;

	@BeforeEach
	void setUp() {
		world = fixtures.world();
		api = new ApiClient(port, json);
		admin = fixtures.account("admin" + world.suffix(), "系统管理员" + world.suffix(), Role.SYSTEM_ADMIN, null);
	}

	@Test
	void wrongOrMissingCredentialsAnswer401AsJson() {
		for (Response r : new Response[] { api.anonymous().get("/api/v1/residents"),
				api.withToken("pmg_not-a-token").get("/api/v1/residents"),
				api.withToken("pmg_not-a-token").post("/api/v1/households", Map.of()) }) {
			assertThat(r.status()).isEqualTo(401);
			assertThat(r.header("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
			assertThat(r.header("WWW-Authenticate")).hasValueSatisfying(h -> assertThat(h).startsWith("Bearer"));
			assertThat(r.json().path("status").asInt()).isEqualTo(401);
		}
		assertThat(api.anonymous().get("/api/v1/residents").message())
			.isEqualTo("请提供 API 令牌（Authorization: Bearer …），令牌在“我的账号”页面创建。");
		assertThat(api.anonymous().language("en").get("/api/v1/org-units").message())
			.isEqualTo("Send an API token (Authorization: Bearer …); make one on the \"My account\" page.");
	}

	@Test
	void aRoleWithoutThePermissionGets403AsJsonAndNothingIsWritten() {
		UUID household = fixtures.as(world.head(),
				() -> registry.createHousehold(TestFixtures.household(world.buildingA1(), "1", "101")));
		long residents = jdbc.sql("select count(*) from resident").query(Long.class).single();

		Response officer = api.as(world.officer()).post("/api/v1/residents", Map.of("householdId", household,
				"name", "卓玛", "gender", "FEMALE", "birthDate", "1990-01-01", "preferredLanguage", "ZH"));
		assertForbidden(officer);
		assertForbidden(api.as(world.officer()).put("/api/v1/households/" + household,
				Map.of("buildingId", world.buildingA2(), "unitNo", "1", "room", "101")));
		assertThat(jdbc.sql("select count(*) from resident").query(Long.class).single()).isEqualTo(residents);

		// the officer may look (masked), but not reveal
		assertThat(api.as(world.officer()).get("/api/v1/households/" + household).status()).isEqualTo(200);

		assertForbidden(api.as(admin).get("/api/v1/residents"));
		assertForbidden(api.as(admin).get("/api/v1/households"));
		// the administrator keeps the organisation tree (MANAGE_ORGANIZATION), so reading the units is theirs
		assertThat(api.as(admin).get("/api/v1/org-units").status()).isEqualTo(200);
		assertThat(api.as(admin).language("en").get("/api/v1/residents").message())
			.isEqualTo("You do not have permission to do this.");
	}

	@Test
	void anOfficerCannotRevealEvenWithAReason() {
		UUID household = fixtures.as(world.head(),
				() -> registry.createHousehold(TestFixtures.household(world.buildingA1(), "1", "102")));
		UUID resident = fixtures.as(world.head(), () -> registry.createResident(
				TestFixtures.resident(household, "卓玛", "13812345678", null)));

		Response reveal = api.as(world.officer()).post("/api/v1/residents/" + resident + "/reveal",
				Map.of("field", "PHONE", "purpose", "OTHER", "note", "街道核查，需要联系本人"));
		assertForbidden(reveal);
		assertThat(reveal.body()).doesNotContain("13812345678");
		assertThat(jdbc.sql("select count(*) from audit_entry where resident_id = ? and action = 'REVEAL'")
			.param(resident).query(Long.class).single()).isZero();
	}

	@Test
	void theOpenApiDocumentListsTheRegistryAndOrgEndpoints() {
		Response docs = api.anonymous().get("/v3/api-docs");

		assertThat(docs.status()).isEqualTo(200);
		JsonNode document = docs.json();
		assertThat(document.path("openapi").asString()).startsWith("3.");
		assertThat(document.path("paths").propertyNames()).contains("/api/v1/residents", "/api/v1/residents/{id}",
				"/api/v1/residents/{id}/reveal", "/api/v1/households", "/api/v1/households/{id}", "/api/v1/org-units",
				"/api/v1/org-units/{id}");
		assertThat(document.path("paths").propertyNames()).allSatisfy(p -> assertThat(p).startsWith("/api/v1/"));
		assertThat(document.path("paths").path("/api/v1/residents").path("post").isMissingNode()).isFalse();
		// the resident schemas have no ethnicity to read back
		assertThat(document.path("components").path("schemas").path("ResidentSummary").path("properties")
			.propertyNames()).isNotEmpty().doesNotContain("ethnicity");
		assertThat(document.path("components").path("schemas").path("ResidentDetails").path("properties")
			.propertyNames()).isNotEmpty().doesNotContain("ethnicity");
	}

	@Test
	void healthIsOpenAndUp() {
		Response health = api.anonymous().get("/actuator/health");
		assertThat(health.status()).isEqualTo(200);
		assertThat(health.json().path("status").asString()).isEqualTo("UP");
		assertThat(api.anonymous().get("/actuator/health/liveness").json().path("status").asString()).isEqualTo("UP");
		assertThat(api.anonymous().get("/actuator/health/readiness").json().path("status").asString()).isEqualTo("UP");
	}

	@Test
	void metricsAreForTheAdministratorOnly() {
		assertThat(api.anonymous().get("/actuator/prometheus").status()).isEqualTo(401);
		assertThat(api.as(world.workerA()).get("/actuator/prometheus").status()).isEqualTo(403);
		assertThat(api.as(world.head()).get("/actuator/metrics").status()).isEqualTo(403);
		assertThat(api.withToken("pmg_wrong").get("/actuator/prometheus").status()).isEqualTo(401);

		Response prometheus = api.as(admin).send("GET", "/actuator/prometheus", null);
		assertThat(prometheus.status()).isEqualTo(200);
		assertThat(prometheus.body()).contains("jvm_memory_used_bytes").contains("http_server_requests");
	}

	private static void assertForbidden(Response response) {
		assertThat(response.status()).as("%s", response).isEqualTo(403);
		assertThat(response.header("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
		assertThat(response.json().path("status").asInt()).isEqualTo(403);
		assertThat(response.message()).isEqualTo("您没有执行此操作的权限。");
	}
}
