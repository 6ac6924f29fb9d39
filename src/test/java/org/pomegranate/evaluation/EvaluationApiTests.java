package org.pomegranate.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pomegranate.ApiClient;
import org.pomegranate.IntegrationTest;
import org.pomegranate.TestFixtures;
import org.pomegranate.registry.RegistryManagement;
import org.pomegranate.servicedesk.RequestHandling;
import org.pomegranate.servicedesk.ResolutionAnswer;
import org.pomegranate.servicedesk.SatisfactionAnswer;
import org.pomegranate.servicedesk.ServiceCatalogue;
import org.pomegranate.servicedesk.ServiceDesk;
import org.pomegranate.servicedesk.ServiceDeskHistory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The evaluation API: rates, rankings and the requests behind a figure for the caller's subtree;
 * another subtree's unit is not found; a bad month or span is a translated 400 naming the field,
 * and nothing is written.
 */
@IntegrationTest
class EvaluationApiTests {

	@LocalServerPort
	int port;
	@Autowired
	JsonMapper json;
	@Autowired
	TestFixtures fixtures;
	@Autowired
	RegistryManagement registry;
	@Autowired
	ServiceDesk desk;
	@Autowired
	RequestHandling handling;
	@Autowired
	ServiceDeskHistory history;
	@Autowired
	ServiceCatalogue catalogue;
	@Autowired
	TransactionTemplate transactions;
	@Autowired
	JdbcClient jdbc;

	EvaluationWorld w;
	ApiClient api;

	@BeforeEach
	void world() {
		w = new EvaluationWorld(fixtures, registry, desk, handling, history, catalogue, transactions, jdbc);
		api = new ApiClient(port, json);
		UUID good = w.repair("2026-09-01T10:00");
		w.accept(good, "2026-09-01T11:00", w.world.workerA());
		w.resolve(good, "2026-09-02T11:00", w.world.workerA());
		w.rate(good, "2026-09-03T11:00", ResolutionAnswer.RESOLVED, SatisfactionAnswer.SATISFIED);
		UUID poor = w.repairIn(w.householdB, "2026-09-04T10:00");
		w.accept(poor, "2026-09-06T11:00", w.world.workerB());
		w.resolve(poor, "2026-09-20T11:00", w.world.workerB());
		w.rate(poor, "2026-09-21T11:00", ResolutionAnswer.PARTLY_RESOLVED, SatisfactionAnswer.UNSATISFIED);
	}

	@Test
	void ratesRankingsAndTheRequestsBehindAFigure() {
		ApiClient officer = api.as(w.world.officer());
		String community = w.world.community().id().toString();
		JsonNode months = officer.get("/api/v1/evaluation/rates?unitId=" + community + "&from=2026-08&to=2026-10").json();
		assertThat(months.size()).isEqualTo(3);
		JsonNode sept = months.get(1);
		assertThat(sept.get("month").asText()).isEqualTo("2026-09");
		assertThat(sept.at("/figures/response/numerator").asInt()).isEqualTo(1);
		assertThat(sept.at("/figures/response/denominator").asInt()).isEqualTo(2);
		assertThat(sept.at("/figures/resolution/percent").asDouble()).isEqualTo(50.0);
		assertThat(sept.at("/figures/counts/ratedPartly").asInt()).isEqualTo(1);

		JsonNode ranking = officer.get("/api/v1/evaluation/rankings?unitId=" + community + "&month=2026-09").json();
		assertThat(ranking.size()).isEqualTo(2);
		assertThat(ranking.get(0).get("unitId").asText()).isEqualTo(w.world.gridA().id().toString());
		assertThat(ranking.get(0).get("rank").asInt()).isEqualTo(1);
		assertThat(ranking.get(1).get("unitId").asText()).isEqualTo(w.world.gridB().id().toString());

		JsonNode workers = officer.get("/api/v1/evaluation/rankings?unitId=" + w.world.gridA().id() + "&month=2026-09")
			.json();
		assertThat(workers.size()).isEqualTo(1);
		assertThat(workers.get(0).get("workerId").asText()).isEqualTo(fixtures.accountId(w.world.workerA()).toString());

		JsonNode behind = officer.get("/api/v1/evaluation/rates/2026-09/requests?unitId=" + community
				+ "&figure=RESOLUTION&size=1").json();
		assertThat(behind.size()).isEqualTo(1);
		JsonNode next = officer.get("/api/v1/evaluation/rates/2026-09/requests?unitId=" + community
				+ "&figure=RESOLUTION&size=1&after=" + behind.get(0).get("number").asText()).json();
		assertThat(next.size()).isEqualTo(1);
		assertThat(behind.get(0).get("inNumerator").asBoolean()).isNotEqualTo(next.get(0).get("inNumerator").asBoolean());

		// one worker's requests within the unit: the worker's own only, and none of another unit's worker
		String workerA = fixtures.accountId(w.world.workerA()).toString();
		JsonNode mine = officer.get("/api/v1/evaluation/rates/2026-09/requests?unitId=" + w.world.gridA().id()
				+ "&workerId=" + workerA + "&figure=RESOLUTION").json();
		assertThat(mine.size()).isEqualTo(1);
		assertThat(mine.get(0).get("workerId").asText()).isEqualTo(workerA);
		assertThat(mine.get(0).get("inNumerator").asBoolean()).isTrue();
		assertThat(officer.get("/api/v1/evaluation/rates/2026-09/requests?unitId=" + w.world.gridA().id() + "&workerId="
				+ fixtures.accountId(w.world.workerB()) + "&figure=RESOLUTION").json().size()).isZero();

		// a grid worker sees their own grid's figures, and nothing of the other grid
		assertThat(api.as(w.world.workerA()).get("/api/v1/evaluation/rates?from=2026-09&to=2026-09").json().get(0)
			.at("/figures/response/denominator").asInt()).isEqualTo(1);
	}

	@Test
	void anotherSubtreeIsNotFoundAndBadMonthsAreTranslated400sThatWriteNothing() {
		long rollups = jdbc.sql("select count(*) from evaluation_rollup").query(Long.class).single();
		ApiClient worker = api.as(w.world.workerA()).language("en");
		String otherGrid = w.world.gridB().id().toString();
		assertThat(worker.get("/api/v1/evaluation/rates?unitId=" + otherGrid).status()).isEqualTo(404);
		assertThat(worker.get("/api/v1/evaluation/rankings?unitId=" + otherGrid).status()).isEqualTo(404);
		assertThat(worker.get("/api/v1/evaluation/rates/2026-09/requests?figure=RESPONSE&unitId=" + otherGrid).status())
			.isEqualTo(404);
		assertThat(worker.get("/api/v1/evaluation/rates?unitId=" + UUID.randomUUID()).status()).isEqualTo(404);

		ApiClient.Response month13 = worker.get("/api/v1/evaluation/rates?from=2026-13&to=2026-12");
		assertThat(month13.status()).isEqualTo(400);
		assertThat(month13.fieldErrors()).containsKey("from");
		assertThat(month13.fieldErrors().get("from")).contains("2026-11");
		ApiClient.Response zh = api.as(w.world.workerA()).language("zh-CN").get("/api/v1/evaluation/rankings?month=2026-13");
		assertThat(zh.status()).isEqualTo(400);
		assertThat(zh.fieldErrors().get("month")).matches(".*[\\u4e00-\\u9fff].*");
		assertThat(worker.get("/api/v1/evaluation/rates?from=2026-12&to=2026-01").fieldErrors()).containsKey("from");
		assertThat(worker.get("/api/v1/evaluation/rates?from=2020-01&to=2026-12").fieldErrors()).containsKey("to");
		assertThat(worker.get("/api/v1/evaluation/rates/2026-09/requests?figure=NOPE").status()).isEqualTo(400);
		assertThat(worker.get("/api/v1/evaluation/rates/2026-09/requests?figure=RESPONSE&size=0").status())
			.isEqualTo(400);
		assertThat(api.as(w.resident).get("/api/v1/evaluation/rates").status()).isEqualTo(403);
		assertThat(api.anonymous().get("/api/v1/evaluation/rates").status()).isEqualTo(401);
		assertThat(jdbc.sql("select count(*) from evaluation_rollup").query(Long.class).single()).isEqualTo(rollups);
	}
}
