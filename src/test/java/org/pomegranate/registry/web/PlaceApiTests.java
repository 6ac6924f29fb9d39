package org.pomegranate.registry.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pomegranate.ApiClient;
import org.pomegranate.ApiClient.Response;
import org.pomegranate.IntegrationTest;
import org.pomegranate.TestFixtures;
import org.pomegranate.TestFixtures.World;
import org.pomegranate.identity.Role;
import org.pomegranate.registry.Gender;
import org.pomegranate.registry.Language;
import org.pomegranate.registry.RegistryManagement;
import org.pomegranate.registry.ResidentForm;
import org.pomegranate.servicedesk.Intake;
import org.pomegranate.servicedesk.IntakeReceipt;
import org.pomegranate.servicedesk.ServiceCatalogue;
import org.pomegranate.servicedesk.ServiceDesk;
import org.pomegranate.shared.web.InvalidInputException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/** Compounds and buildings over {@code /api/v1}: keeping them, paging, moving a building with its households' routing, retiring, scope and bad input. */
@IntegrationTest
class PlaceApiTests {

	@LocalServerPort
	int port;

	@Autowired
	JsonMapper json;

	@Autowired
	TestFixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	RegistryManagement registry;

	@Autowired
	ServiceDesk desk;

	@Autowired
	ServiceCatalogue catalogue;

	World world;
	ApiClient api;

	@BeforeEach
	void setUp() {
		world = fixtures.world();
		api = new ApiClient(port, json);
	}

	@Test
	void theCommunityHeadAddsCompoundsAndBuildingsAndPagesThroughThem() {
		for (String name : new String[] { "丙园", "甲园", "乙园" }) {
			assertThat(api.as(world.head()).post("/api/v1/compounds",
					Map.of("communityId", world.community().id(), "name", name, "address", "昆仑路" + name)).status())
				.isEqualTo(201);
		}
		Response first = api.as(world.head()).get("/api/v1/compounds?communityId=" + world.community().id() + "&size=2");
		Response second = api.as(world.head()).get("/api/v1/compounds?communityId=" + world.community().id()
				+ "&size=2&after=" + first.json().path("next").asString());
		java.util.List<String> names = new java.util.ArrayList<>();
		first.json().path("items").values().forEach(c -> names.add(c.path("name").asString()));
		second.json().path("items").values().forEach(c -> names.add(c.path("name").asString()));
		// name order in the database's collation, each compound once across the two pages
		assertThat(names).containsExactlyInAnyOrder("丙园", "甲园", "乙园", world.compoundName());
		assertThat(second.json().path("next").isNull()).isTrue();

		Response building = api.as(world.head()).post("/api/v1/buildings",
				Map.of("compoundId", world.compound(), "gridId", world.gridB().id(), "name", "4号楼"));
		assertThat(building.status()).isEqualTo(201);
		assertThat(building.json().path("gridId").asString()).isEqualTo(world.gridB().id().toString());
		String id = building.json().path("id").asString();
		assertThat(api.as(world.head()).put("/api/v1/buildings/" + id, Map.of("name", "四号楼")).json().path("name")
			.asString()).isEqualTo("四号楼");
		assertThat(api.as(world.head()).get("/api/v1/buildings?compoundId=" + world.compound()).json().path("items")
			.values()).extracting(b -> b.path("name").asString()).contains("1号楼", "3号楼", "四号楼");
	}

	@Test
	void aBuildingMovedToAnotherGridSendsItsHouseholdsNextRequestThere() {
		UUID household = fixtures.as(world.head(),
				() -> registry.createHousehold(TestFixtures.household(world.buildingA1(), "2", "201")));
		UUID resident = fixtures.as(world.head(), () -> registry.createResident(new ResidentForm(household, "德吉",
				Gender.FEMALE, LocalDate.of(1979, 2, 1), null, null, Language.ZH, null, Set.of(), false, Set.of())));
		String login = fixtures.residentAccount("rm" + world.suffix(), "德吉", resident);
		assertThat(unitOf(repair(login, "before"))).isEqualTo(world.gridA().id());

		Response moved = api.as(world.head()).post("/api/v1/buildings/" + world.buildingA1() + "/move",
				Map.of("gridId", world.gridB().id()));
		assertThat(moved.status()).isEqualTo(200);

		IntakeReceipt after = repair(login, "after");
		assertThat(unitOf(after)).isEqualTo(world.gridB().id());
		assertThat(jdbc.sql("select assignee_id from service_request where id = ?").param(after.id()).query(UUID.class)
			.single()).isEqualTo(fixtures.accountId(world.workerB()));
		assertThat(jdbc.sql("select count(*) from audit_entry where subject_type = 'BUILDING' and action = 'MOVE' and subject_id = ?")
			.param(world.buildingA1()).query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void aBuildingRetiresOnlyWhenNobodyLivesThereAndThenTakesNoHousehold() {
		UUID household = fixtures.as(world.head(),
				() -> registry.createHousehold(TestFixtures.household(world.buildingA2(), "1", "101")));
		Response refused = api.as(world.head()).language("en").post("/api/v1/buildings/" + world.buildingA2() + "/retire", Map.of());
		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.message()).contains("1 households");

		Response retired = api.as(world.head()).post("/api/v1/buildings/" + world.buildingB() + "/retire", Map.of());
		assertThat(retired.status()).isEqualTo(200);
		assertThat(retired.json().path("retired").asBoolean()).isTrue();
		assertThat(household).isNotNull();
		try {
			fixtures.as(world.head(), () -> registry.createHousehold(TestFixtures.household(world.buildingB(), "1", "1")));
			throw new AssertionError("a retired building took a household");
		}
		catch (InvalidInputException e) {
			assertThat(e.fieldErrors()).containsKey("buildingId");
		}
		assertThat(api.as(world.head()).post("/api/v1/buildings/" + world.buildingB() + "/move",
				Map.of("gridId", world.gridA().id())).status()).isEqualTo(409);
	}

	@Test
	void outsideTheirScopeStaffFindNothingAndIdsInABodyAreNamed() {
		World other = fixtures.world();
		String stranger = fixtures.account("cty" + world.suffix(), "他县干部", Role.COUNTY_OFFICER, other.county().id());
		assertThat(api.as(stranger).get("/api/v1/compounds/" + world.compound()).status()).isEqualTo(404);
		assertThat(api.as(stranger).get("/api/v1/compounds?communityId=" + world.community().id()).status()).isEqualTo(404);
		assertThat(api.as(other.head()).post("/api/v1/buildings/" + world.buildingA1() + "/retire", Map.of()).status())
			.isEqualTo(404);
		assertThat(api.as(other.head()).put("/api/v1/buildings/" + UUID.randomUUID(), Map.of("name", "x")).status())
			.isEqualTo(404);

		Response foreignGrid = api.as(world.head()).post("/api/v1/buildings",
				Map.of("compoundId", world.compound(), "gridId", other.gridA().id(), "name", "5号楼"));
		Response unknownCompound = api.as(world.head()).post("/api/v1/buildings",
				Map.of("compoundId", UUID.randomUUID(), "gridId", world.gridA().id(), "name", "5号楼"));
		Response foreignCommunity = api.as(world.head()).post("/api/v1/compounds",
				Map.of("communityId", other.community().id(), "name", "越界园", "address", "某路"));
		assertThat(foreignGrid.status()).isEqualTo(400);
		assertThat(foreignGrid.fieldErrors()).containsKey("gridId");
		assertThat(unknownCompound.fieldErrors()).containsKey("compoundId");
		assertThat(foreignCommunity.fieldErrors()).containsKey("communityId");

		String keeper = fixtures.account("cty2" + world.suffix(), "县干部", Role.COUNTY_OFFICER, world.county().id());
		assertThat(api.as(keeper).post("/api/v1/buildings/" + world.buildingA1() + "/move",
				Map.of("gridId", world.gridB().id())).status()).isEqualTo(200);
	}

	@Test
	void badNamesAreRefusedAndNothingIsWritten() {
		long before = places();
		Map<String, Object> control = new HashMap<>(Map.of("communityId", world.community().id(), "name", "园\u0001",
				"address", "路"));
		Map<String, Object> tooLong = new HashMap<>(Map.of("communityId", world.community().id(), "name", "园",
				"address", "路".repeat(201)));
		Response c = api.as(world.head()).post("/api/v1/compounds", control);
		Response t = api.as(world.head()).post("/api/v1/compounds", tooLong);
		Response b = api.as(world.head()).post("/api/v1/buildings",
				Map.of("compoundId", world.compound(), "gridId", world.gridA().id(), "name", "楼".repeat(51)));
		Response blank = api.as(world.head()).put("/api/v1/buildings/" + world.buildingA1(), Map.of("name", "  "));
		assertThat(c.status()).isEqualTo(400);
		assertThat(c.fieldErrors()).containsKey("name");
		assertThat(t.fieldErrors()).containsKey("address");
		assertThat(b.fieldErrors()).containsKey("name");
		assertThat(blank.fieldErrors()).containsKey("name");
		assertThat(places()).isEqualTo(before);
	}

	private IntakeReceipt repair(String login, String key) {
		return fixtures.as(login, () -> desk.intake(new Intake(catalogue.byCode("HOUSING_REPAIR").id(), "窗户坏了",
				Map.of("part", "window"), null, null, null, null, null, null, null, null, null), key + world.suffix()));
	}

	private UUID unitOf(IntakeReceipt receipt) {
		return jdbc.sql("select unit_id from service_request where id = ?").param(receipt.id()).query(UUID.class).single();
	}

	private long places() {
		return jdbc.sql("select (select count(*) from compound) + (select count(*) from building) + "
				+ "(select count(*) from audit_entry where subject_type in ('COMPOUND', 'BUILDING'))").query(Long.class).single();
	}
}
