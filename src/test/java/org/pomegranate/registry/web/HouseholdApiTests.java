package org.pomegranate.registry.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pomegranate.ApiClient;
import org.pomegranate.ApiClient.Response;
import org.pomegranate.IntegrationTest;
import org.pomegranate.TestFixtures;
import org.pomegranate.TestFixtures.World;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code /api/v1/households} over real HTTP: list paged, read, create (201 + Location), change, move. */
@IntegrationTest
class HouseholdApiTests {

	@LocalServerPort
	int port;

	@Autowired
	JsonMapper json;

	@Autowired
	TestFixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	World world;
	ApiClient head;

	@BeforeEach
	void setUp() {
		world = fixtures.world();
		head = new ApiClient(port, json).as(world.head());
	}

	@Test
	void createsAHouseholdWith201AndALocationToReadItBack() {
		Response created = head.post("/api/v1/households", household(world.buildingA1(), "2", "301"));

		assertThat(created.status()).isEqualTo(201);
		String id = created.json().path("id").asString();
		assertThat(created.header("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/api/v1/households/" + id));
		assertThat(created.json().path("address").asString()).isEqualTo(world.compoundName() + " 1号楼-2-301");
		assertThat(created.json().path("gridId").asString()).isEqualTo(world.gridA().id().toString());

		Response read = head.get("/api/v1/households/" + id);
		assertThat(read.status()).isEqualTo(200);
		assertThat(read.json().path("room").asString()).isEqualTo("301");
		assertThat(read.json().path("residents").isArray()).isTrue();
		assertThat(read.json().path("pastAddresses").isEmpty()).isTrue();
	}

	@Test
	void listsHouseholdsInScopePagedAndFilteredByAddress() {
		for (String room : new String[] { "101", "102", "103" }) {
			assertThat(head.post("/api/v1/households", household(world.buildingA1(), "1", room)).status()).isEqualTo(201);
		}
		assertThat(head.post("/api/v1/households", household(world.buildingB(), "1", "101")).status()).isEqualTo(201);

		// five in one stair, so that the address order and the cursor are tried on equal compounds and buildings
		for (String room : new String[] { "201", "202" }) {
			assertThat(head.post("/api/v1/households", household(world.buildingA1(), "1", room)).status()).isEqualTo(201);
		}
		JsonNode first = head.get("/api/v1/households?size=3").json();
		assertThat(first.path("total").path("value").asLong()).isEqualTo(6);
		assertThat(first.path("total").path("kind").asString()).isEqualTo("EXACT");
		assertThat(first.path("size").asInt()).isEqualTo(3);
		assertThat(first.path("from").asLong()).isEqualTo(1);
		List<String> seen = new ArrayList<>(addresses(first));
		JsonNode second = head.get("/api/v1/households?size=3&after=" + first.path("next").asString()).json();
		assertThat(second.path("from").asLong()).isEqualTo(4);
		seen.addAll(addresses(second));
		assertThat(second.path("next").isNull() || second.path("next").isMissingNode()).isTrue();
		// every household once, in the address order of the list read in one page
		assertThat(seen).hasSize(6).doesNotHaveDuplicates()
			.containsExactlyElementsOf(addresses(head.get("/api/v1/households?size=10").json()));
		assertThat(head.get("/api/v1/households?after=garbage").status()).isEqualTo(400);

		JsonNode building3 = head.get("/api/v1/households?address=3%E5%8F%B7%E6%A5%BC").json(); // 3号楼
		assertThat(building3.path("total").path("value").asLong()).isEqualTo(1);
		assertThat(building3.path("items").get(0).path("address").asString()).contains("3号楼-1-101");

		// a grid worker sees only their grid, and a cursor naming a household of another grid shows her nothing
		ApiClient workerB = new ApiClient(port, json).as(world.workerB());
		JsonNode gridB = workerB.get("/api/v1/households").json();
		assertThat(gridB.path("total").path("value").asLong()).isEqualTo(1);
		assertThat(workerB.get("/api/v1/households?after=" + first.path("next").asString()).json().path("items").size())
			.isZero();
	}

	@Test
	void changingTheResettlementKeepsTheAddressButMovingRecordsThePastOne() {
		String id = head.post("/api/v1/households", household(world.buildingA1(), "3", "502")).json().path("id").asString();

		Map<String, Object> resettled = household(world.buildingA1(), "3", "502");
		resettled.put("resettled", true);
		resettled.put("resettlementProject", "格尔木易地搬迁安置点");
		Response updated = head.put("/api/v1/households/" + id, resettled);
		assertThat(updated.status()).isEqualTo(200);
		assertThat(updated.json().path("resettled").asBoolean()).isTrue();
		assertThat(updated.json().path("pastAddresses").isEmpty()).isTrue();

		Response moved = head.put("/api/v1/households/" + id, household(world.buildingB(), "1", "201"));
		assertThat(moved.status()).isEqualTo(200);
		assertThat(moved.json().path("address").asString()).isEqualTo(world.compoundName() + " 3号楼-1-201");
		assertThat(moved.json().path("gridId").asString()).isEqualTo(world.gridB().id().toString());
		assertThat(moved.json().path("pastAddresses")).singleElement().satisfies(past -> {
			assertThat(past.path("address").asString()).isEqualTo(world.compoundName() + " 1号楼-3-502");
			assertThat(past.path("movedBy").asString()).isEqualTo(world.head());
			assertThat(past.path("movedAt").asString()).isNotBlank();
		});
		assertThat(jdbc.sql("select count(*) from audit_entry where subject_id = ? and action = 'MOVE'")
			.param(UUID.fromString(id)).query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void aHouseholdOutsideTheScopeIsNotFoundAndCannotBeChanged() {
		String id = head.post("/api/v1/households", household(world.buildingA1(), "1", "101")).json().path("id").asString();
		ApiClient workerB = new ApiClient(port, json).as(world.workerB());

		Response read = workerB.get("/api/v1/households/" + id);
		assertThat(read.status()).isEqualTo(404);
		assertThat(read.message()).isNotBlank();

		Response change = workerB.put("/api/v1/households/" + id, household(world.buildingB(), "1", "101"));
		assertThat(change.status()).isEqualTo(404);
		assertThat(head.get("/api/v1/households/" + id).json().path("address").asString()).contains("1号楼-1-101");
	}

	static Map<String, Object> household(UUID building, String unitNo, String room) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("buildingId", building);
		body.put("unitNo", unitNo);
		body.put("room", room);
		body.put("resettled", false);
		body.put("moveInDate", "2020-05-01");
		return body;
	}

	private static List<String> addresses(JsonNode page) {
		return page.path("items").values().stream().map(h -> h.path("address").asString()).toList();
	}
}
