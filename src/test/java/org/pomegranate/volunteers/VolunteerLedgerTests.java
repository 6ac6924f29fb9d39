package org.pomegranate.volunteers;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.pomegranate.ApiClient;
import org.pomegranate.IntegrationTest;
import org.pomegranate.TestFixtures;
import org.pomegranate.TestFixtures.World;
import org.pomegranate.shared.TimeConfiguration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * Hours and points through the API: a check-out earns the opportunity's points per hour; twenty
 * concurrent redemptions never take the balance below zero; a redemption beyond the balance writes
 * nothing; the ledger refuses changes; hours per unit and month for the activities' figures.
 */
@IntegrationTest
class VolunteerLedgerTests {

	@LocalServerPort
	int port;
	@Autowired
	JsonMapper json;
	@Autowired
	TestFixtures fixtures;
	@Autowired
	org.pomegranate.registry.RegistryManagement registry;
	@Autowired
	VolunteerHours hours;
	@Autowired
	JdbcClient jdbc;

	VolunteerWorld volunteers;

	@org.junit.jupiter.api.BeforeEach
	void world() {
		volunteers = new VolunteerWorld(fixtures, registry);
	}

	@Test
	void twentyConcurrentRedemptionsNeverOverdrawTheBalance() throws Exception {
		World world = fixtures.world();
		ApiClient head = new ApiClient(port, json).as(world.head());
		UUID volunteer = volunteers.register(head, volunteers.resident(world, "积分甲" + world.suffix()));
		UUID shift = volunteers.shift(head, volunteers.opportunity(head, world, 50), 3);
		volunteers.twoHours(head, shift, volunteer);
		assertThat(head.get("/api/v1/volunteers/" + volunteer + "/ledger").json().get("balance").asInt()).isEqualTo(100);

		ExecutorService pool = Executors.newFixedThreadPool(20);
		List<Callable<Integer>> redemptions = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			redemptions.add(() -> head.post("/api/v1/volunteers/" + volunteer + "/redemptions",
					Map.of("points", 10, "recognition", "优秀志愿者证书")).status());
		}
		List<Integer> statuses = new ArrayList<>();
		for (Future<Integer> f : pool.invokeAll(redemptions)) {
			statuses.add(f.get());
		}
		pool.shutdown();

		assertThat(statuses).filteredOn(s -> s == 201).hasSize(10);
		assertThat(statuses).filteredOn(s -> s == 409).hasSize(10);
		assertThat(balance(volunteer)).isZero();
		assertThat(jdbc.sql("select coalesce(sum(points), 0) from volunteer_points where volunteer_id = ?")
			.param(volunteer).query(Integer.class).single()).isZero();
	}

	@Test
	void aRedemptionBeyondTheBalanceAnswersATranslated409AndWritesNothing() {
		World world = fixtures.world();
		ApiClient head = new ApiClient(port, json).as(world.head());
		UUID volunteer = volunteers.register(head, volunteers.resident(world, "积分乙" + world.suffix()));
		UUID shift = volunteers.shift(head, volunteers.opportunity(head, world, 10), 3);
		volunteers.twoHours(head, shift, volunteer);
		long lines = lines(volunteer);

		ApiClient.Response refused = head.language("en").post("/api/v1/volunteers/" + volunteer + "/redemptions",
				Map.of("points", 21, "recognition", "纪念品"));
		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.message()).isEqualTo("Not enough points: nothing was redeemed");
		assertThat(head.post("/api/v1/volunteers/" + volunteer + "/redemptions", Map.of("points", 0, "recognition", "x"))
			.status()).isEqualTo(400);
		assertThat(head.post("/api/v1/volunteers/" + volunteer + "/redemptions", Map.of("points", 5)).fieldErrors())
			.containsKey("recognition");
		assertThat(lines(volunteer)).isEqualTo(lines);
		assertThat(balance(volunteer)).isEqualTo(20);

		assertThat(head.post("/api/v1/volunteers/" + volunteer + "/redemptions",
				Map.of("points", 20, "recognition", "纪念品")).json().get("balance").asInt()).isZero();
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> jdbc.sql(
				"update volunteer_points set points = 1000 where volunteer_id = ?").param(volunteer).update())
			.hasMessageContaining("append-only");
	}

	@Test
	void checkOutHoursCountForTheUnitAndEveryUnitAboveItInTheirMonth() {
		World world = fixtures.world();
		ApiClient head = new ApiClient(port, json).as(world.head());
		UUID volunteer = volunteers.register(head, volunteers.resident(world, "时长丙" + world.suffix()));
		UUID shift = volunteers.shift(head, volunteers.opportunity(head, world, 10), 3);
		volunteers.twoHours(head, shift, volunteer);

		YearMonth month = YearMonth.from(ZonedDateTime.now(TimeConfiguration.DISPLAY_ZONE).minusHours(2));
		Map<UUID, UnitHours> figures = hours.perUnitAndMonth(
				List.of(world.community().id(), world.street().id(), world.gridA().id()), month);
		assertThat(figures.get(world.community().id()).hours()).isEqualByComparingTo(new BigDecimal("2.0"));
		assertThat(figures.get(world.community().id()).volunteers()).isEqualTo(1);
		assertThat(figures.get(world.street().id()).hours()).isEqualByComparingTo(new BigDecimal("2.0"));
		assertThat(figures.get(world.gridA().id()).hours()).isEqualByComparingTo(BigDecimal.ZERO);
		assertThat(hours.perUnitAndMonth(List.of(world.community().id()), month.minusMonths(1))
			.get(world.community().id()).hours()).isEqualByComparingTo(BigDecimal.ZERO);
		assertThat(head.get("/api/v1/volunteers/" + volunteer).json().get("approvedHours").asString()).isEqualTo("2.0");
	}

	private int balance(UUID volunteer) {
		return jdbc.sql("select balance from volunteer_balance where volunteer_id = ?").param(volunteer)
			.query(Integer.class).single();
	}

	private long lines(UUID volunteer) {
		return jdbc.sql("select count(*) from volunteer_points where volunteer_id = ?").param(volunteer)
			.query(Long.class).single();
	}
}
