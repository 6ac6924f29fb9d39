package org.pomegranate.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pomegranate.ApiClient;
import org.pomegranate.IntegrationTest;
import org.pomegranate.TestFixtures;
import org.pomegranate.TestFixtures.World;
import org.pomegranate.safety.internal.OverdueRectifications;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Safety screening over real HTTP: a finding through its state machine to a closed rectification,
 * every step out of turn 409, closing without evidence 400, other grids' records 404, control
 * characters 400, and nothing written by any refused call; overdue rectifications escalate once.
 */
@IntegrationTest
class SafetyApiTests {

	@LocalServerPort
	int port;
	@Autowired
	JsonMapper json;
	@Autowired
	TestFixtures fixtures;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	OverdueRectifications overdue;

	World world;
	ApiClient head;
	ApiClient workerA;
	ApiClient workerB;

	@BeforeEach
	void setUp() {
		world = fixtures.world();
		ApiClient api = new ApiClient(port, json);
		head = api.as(world.head());
		workerA = api.as(world.workerA()).language("en");
		workerB = api.as(world.workerB()).language("en");
	}

	@Test
	void aFindingGoesFromOpenToClosedAndEveryStepOutOfTurnIsRefused() {
		JsonNode campaign = campaign();
		UUID inspection = inspection(campaign, world.buildingA1());
		UUID finding = finding(inspection, campaign, "CRITICAL", "消防通道堆放杂物");
		String path = "/api/v1/safety/findings/" + finding;

		// closing or re-inspecting before rectification is out of turn
		assertThat(workerA.post(path + "/close", Map.of("evidenceNote", "已清理")).status()).isEqualTo(409);
		ApiClient.Response early = workerA.post(path + "/reinspect", Map.of("passed", true));
		assertThat(early.status()).isEqualTo(409);
		assertThat(early.message()).contains("cannot take this step");

		ApiClient.Response rectify = workerA.post(path + "/rectify", Map.of("responsibleParty", "物业公司"));
		assertThat(rectify.status()).isEqualTo(200);
		assertThat(rectify.json().path("status").asString()).isEqualTo("RECTIFYING");
		Instant deadline = Instant.parse(rectify.json().path("deadline").asString());
		assertThat(deadline).isBetween(Instant.now().plus(Duration.ofDays(3)).minusSeconds(120),
				Instant.now().plus(Duration.ofDays(3)).plusSeconds(120));
		assertThat(workerA.post(path + "/rectify", Map.of("responsibleParty", "再来")).status()).isEqualTo(409);

		// a failed re-inspection keeps it in rectification
		assertThat(workerA.post(path + "/reinspect", Map.of("passed", false, "note", "仍有杂物")).json()
			.path("status").asString()).isEqualTo("RECTIFYING");
		assertThat(workerA.post(path + "/reinspect", Map.of("passed", true, "note", "已清空")).json().path("status")
			.asString()).isEqualTo("REINSPECTED");

		// no evidence: 400 naming the field, and nothing written
		long events = events(finding);
		ApiClient.Response bare = workerA.post(path + "/close", Map.of("evidenceNote", "  "));
		assertThat(bare.status()).isEqualTo(400);
		assertThat(bare.fieldErrors()).containsKey("evidence");
		assertThat(status(finding)).isEqualTo("REINSPECTED");
		assertThat(events(finding)).isEqualTo(events);

		ApiClient.Response closed = workerA.post(path + "/close", Map.of("evidenceNote", "通道已清空，拍照留存"));
		assertThat(closed.status()).isEqualTo(200);
		assertThat(closed.json().path("status").asString()).isEqualTo("CLOSED");
		assertThat(closed.json().path("history").findValuesAsString("kind")).containsExactly("RECORDED", "RECTIFY",
				"REINSPECT_FAILED", "REINSPECT_PASSED", "CLOSE");
		assertThat(workerA.post(path + "/close", Map.of("evidenceNote", "again")).status()).isEqualTo(409);

		JsonNode progress = head.get("/api/v1/safety/campaigns/" + campaign.path("id").asString() + "/progress").json();
		assertThat(progress.path("findings").asLong()).isEqualTo(1);
		assertThat(progress.path("closed").asLong()).isEqualTo(1);
		assertThat(progress.path("rectifiedOnTime").asLong()).isEqualTo(1);
		assertThat(progress.path("findingsBySeverity").path("CRITICAL").asLong()).isEqualTo(1);
	}

	@Test
	void aDoneInspectionTakesNoFindingAndIsNotDoneTwice() {
		JsonNode campaign = campaign();
		UUID inspection = inspection(campaign, world.buildingA2());
		String path = "/api/v1/safety/inspections/" + inspection;
		assertThat(workerA.post(path + "/complete", Map.of("note", "无隐患")).json().path("status").asString())
			.isEqualTo("DONE");
		assertThat(workerA.post(path + "/complete", Map.of()).status()).isEqualTo(409);
		ApiClient.Response late = workerA.post(path + "/findings", Map.of("checklistItemId", item(campaign),
				"severity", "MINOR", "description", "灭火器过期"));
		assertThat(late.status()).isEqualTo(409);
		assertThat(jdbc.sql("select count(*) from safety_finding where inspection_id = ?").param(inspection)
			.query(Long.class).single()).isZero();
		// the same place twice in one campaign
		assertThat(workerA.post("/api/v1/safety/inspections", Map.of("campaignId", campaign.path("id").asString(),
				"placeKind", "BUILDING", "placeId", world.buildingA2().toString())).status()).isEqualTo(409);
	}

	@Test
	void recordsOfAnotherGridAreNotFoundAndBadInputWritesNothing() {
		JsonNode campaign = campaign();
		UUID inspection = inspection(campaign, world.buildingA1());
		UUID finding = finding(inspection, campaign, "MAJOR", "电动车楼道充电");

		assertThat(workerB.get("/api/v1/safety/findings/" + finding).status()).isEqualTo(404);
		assertThat(workerB.post("/api/v1/safety/findings/" + finding + "/rectify",
				Map.of("responsibleParty", "他人")).status()).isEqualTo(404);
		assertThat(workerB.get("/api/v1/safety/inspections/" + inspection).status()).isEqualTo(404);
		assertThat(workerB.get("/api/v1/safety/findings/" + UUID.randomUUID()).status()).isEqualTo(404);
		assertThat(status(finding)).isEqualTo("OPEN");
		// a building of another grid is not the worker's to inspect
		ApiClient.Response foreign = workerA.post("/api/v1/safety/inspections", Map.of("campaignId",
				campaign.path("id").asString(), "placeKind", "BUILDING", "placeId", world.buildingB().toString()));
		assertThat(foreign.status()).isEqualTo(400);
		assertThat(foreign.fieldErrors()).containsKey("placeId");

		long before = jdbc.sql("select count(*) from safety_finding").query(Long.class).single();
		ApiClient.Response control = workerA.post("/api/v1/safety/inspections/" + inspection + "/findings",
				Map.of("checklistItemId", item(campaign), "severity", "MINOR", "description", "灯坏了\u0007"));
		assertThat(control.status()).isEqualTo(400);
		assertThat(control.fieldErrors()).containsKey("description");
		ApiClient.Response tooLong = workerA.post("/api/v1/safety/inspections/" + inspection + "/findings",
				Map.of("checklistItemId", item(campaign), "severity", "MINOR", "description", "长".repeat(1001)));
		assertThat(tooLong.status()).isEqualTo(400);
		ApiClient.Response noItem = workerA.post("/api/v1/safety/inspections/" + inspection + "/findings",
				Map.of("checklistItemId", UUID.randomUUID().toString(), "severity", "MINOR", "description", "灯坏了"));
		assertThat(noItem.fieldErrors()).containsKey("checklistItemId");
		assertThat(jdbc.sql("select count(*) from safety_finding").query(Long.class).single()).isEqualTo(before);

		// a grid worker does not plan campaigns; a head cannot screen units outside her scope
		assertThat(workerA.post("/api/v1/safety/campaigns", campaignBody(world.gridA().id())).status()).isEqualTo(403);
		assertThat(head.post("/api/v1/safety/campaigns", campaignBody(world.street().id())).status()).isEqualTo(400);
	}

	@Test
	void anOverdueRectificationIsEscalatedToTheHeadExactlyOnce() throws Exception {
		JsonNode campaign = campaign();
		UUID finding = finding(inspection(campaign, world.buildingA1()), campaign, "CRITICAL", "燃气管道锈蚀");
		workerA.post("/api/v1/safety/findings/" + finding + "/rectify", Map.of("responsibleParty", "燃气公司"));
		UUID headId = fixtures.accountId(world.head());
		Instant later = Instant.now().plus(Duration.ofDays(4));

		// two instances at the same moment, then again: one escalation, one notification
		ExecutorService pool = Executors.newFixedThreadPool(2);
		Callable<Integer> run = () -> overdue.escalateDue(later);
		pool.invokeAll(List.of(run, run));
		pool.shutdown();
		overdue.escalateDue(later.plusSeconds(60));
		assertThat(jdbc.sql("select count(*) from notification where account_id = ? and kind = 'safety.overdue' "
				+ "and link = ?").params(headId, "/safety/findings/" + finding).query(Long.class).single()).isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from safety_finding_event where finding_id = ? and kind = 'ESCALATED'")
			.param(finding).query(Long.class).single()).isEqualTo(1);
		assertThat(head.get("/api/v1/safety/findings?overdue=true&campaignId=" + campaign.path("id").asString()).json()
			.path("items").size()).isZero(); // not overdue yet by the real clock

		// a failed re-inspection sets a fresh deadline, which may escalate once more
		workerA.post("/api/v1/safety/findings/" + finding + "/reinspect", Map.of("passed", false));
		overdue.escalateDue(later.plus(Duration.ofDays(4)));
		overdue.escalateDue(later.plus(Duration.ofDays(5)));
		assertThat(jdbc.sql("select count(*) from safety_finding_event where finding_id = ? and kind = 'ESCALATED'")
			.param(finding).query(Long.class).single()).isEqualTo(2);
	}

	@Test
	void enterprisesAreRegisteredWithAValidCreditCodeOnceAndPagedByKeyset() {
		String first17 = "91" + "632801" + String.format("%09d", Math.abs(world.suffix().hashCode()) % 1_000_000_000);
		String code = first17 + CreditCode.checkCharacter(first17);
		String wrong = first17 + (code.endsWith("0") ? "1" : "0");
		Map<String, Object> body = Map.of("name", "昆仑物流有限公司", "creditCode", wrong, "unitId",
				world.community().id().toString(), "address", "格尔木市昆仑路1号", "kind", "LOGISTICS",
				"liaisonAccountId", fixtures.accountId(world.head()).toString());
		ApiClient.Response bad = head.language("en").post("/api/v1/enterprises", body);
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.fieldErrors()).containsKey("creditCode");
		assertThat(jdbc.sql("select count(*) from enterprise where credit_code = ?").param(wrong).query(Long.class)
			.single()).isZero();

		Map<String, Object> good = new java.util.HashMap<>(body);
		good.put("creditCode", code);
		ApiClient.Response created = head.post("/api/v1/enterprises", good);
		assertThat(created.status()).isEqualTo(201);
		assertThat(created.json().path("liaisonName").asString()).startsWith("社区书记");
		assertThat(head.post("/api/v1/enterprises", good).status()).isEqualTo(409);

		for (int i = 0; i < 2; i++) {
			String other17 = first17.substring(0, 16) + (char) ('A' + i);
			Map<String, Object> more = new java.util.HashMap<>(body);
			more.put("name", "第" + i + "号企业");
			more.put("creditCode", other17 + CreditCode.checkCharacter(other17));
			assertThat(head.post("/api/v1/enterprises", more).status()).isEqualTo(201);
		}
		JsonNode page = head.get("/api/v1/enterprises?size=2").json();
		assertThat(page.path("items").size()).isEqualTo(2);
		JsonNode rest = head.get("/api/v1/enterprises?size=2&after=" + page.path("next").asString()).json();
		assertThat(rest.path("items").size()).isEqualTo(1);
		assertThat(rest.path("next").isNull()).isTrue();
		assertThat(workerB.get("/api/v1/enterprises/" + created.json().path("id").asString()).status()).isEqualTo(404);
	}

	// ---- helpers --------------------------------------------------------------------------------

	private Map<String, Object> campaignBody(UUID unit) {
		return Map.of("theme", "冬季消防安全排查", "startsOn", LocalDate.now().toString(), "endsOn",
				LocalDate.now().plusDays(30).toString(), "unitIds", List.of(unit.toString()), "checklist",
				List.of("消防通道畅通", "灭火器在有效期内", "电动车不在楼道充电"));
	}

	private JsonNode campaign() {
		ApiClient.Response created = head.post("/api/v1/safety/campaigns", campaignBody(world.community().id()));
		assertThat(created.status()).as("%s", created).isEqualTo(201);
		return created.json();
	}

	private String item(JsonNode campaign) {
		return campaign.path("checklist").get(0).path("id").asString();
	}

	private UUID inspection(JsonNode campaign, UUID building) {
		ApiClient.Response created = workerA.post("/api/v1/safety/inspections", Map.of("campaignId",
				campaign.path("id").asString(), "placeKind", "BUILDING", "placeId", building.toString()));
		assertThat(created.status()).as("%s", created).isEqualTo(201);
		return UUID.fromString(created.json().path("id").asString());
	}

	private UUID finding(UUID inspection, JsonNode campaign, String severity, String description) {
		ApiClient.Response created = workerA.post("/api/v1/safety/inspections/" + inspection + "/findings",
				Map.of("checklistItemId", item(campaign), "severity", severity, "description", description));
		assertThat(created.status()).as("%s", created).isEqualTo(201);
		return UUID.fromString(created.json().path("id").asString());
	}

	private String status(UUID finding) {
		return jdbc.sql("select status from safety_finding where id = ?").param(finding).query(String.class).single();
	}

	private long events(UUID finding) {
		return jdbc.sql("select count(*) from safety_finding_event where finding_id = ?").param(finding)
			.query(Long.class).single();
	}
}
