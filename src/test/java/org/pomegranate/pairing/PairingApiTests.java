package org.pomegranate.pairing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import org.pomegranate.pairing.internal.LapseReminders;
import org.pomegranate.registry.Gender;
import org.pomegranate.registry.Language;
import org.pomegranate.registry.RegistryManagement;
import org.pomegranate.registry.ResidentForm;
import org.pomegranate.shared.TimeConfiguration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code /api/v1/pairs} over real HTTP: a grid worker pairs with a household and logs visits; a visit
 * dated in the future, control characters and other grids' pairs are refused with nothing written;
 * lists mask the household, the pair's page is audited; a lapse of 60 days reminds the owner once.
 */
@IntegrationTest
class PairingApiTests {

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
	@Autowired
	LapseReminders reminders;

	World world;
	ApiClient workerA;
	UUID household;
	UUID resident;
	LocalDate today = LocalDate.now(TimeConfiguration.DISPLAY_ZONE);

	@BeforeEach
	void setUp() {
		world = fixtures.world();
		workerA = new ApiClient(port, json).as(world.workerA()).language("en");
		household = fixtures.as(world.head(),
				() -> registry.createHousehold(TestFixtures.household(world.buildingA1(), "2", "202")));
		resident = fixtures.as(world.head(), () -> registry.createResident(new ResidentForm(household,
				"结对户主" + world.suffix(), Gender.MALE, LocalDate.of(1950, 3, 4), null, null, Language.ZH, null,
				Set.of(), false, Set.of())));
	}

	@Test
	void aWorkerPairsLogsVisitsAndEndsThePair() {
		UUID pair = pair(today.minusDays(10));
		// the list masks unit and room; the pair's page shows the address and is audited
		JsonNode listed = workerA.get("/api/v1/pairs").json().path("items").get(0);
		assertThat(listed.path("household").asString()).isEqualTo(world.compoundName() + " 1号楼");
		long audits = audits();
		JsonNode details = workerA.get("/api/v1/pairs/" + pair).json();
		assertThat(details.path("householdAddress").asString()).endsWith("1号楼-2-202");
		assertThat(audits()).isGreaterThan(audits);

		// a visit tomorrow: 400 naming the date, nothing written
		ApiClient.Response future = workerA.post("/api/v1/pairs/" + pair + "/visits", Map.of("visitedOn",
				today.plusDays(1).toString(), "visitor", "网格员", "help", "送米面油"));
		assertThat(future.status()).isEqualTo(400);
		assertThat(future.fieldErrors()).containsKey("visitedOn");
		assertThat(future.fieldErrors().get("visitedOn")).contains("future");
		ApiClient.Response control = workerA.post("/api/v1/pairs/" + pair + "/visits", Map.of("visitedOn",
				today.toString(), "visitor", "网格员\u001b", "help", "送米面油"));
		assertThat(control.status()).isEqualTo(400);
		assertThat(control.fieldErrors()).containsKey("visitor");
		assertThat(visits(pair)).isZero();

		assertThat(workerA.post("/api/v1/pairs/" + pair + "/visits", Map.of("visitedOn", today.toString(),
				"visitor", "网格员甲", "help", "帮助联系维修暖气")).status()).isEqualTo(201);
		assertThat(workerA.get("/api/v1/pairs/" + pair + "/visits").json().size()).isEqualTo(1);
		JsonNode coverage = workerA.get("/api/v1/pairs/coverage").json().get(0);
		assertThat(coverage.path("activePairs").asLong()).isEqualTo(1);
		assertThat(coverage.path("visits").get(5).path("visits").asLong()).isEqualTo(1);

		// the same pair again while active: 409
		assertThat(workerA.post("/api/v1/pairs", body(today)).status()).isEqualTo(409);
		assertThat(workerA.post("/api/v1/pairs/" + pair + "/end", Map.of()).status()).isEqualTo(204);
		assertThat(workerA.post("/api/v1/pairs/" + pair + "/end", Map.of()).status()).isEqualTo(409);
		assertThat(workerA.post("/api/v1/pairs/" + pair + "/visits", Map.of("visitedOn", today.toString(),
				"visitor", "网格员甲", "help", "再访")).status()).isEqualTo(409);
		assertThat(visits(pair)).isEqualTo(1);
	}

	@Test
	void anotherGridsPairIsNotFoundAndAForeignHouseholdIsRefused() {
		UUID pair = pair(today);
		ApiClient workerB = new ApiClient(port, json).as(world.workerB());
		assertThat(workerB.get("/api/v1/pairs/" + pair).status()).isEqualTo(404);
		assertThat(workerB.get("/api/v1/pairs/" + pair + "/visits").status()).isEqualTo(404);
		assertThat(workerB.post("/api/v1/pairs/" + pair + "/visits", Map.of("visitedOn", today.toString(),
				"visitor", "他人", "help", "看看")).status()).isEqualTo(404);
		assertThat(workerB.post("/api/v1/pairs/" + pair + "/end", Map.of()).status()).isEqualTo(404);
		ApiClient.Response foreign = workerB.post("/api/v1/pairs", body(today));
		assertThat(foreign.status()).isEqualTo(400);
		assertThat(foreign.fieldErrors()).containsKey("householdId");
		assertThat(jdbc.sql("select count(*) from pair where household_id = ?").param(household).query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void aPairWithoutAVisitFor60DaysRemindsItsOwnerOncePerLapse() throws Exception {
		UUID pair = pair(today.minusDays(70));
		UUID owner = fixtures.accountId(world.workerA());
		ExecutorService pool = Executors.newFixedThreadPool(2);
		Callable<Integer> run = () -> reminders.remindLapsed(today);
		pool.invokeAll(List.of(run, run));
		pool.shutdown();
		reminders.remindLapsed(today);
		assertThat(reminded(owner, pair)).isEqualTo(1);
		assertThat(workerA.get("/api/v1/pairs?lapsing=true").json().path("items").findValuesAsString("id"))
			.contains(pair.toString());

		// a visit 65 days ago starts a new lapse, which reminds once more; a visit today ends it
		workerA.post("/api/v1/pairs/" + pair + "/visits", Map.of("visitedOn", today.minusDays(65).toString(),
				"visitor", "网格员甲", "help", "补记走访"));
		reminders.remindLapsed(today);
		reminders.remindLapsed(today);
		assertThat(reminded(owner, pair)).isEqualTo(2);
		workerA.post("/api/v1/pairs/" + pair + "/visits", Map.of("visitedOn", today.toString(), "visitor", "网格员甲",
				"help", "走访"));
		reminders.remindLapsed(today);
		assertThat(reminded(owner, pair)).isEqualTo(2);
	}

	private Map<String, Object> body(LocalDate startedOn) {
		return Map.of("kind", "STAFF", "householdId", household.toString(), "partnerAccountId",
				fixtures.accountId(world.workerA()).toString(), "goals", "每月走访，帮助解决冬季取暖", "startedOn",
				startedOn.toString());
	}

	private UUID pair(LocalDate startedOn) {
		ApiClient.Response created = workerA.post("/api/v1/pairs", body(startedOn));
		assertThat(created.status()).as("%s", created).isEqualTo(201);
		return UUID.fromString(created.json().path("pair").path("id").asString());
	}

	private long visits(UUID pair) {
		return jdbc.sql("select count(*) from pair_visit where pair_id = ?").param(pair).query(Long.class).single();
	}

	private long audits() {
		return jdbc.sql("select count(*) from audit_entry where resident_id = ?").param(resident).query(Long.class)
			.single();
	}

	private long reminded(UUID owner, UUID pair) {
		return jdbc.sql("select count(*) from notification where account_id = ? and kind = 'pairing.lapse' and link = ?")
			.params(owner, "/pairs/" + pair).query(Long.class).single();
	}
}
