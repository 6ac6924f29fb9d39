package org.pomegranate.organization.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/** Creating, renaming, moving and closing units over {@code /api/v1/org-units}: scope, bad input, history. */
@IntegrationTest
class OrgUnitEditApiTests {

	@LocalServerPort
	int port;

	@Autowired
	JsonMapper json;

	@Autowired
	TestFixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	World world;
	ApiClient api;
	String officer;

	@BeforeEach
	void setUp() {
		world = fixtures.world();
		api = new ApiClient(port, json);
		officer = fixtures.account("cty" + world.suffix(), "县干部", Role.COUNTY_OFFICER, world.county().id());
	}

	@Test
	void aCountyOfficerCreatesRenamesMovesAndClosesBelowTheirCounty() {
		Response created = api.as(officer).post("/api/v1/org-units",
				body(world.community().id(), "新网格", "New Grid"));
		assertThat(created.status()).isEqualTo(201);
		String id = created.json().path("id").asString();
		assertThat(created.json().path("level").asString()).isEqualTo("GRID");
		assertThat(created.header("Location")).hasValue("/api/v1/org-units/" + id);

		Map<String, Object> rename = body(world.community().id(), "三号网格", "Grid 3");
		rename.put("nameBo", "དྲ་མིག་གསུམ་པ།");
		rename.put("nameMn", "ᠭᠤᠷᠪᠠᠳᠤᠭᠠᠷ ᠲᠣᠣᠷ");
		Response renamed = api.as(officer).put("/api/v1/org-units/" + id, rename);
		assertThat(renamed.status()).isEqualTo(200);
		assertThat(renamed.json().path("nameBo").asString()).isEqualTo("དྲ་མིག་གསུམ་པ།");

		Response closed = api.as(officer).post("/api/v1/org-units/" + id + "/close", Map.of());
		assertThat(closed.status()).isEqualTo(200);
		assertThat(closed.json().path("closed").asBoolean()).isTrue();

		Response history = api.as(officer).get("/api/v1/org-units/" + id + "/history");
		assertThat(history.json().values()).extracting(c -> c.path("kind").asString())
			.containsExactly("CLOSE", "RENAME", "CREATE");
	}

	@Test
	void closingAUnitThatStillHoldsThingsIsAConflictSayingWhat() {
		Response refused = api.as(officer).language("en").post("/api/v1/org-units/" + world.gridB().id() + "/close",
				Map.of());
		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.message()).contains("staff accounts: 1").contains("buildings: 1").contains("Move them");
		assertThat(api.as(officer).get("/api/v1/org-units/" + world.gridB().id()).json().path("closed").asBoolean())
			.isFalse();
	}

	@Test
	void anotherCountysOfficerFindsNothingAndCannotReachIn() {
		World other = fixtures.world();
		String stranger = fixtures.account("cty2" + world.suffix(), "他县干部", Role.COUNTY_OFFICER, other.county().id());

		Response put = api.as(stranger).put("/api/v1/org-units/" + world.gridA().id(),
				body(world.community().id(), "改名", null));
		Response close = api.as(stranger).post("/api/v1/org-units/" + world.gridA().id() + "/close", Map.of());
		Response history = api.as(stranger).get("/api/v1/org-units/" + world.gridA().id() + "/history");
		Response create = api.as(stranger).post("/api/v1/org-units", body(world.community().id(), "越界", null));
		assertThat(put.status()).isEqualTo(404);
		assertThat(close.status()).isEqualTo(404);
		assertThat(history.status()).isEqualTo(404);
		assertThat(create.status()).isEqualTo(400);
		assertThat(create.fieldErrors()).containsKey("parentId");
		assertThat(api.as(world.head()).get("/api/v1/org-units/" + world.gridA().id()).json().path("nameZh").asString())
			.isEqualTo(world.gridA().nameZh());
		assertThat(api.as(world.head()).post("/api/v1/org-units", body(world.community().id(), "无权", null)).status())
			.isEqualTo(403);
	}

	@Test
	void badInputIsRefusedByFieldAndWritesNothing() {
		long before = count();
		Response unknownParent = api.as(officer).language("en").post("/api/v1/org-units", body(UUID.randomUUID(), "网格", null));
		Response control = api.as(officer).post("/api/v1/org-units", body(world.community().id(), "网格\u0000", null));
		Response tooLong = api.as(officer).post("/api/v1/org-units", body(world.community().id(), "网".repeat(101), null));
		Map<String, Object> badCode = body(world.street().id(), "社区", null);
		badCode.put("code", "63");
		Response code = api.as(officer).post("/api/v1/org-units", badCode);
		Response unknownUnit = api.as(officer).put("/api/v1/org-units/" + UUID.randomUUID(), body(world.community().id(), "x", null));
		Response badMove = api.as(officer).put("/api/v1/org-units/" + world.street().id(),
				body(world.gridA().id(), world.street().nameZh(), null));

		assertThat(unknownParent.status()).isEqualTo(400);
		assertThat(unknownParent.fieldErrors()).containsEntry("parentId", "No such unit");
		assertThat(control.fieldErrors()).containsKey("nameZh");
		assertThat(tooLong.fieldErrors()).containsKey("nameZh");
		assertThat(code.fieldErrors()).containsKey("code");
		assertThat(unknownUnit.status()).isEqualTo(404);
		assertThat(badMove.status()).isEqualTo(400);
		assertThat(badMove.fieldErrors()).containsKey("parentId");
		assertThat(count()).isEqualTo(before);
	}

	private long count() {
		return jdbc.sql("select (select count(*) from org_unit) + (select count(*) from org_unit_history)")
			.query(Long.class).single();
	}

	private static Map<String, Object> body(UUID parent, String zh, String en) {
		Map<String, Object> body = new HashMap<>();
		body.put("parentId", parent);
		body.put("nameZh", zh);
		body.put("nameEn", en);
		return body;
	}
}
