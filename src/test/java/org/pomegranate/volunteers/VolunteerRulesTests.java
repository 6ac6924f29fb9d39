package org.pomegranate.volunteers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pomegranate.ApiClient;
import org.pomegranate.IntegrationTest;
import org.pomegranate.TestFixtures;
import org.pomegranate.TestFixtures.World;
import org.pomegranate.registry.RegistryManagement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * The rules of registration, sign-up and hours through the API: never more sign-ups than needed under
 * concurrency; every bad input a translated 400, 404 or 409 with nothing written; another county's staff
 * see nothing (404); withdrawing consent ends the registration.
 */
@IntegrationTest
class VolunteerRulesTests {

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

	VolunteerWorld volunteers;

	@BeforeEach
	void world() {
		volunteers = new VolunteerWorld(fixtures, registry);
	}

	@Test
	void concurrentSignUpsNeverPassTheNumberNeeded() throws Exception {
		World world = fixtures.world();
		ApiClient head = new ApiClient(port, json).as(world.head());
		List<UUID> ids = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			ids.add(volunteers.register(head, volunteers.resident(world, "报名" + i + world.suffix())));
		}
		UUID shift = volunteers.shift(head, volunteers.opportunity(head, world, 10), 5);

		ExecutorService pool = Executors.newFixedThreadPool(20);
		List<Callable<Integer>> signUps = new ArrayList<>();
		for (UUID id : ids) {
			signUps.add(() -> head.post("/api/v1/shifts/" + shift + "/signups", Map.of("volunteerId", id)).status());
		}
		List<Integer> statuses = new ArrayList<>();
		for (Future<Integer> f : pool.invokeAll(signUps)) {
			statuses.add(f.get());
		}
		pool.shutdown();

		assertThat(statuses).filteredOn(s -> s == 201).hasSize(5);
		assertThat(statuses).filteredOn(s -> s == 409).hasSize(15);
		assertThat(jdbc.sql("select signed_up from volunteer_shift where id = ?").param(shift).query(Integer.class)
			.single()).isEqualTo(5);
		assertThat(jdbc.sql("select count(*) from volunteer_signup where shift_id = ? and status = 'SIGNED_UP'")
			.param(shift).query(Integer.class).single()).isEqualTo(5);

		// a cancellation frees one place, which the next sign-up takes
		UUID first = ids.stream().filter(id -> jdbc.sql("select count(*) from volunteer_signup where shift_id = ? and "
				+ "volunteer_id = ?").params(shift, id).query(Integer.class).single() == 1).findFirst().orElseThrow();
		UUID waiting = ids.stream().filter(id -> !id.equals(first) && jdbc.sql("select count(*) from volunteer_signup "
				+ "where shift_id = ? and volunteer_id = ?").params(shift, id).query(Integer.class).single() == 0)
			.findFirst().orElseThrow();
		assertThat(head.send("DELETE", "/api/v1/shifts/" + shift + "/signups/" + first, null).json().get("signedUp")
			.asInt()).isEqualTo(4);
		assertThat(head.send("DELETE", "/api/v1/shifts/" + shift + "/signups/" + first, null).status()).isEqualTo(409);
		assertThat(head.post("/api/v1/shifts/" + shift + "/signups", Map.of("volunteerId", waiting)).status())
			.isEqualTo(201);
		assertThat(head.post("/api/v1/shifts/" + shift + "/signups", Map.of("volunteerId", first)).status())
			.isEqualTo(409);
	}

	@Test
	void badInputAnswersATranslatedErrorAndWritesNothing() {
		World world = fixtures.world();
		ApiClient head = new ApiClient(port, json).as(world.head()).language("en");
		UUID resident = volunteers.resident(world, "输入" + world.suffix());
		long before = count("volunteer");

		ApiClient.Response noConsent = head.post("/api/v1/volunteers", Map.of("residentId", resident, "consent", false));
		assertThat(noConsent.status()).isEqualTo(400);
		assertThat(noConsent.fieldErrors()).containsEntry("consent",
				"Please tick the consent box to register as a volunteer");
		assertThat(head.post("/api/v1/volunteers", Map.of("residentId", UUID.randomUUID(), "consent", true))
			.fieldErrors()).containsKey("residentId");
		assertThat(head.post("/api/v1/volunteers", Map.of("residentId", resident, "consent", true, "availability",
				"周末\u0007")).status()).isEqualTo(400);
		assertThat(head.post("/api/v1/volunteers", Map.of("residentId", resident, "consent", true, "skills",
				List.of("x".repeat(41)))).fieldErrors()).containsKey("skills");
		assertThat(head.post("/api/v1/volunteers", Map.of("residentId", resident, "consent", true, "languages",
				List.of("klingon"))).fieldErrors()).containsKey("languages");
		assertThat(head.post("/api/v1/volunteers", "{\"residentId\": 12}").status()).isEqualTo(400);
		assertThat(count("volunteer")).isEqualTo(before);

		UUID volunteer = volunteers.register(head, resident);
		ApiClient.Response twice = head.post("/api/v1/volunteers", Map.of("residentId", resident, "consent", true));
		assertThat(twice.status()).isEqualTo(409);
		assertThat(twice.message()).isEqualTo("This resident is already registered as a volunteer");

		UUID opportunity = volunteers.opportunity(head, world, 10);
		Instant start = Instant.now().plus(1, ChronoUnit.DAYS);
		long shifts = count("volunteer_shift");
		assertThat(head.post("/api/v1/volunteer-opportunities/" + opportunity + "/shifts", Map.of("startsAt",
				start.toString(), "endsAt", start.minusSeconds(60).toString(), "needed", 3)).fieldErrors())
			.containsKey("endsAt");
		assertThat(head.post("/api/v1/volunteer-opportunities/" + opportunity + "/shifts", Map.of("startsAt",
				start.toString(), "endsAt", start.plusSeconds(3600).toString(), "needed", 0)).fieldErrors())
			.containsKey("needed");
		assertThat(head.post("/api/v1/volunteer-opportunities/" + UUID.randomUUID() + "/shifts", Map.of("startsAt",
				start.toString(), "endsAt", start.plusSeconds(3600).toString(), "needed", 3)).status()).isEqualTo(404);
		assertThat(count("volunteer_shift")).isEqualTo(shifts);
		assertThat(head.post("/api/v1/volunteer-opportunities", Map.of("unitId", UUID.randomUUID(), "title", "t",
				"place", "p")).fieldErrors()).containsKey("unitId");
		assertThat(head.post("/api/v1/volunteer-opportunities", Map.of("unitId", world.community().id(), "title",
				"x".repeat(101), "place", "p")).fieldErrors()).containsKey("title");

		UUID shift = volunteers.shift(head, opportunity, 2);
		assertThat(head.post("/api/v1/shifts/" + UUID.randomUUID() + "/signups", Map.of("volunteerId", volunteer))
			.status()).isEqualTo(404);
		assertThat(head.post("/api/v1/shifts/" + shift + "/signups", Map.of("volunteerId", UUID.randomUUID()))
			.fieldErrors()).containsKey("volunteerId");
		ApiClient.Response notIn = head.post("/api/v1/shifts/" + shift + "/check-outs", Map.of("volunteerId", volunteer));
		assertThat(notIn.status()).isEqualTo(409);
		assertThat(notIn.message()).isEqualTo("This volunteer has not checked in, or has checked out already");
		assertThat(head.post("/api/v1/shifts/" + shift + "/check-ins", Map.of("volunteerId", volunteer)).status())
			.isEqualTo(409);
		assertThat(head.post("/api/v1/shifts/" + shift + "/signups", Map.of("volunteerId", volunteer)).status())
			.isEqualTo(201);
		assertThat(head.post("/api/v1/shifts/" + shift + "/check-ins", Map.of("volunteerId", volunteer, "at",
				Instant.now().plus(1, ChronoUnit.HOURS).toString())).fieldErrors()).containsKey("at");
		assertThat(count("volunteer_hours")).isEqualTo(count("volunteer_hours"));

		long hours = count("volunteer_hours");
		String path = "/api/v1/volunteers/" + volunteer + "/hours";
		assertThat(head.post(path, Map.of("workedOn", LocalDate.now().plusDays(2).toString(), "minutes", 60,
				"description", "敬老院陪护")).fieldErrors()).containsKey("workedOn");
		assertThat(head.post(path, Map.of("workedOn", LocalDate.now().minusDays(1).toString(), "minutes", 9999,
				"description", "敬老院陪护")).fieldErrors()).containsKey("minutes");
		assertThat(head.post(path, Map.of("workedOn", LocalDate.now().minusDays(1).toString(), "minutes", 60))
			.fieldErrors()).containsKey("description");
		assertThat(count("volunteer_hours")).isEqualTo(hours);
		ApiClient.Response entered = head.post(path, Map.of("workedOn", LocalDate.now().minusDays(1).toString(),
				"minutes", 90, "description", "敬老院陪护"));
		assertThat(entered.status()).isEqualTo(201);
		assertThat(entered.json().get("status").asString()).isEqualTo("PENDING");
		String approve = "/api/v1/hours/" + entered.json().get("id").asString() + "/approve";
		assertThat(head.post(approve, null).json().get("status").asString()).isEqualTo("APPROVED");
		assertThat(head.post(approve, null).status()).isEqualTo(409);
		assertThat(head.post("/api/v1/hours/" + UUID.randomUUID() + "/approve", null).status()).isEqualTo(404);
		assertThat(head.get("/api/v1/volunteers/" + volunteer + "/ledger").json().get("balance").asInt()).isEqualTo(15);
	}

	@Test
	void anotherCountysStaffSeeNothing() {
		World world = fixtures.world();
		World other = fixtures.world();
		ApiClient head = new ApiClient(port, json).as(world.head());
		UUID volunteer = volunteers.register(head, volunteers.resident(world, "范围" + world.suffix()));
		UUID opportunity = volunteers.opportunity(head, world, 10);
		UUID shift = volunteers.shift(head, opportunity, 2);
		ApiClient stranger = new ApiClient(port, json).as(other.head());

		assertThat(stranger.get("/api/v1/volunteers/" + volunteer).status()).isEqualTo(404);
		assertThat(stranger.get("/api/v1/volunteers/" + volunteer + "/ledger").status()).isEqualTo(404);
		assertThat(stranger.get("/api/v1/volunteers/" + volunteer + "/hours").status()).isEqualTo(404);
		assertThat(stranger.post("/api/v1/volunteers/" + volunteer + "/redemptions", Map.of("points", 1,
				"recognition", "x")).status()).isEqualTo(404);
		assertThat(stranger.post("/api/v1/volunteers/" + volunteer + "/consent-withdrawal", null).status())
			.isEqualTo(404);
		assertThat(stranger.get("/api/v1/volunteer-opportunities/" + opportunity).status()).isEqualTo(404);
		assertThat(stranger.get("/api/v1/shifts/" + shift + "/signups").status()).isEqualTo(404);
		assertThat(stranger.post("/api/v1/shifts/" + shift + "/signups", Map.of("volunteerId", volunteer)).status())
			.isEqualTo(404);
		assertThat(stranger.get("/api/v1/volunteers").json().get("items").findValuesAsString("id"))
			.doesNotContain(volunteer.toString());
		assertThat(head.get("/api/v1/volunteers").json().get("items").findValuesAsString("id"))
			.contains(volunteer.toString());
		// staff see the name masked
		assertThat(head.get("/api/v1/volunteers/" + volunteer).json().get("name").asString()).isEqualTo("范" + "*"
				.repeat(("围" + world.suffix()).length()));
	}

	@Test
	void withdrawingConsentEndsTheRegistration() {
		World world = fixtures.world();
		UUID resident = volunteers.resident(world, "撤回" + world.suffix());
		String login = fixtures.residentAccount("vol" + world.suffix(), "撤回" + world.suffix(), resident);
		ApiClient self = new ApiClient(port, json).as(login);
		ApiClient head = new ApiClient(port, json).as(world.head());

		ApiClient.Response registered = self.post("/api/v1/volunteers", Map.of("skills", List.of("理发"), "consent", true));
		assertThat(registered.status()).isEqualTo(201);
		assertThat(registered.json().get("name").asString()).isEqualTo("撤回" + world.suffix());
		UUID volunteer = UUID.fromString(registered.json().get("id").asString());
		UUID shift = volunteers.shift(head, volunteers.opportunity(head, world, 10), 3);
		assertThat(self.post("/api/v1/shifts/" + shift + "/signups", null).status()).isEqualTo(201);
		assertThat(self.send("DELETE", "/api/v1/shifts/" + shift + "/signups/" + volunteer, null).status())
			.isEqualTo(200);
		assertThat(self.get("/api/v1/volunteers").status()).isEqualTo(403);

		ApiClient.Response withdrawn = self.post("/api/v1/volunteers/" + volunteer + "/consent-withdrawal", null);
		assertThat(withdrawn.status()).isEqualTo(200);
		assertThat(withdrawn.json().get("endedAt").isNull()).isFalse();
		assertThat(self.post("/api/v1/volunteers/" + volunteer + "/consent-withdrawal", null).status()).isEqualTo(409);
		assertThat(self.post("/api/v1/shifts/" + shift + "/signups", null).status()).isEqualTo(409);
		assertThat(head.post("/api/v1/shifts/" + shift + "/signups", Map.of("volunteerId", volunteer)).status())
			.isEqualTo(409);
		assertThat(head.get("/api/v1/volunteers").json().get("items").findValuesAsString("id"))
			.doesNotContain(volunteer.toString());
		assertThat(self.post("/api/v1/volunteers", Map.of("consent", true)).status()).isEqualTo(201);
	}

	private long count(String table) {
		return jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}
}
