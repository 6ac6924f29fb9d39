package org.pomegranate.registry.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.pomegranate.ApiClient;
import org.pomegranate.ApiClient.Response;
import org.pomegranate.IntegrationTest;
import org.pomegranate.TestFixtures;
import org.pomegranate.TestFixtures.World;
import org.pomegranate.identity.Role;
import org.pomegranate.registry.RegistryManagement;
import org.pomegranate.registry.internal.IdNumberProbes;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * The finding: registering a resident told anyone who may register whether an ID number is on
 * record anywhere in the prefecture, unaudited. The answer stays the same for a holder in or out
 * of the caller's scope; an out-of-scope hit is audited (who tried, nothing of the holder), the
 * county officers hear of it, and after five in a day every registration with an ID number gets
 * a 429.
 */
@IntegrationTest
class IdNumberOracleTests {

	@Autowired
	TestFixtures fixtures;

	@Autowired
	RegistryManagement registry;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	@LocalServerPort
	int port;

	@Test
	void anOutOfScopeHitIsAnsweredAsAnyDuplicateButAuditedToldAndLimited() {
		World home = fixtures.world();
		World other = fixtures.world();
		String officer = fixtures.account("cty" + other.suffix(), "县干部" + other.suffix(), Role.COUNTY_OFFICER,
				other.county().id());
		String held = TestFixtures.uniqueIdNumber();
		UUID homeHousehold = fixtures.as(home.head(),
				() -> registry.createHousehold(TestFixtures.household(home.buildingA1(), "1", "101")));
		fixtures.as(home.head(), () -> registry.createResident(TestFixtures.resident(homeHousehold, "持证人", null, held)));
		UUID otherHousehold = fixtures.as(other.head(),
				() -> registry.createHousehold(TestFixtures.household(other.buildingA1(), "1", "101")));
		ApiClient api = new ApiClient(port, json);

		// in scope: the same answer as out of scope, and no probe is recorded for it
		Response inScope = api.as(home.head()).post("/api/v1/residents", body(homeHousehold, held));
		assertThat(inScope.status()).isEqualTo(400);
		assertThat(probes(home.head())).isZero();

		long residents = count("resident");
		for (int hit = 1; hit <= IdNumberProbes.PER_DAY; hit++) {
			Response outOfScope = api.as(other.head()).post("/api/v1/residents", body(otherHousehold, held));
			assertThat(outOfScope.status()).isEqualTo(400);
			assertThat(outOfScope.fieldErrors()).isEqualTo(inScope.fieldErrors());
			assertThat(outOfScope.body()).isEqualTo(inScope.body());
		}
		assertThat(count("resident")).isEqualTo(residents);
		assertThat(probes(other.head())).isEqualTo(IdNumberProbes.PER_DAY);
		// the entry names who tried, and nothing of the resident who holds the number
		assertThat(jdbc.sql("""
				select coalesce(detail, '') || coalesce(reason, '') || coalesce(resident_id::text, '')
				from audit_entry where actor_name = ? and action = 'ID_NUMBER_PROBE'""").param(other.head())
			.query(String.class).list()).allSatisfy(text -> assertThat(text).doesNotContain(held).doesNotContain("持证人")
				.doesNotContain(home.community().code()));
		List<String> told = jdbc.sql("""
				select n.kind from notification n join account a on a.id = n.account_id where a.username = ?""")
			.param(officer).query(String.class).list();
		assertThat(told).hasSize(IdNumberProbes.PER_DAY).containsOnly("registry.idNumberProbe");

		Response sixth = api.as(other.head()).post("/api/v1/residents", body(otherHousehold, held));
		assertThat(sixth.status()).isEqualTo(429);
		assertThat(sixth.header("Retry-After")).isPresent();
		// and now any registration with an ID number waits, whoever holds it (or nobody)
		Response fresh = api.as(other.head()).post("/api/v1/residents",
				body(otherHousehold, TestFixtures.uniqueIdNumber()));
		assertThat(fresh.status()).isEqualTo(429);
		assertThat(count("resident")).isEqualTo(residents);
		// without an ID number, work goes on
		Map<String, Object> noId = body(otherHousehold, null);
		assertThat(api.as(other.head()).post("/api/v1/residents", noId).status()).isEqualTo(201);
		// the other community's staff are not affected
		assertThat(api.as(home.head()).post("/api/v1/residents", body(homeHousehold, TestFixtures.uniqueIdNumber()))
			.status()).isEqualTo(201);
	}

	private long probes(String actor) {
		return jdbc.sql("select count(*) from audit_entry where actor_name = ? and action = 'ID_NUMBER_PROBE'")
			.param(actor).query(Long.class).single();
	}

	private long count(String table) {
		return jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

	private static Map<String, Object> body(UUID household, String idNumber) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("householdId", household);
		body.put("name", "新居民");
		body.put("gender", "FEMALE");
		body.put("birthDate", "1990-01-01");
		body.put("preferredLanguage", "ZH");
		body.put("idNumber", idNumber);
		return body;
	}
}
