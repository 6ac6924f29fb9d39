package org.pomegranate.evaluation.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pomegranate.ApiClient;
import org.pomegranate.IntegrationTest;
import org.pomegranate.TestFixtures;
import org.pomegranate.TestFixtures.World;
import org.pomegranate.identity.Role;
import org.pomegranate.shared.web.InvalidInputException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code /api/v1/assessment} over real HTTP: a county keeps the indicators (weights summing to 100) and
 * opens the year; the community head self-assesses with evidence and submits; the street scores every
 * indicator. Bad input and out-of-scope units answer 400/404/409, translated, and write nothing.
 */
@IntegrationTest
class AssessmentApiTests {

	private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0 };

	@LocalServerPort
	int port;

	@Autowired
	JsonMapper json;

	@Autowired
	TestFixtures fixtures;

	@Autowired
	CreationAssessment assessment;

	@Autowired
	JdbcClient jdbc;

	World world;
	ApiClient api;
	ApiClient county;
	String countyLogin;

	@BeforeEach
	void setUp() {
		world = fixtures.world();
		api = new ApiClient(port, json).language("en");
		countyLogin = fixtures.account("cty" + world.suffix(), "县干部" + world.suffix(), Role.COUNTY_OFFICER,
				world.county().id());
		county = api.as(countyLogin);
	}

	@Test
	void weightsThatDoNotSumTo100AreRefusedAndNothingIsWritten() {
		ApiClient.Response wrong = county.post("/api/v1/assessment/schemes", scheme(40, 50));
		assertThat(wrong.status()).isEqualTo(400);
		assertThat(wrong.fieldErrors()).containsEntry("indicators", "The weights must add up to exactly 100");
		ApiClient.Response zero = county.post("/api/v1/assessment/schemes", scheme(0, 100));
		assertThat(zero.status()).isEqualTo(400);
		assertThat(zero.fieldErrors()).containsKey("indicators[0].weight");
		assertThat(schemesOfCounty()).isZero();
		// a street officer does not keep schemes
		assertThat(api.as(world.officer()).post("/api/v1/assessment/schemes", scheme(40, 60)).status()).isEqualTo(403);
	}

	@Test
	void aCommunitySelfAssessesSubmitsAndTheStreetScoresEachIndicator() {
		JsonNode scheme = county.post("/api/v1/assessment/schemes", scheme(40, 60)).json();
		String schemeId = scheme.path("id").asString();
		ApiClient.Response cycle = county.post("/api/v1/assessment/cycles", Map.of("schemeId", schemeId, "year", 2026));
		assertThat(cycle.status()).as(cycle.toString()).isEqualTo(201);
		String cycleId = cycle.json().path("id").asString();
		// the scheme is fixed now, and one cycle per year
		assertThat(county.put("/api/v1/assessment/schemes/" + schemeId, scheme(50, 50)).status()).isEqualTo(409);
		ApiClient.Response again = county.post("/api/v1/assessment/cycles", Map.of("schemeId", schemeId, "year", 2026));
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.message()).isEqualTo("Your unit already has a cycle for this year");

		String one = "/api/v1/assessment/cycles/" + cycleId + "/communities/" + world.community().id();
		List<String> indicators = scheme.path("indicators").findValuesAsString("id");
		ApiClient head = api.as(world.head());
		// a score above the indicator's points, and a control character: 400, nothing written
		ApiClient.Response tooHigh = head.put(one + "/self", entries("score", indicators, 41, 50));
		assertThat(tooHigh.status()).isEqualTo(400);
		assertThat(tooHigh.fieldErrors()).containsKey("entries[0].score");
		assertThat(jdbc.sql("select count(*) from assessment where cycle_id = ?::uuid").param(cycleId).query(Long.class)
			.single()).isZero();
		// submitting with an indicator unscored
		assertThat(head.put(one + "/self", entries("score", indicators.subList(0, 1), 36)).status()).isEqualTo(200);
		assertThat(head.post(one + "/submit", null).status()).isEqualTo(400);
		assertThat(head.put(one + "/self", entries("score", indicators, 36, 52.5)).status()).isEqualTo(200);

		// evidence: a real PNG yes, a text file named .png no, a request number that is not the community's no
		fixtures.as(world.head(), () -> {
			assessment.addFile(UUID.fromString(cycleId), world.community().id(), UUID.fromString(indicators.get(0)),
					"活动照片.png", PNG);
			return null;
		});
		assertThatThrownBy(() -> fixtures.as(world.head(), () -> {
			assessment.addFile(UUID.fromString(cycleId), world.community().id(), UUID.fromString(indicators.get(0)),
					"fake.png", "not a picture".getBytes());
			return null;
		})).isInstanceOf(InvalidInputException.class);
		ApiClient.Response link = head.post(one + "/evidence/requests",
				Map.of("indicatorId", indicators.get(1), "requestNumber", "HX-2026-999999"));
		assertThat(link.status()).isEqualTo(400);
		assertThat(link.fieldErrors()).containsEntry("requestNumber", "No request of this community has this number");

		// the street cannot score a draft
		ApiClient street = api.as(world.officer());
		assertThat(street.post(one + "/review", entries("score", indicators, 30, 50)).status()).isEqualTo(409);

		ApiClient.Response submitted = head.post(one + "/submit", null);
		assertThat(submitted.status()).isEqualTo(200);
		assertThat(submitted.json().path("status").asString()).isEqualTo("SUBMITTED");
		assertThat(submitted.json().path("selfTotal").asDouble()).isEqualTo(88.5);
		assertThat(submitted.json().path("entries").get(0).path("evidence").get(0).path("contentType").asString())
			.isEqualTo("image/png");
		// edited after submission: 409, translated, nothing changed
		ApiClient.Response late = head.put(one + "/self", entries("score", indicators, 40, 60));
		assertThat(late.status()).isEqualTo(409);
		assertThat(late.message()).isEqualTo("The self-assessment is submitted and can no longer change");
		assertThat(head.post(one + "/submit", null).status()).isEqualTo(409);
		assertThat(head.get(one).json().path("selfTotal").asDouble()).isEqualTo(88.5);

		// the street scores: every indicator (400 otherwise), once (409 the second time)
		assertThat(street.post(one + "/review", entries("score", indicators.subList(0, 1), 30)).status()).isEqualTo(400);
		ApiClient.Response reviewed = street.post(one + "/review", entries("score", indicators, 34, 50));
		assertThat(reviewed.status()).as(reviewed.toString()).isEqualTo(200);
		assertThat(reviewed.json().path("status").asString()).isEqualTo("REVIEWED");
		assertThat(reviewed.json().path("reviewTotal").asDouble()).isEqualTo(84.0);
		assertThat(street.post(one + "/review", entries("score", indicators, 40, 60)).status()).isEqualTo(409);

		JsonNode table = county.get("/api/v1/assessment/cycles/" + cycleId + "/communities").json();
		assertThat(table).hasSize(1);
		assertThat(table.get(0).path("status").asString()).isEqualTo("REVIEWED");
		JsonNode history = street.get("/api/v1/assessment/communities/" + world.community().id() + "/history").json();
		assertThat(history.get(0).path("year").asInt()).isEqualTo(2026);
		assertThat(history.get(0).path("reviewTotal").asDouble()).isEqualTo(84.0);

		// out of scope: another world's head and street officer see nothing of it
		World other = fixtures.world();
		assertThat(api.as(other.head()).get(one).status()).isEqualTo(404);
		assertThat(api.as(other.officer()).post(one + "/review", entries("score", indicators, 1, 1)).status())
			.isEqualTo(404);
		assertThat(api.as(other.officer()).get("/api/v1/assessment/communities/" + world.community().id() + "/history")
			.status()).isEqualTo(404);
	}

	private long schemesOfCounty() {
		return jdbc.sql("select count(*) from assessment_scheme where owner_unit_id = ?").param(world.county().id())
			.query(Long.class).single();
	}

	private static Map<String, Object> scheme(int... weights) {
		List<Map<String, Object>> indicators = new ArrayList<>();
		String[] names = { "组织领导", "宣传教育", "共居共学共事共乐", "服务群众" };
		for (int i = 0; i < weights.length; i++) {
			indicators.add(Map.of("name", Map.of("zh", names[i]), "weight", weights[i],
					"evidence", Map.of("zh", "工作方案、活动照片")));
		}
		return Map.of("name", Map.of("zh", "民族团结进步示范社区测评指标" + Year.now()), "indicators", indicators);
	}

	private static Map<String, Object> entries(String field, List<String> indicators, double... scores) {
		List<Map<String, Object>> entries = new ArrayList<>();
		for (int i = 0; i < scores.length; i++) {
			entries.add(Map.of("indicatorId", indicators.get(i), field, scores[i], "note", "说明" + i, "comment", "意见" + i));
		}
		return Map.of("entries", entries);
	}
}
