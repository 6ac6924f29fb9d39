package org.pomegranate.organization.web;

import static org.assertj.core.api.Assertions.assertThat;

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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code /api/v1/org-units} over real HTTP: the caller's own unit, children within scope, 404 outside. */
@IntegrationTest
class OrgUnitApiTests {

	@LocalServerPort
	int port;

	@Autowired
	JsonMapper json;

	@Autowired
	TestFixtures fixtures;

	World world;
	ApiClient api;

	@BeforeEach
	void setUp() {
		world = fixtures.world();
		api = new ApiClient(port, json);
	}

	@Test
	void withoutAParentTheCallerSeesTheirOwnUnit() {
		Response response = api.as(world.head()).get("/api/v1/org-units");

		assertThat(response.status()).isEqualTo(200);
		JsonNode page = response.json();
		assertThat(page.path("total").asLong()).isEqualTo(1);
		assertThat(page.path("items")).singleElement().satisfies(unit -> {
			assertThat(unit.path("id").asString()).isEqualTo(world.community().id().toString());
			assertThat(unit.path("nameZh").asString()).isEqualTo(world.community().nameZh());
			assertThat(unit.path("level").asString()).isEqualTo("COMMUNITY");
		});

		assertThat(api.as(world.workerA()).get("/api/v1/org-units").json().path("items").get(0).path("id").asString())
			.isEqualTo(world.gridA().id().toString());
	}

	@Test
	void listsTheChildrenOfAUnitInScopePaged() {
		Response all = api.as(world.officer()).get("/api/v1/org-units?parentId=" + world.community().id());
		assertThat(all.status()).isEqualTo(200);
		assertThat(all.json().path("items").values()).extracting(u -> u.path("id").asString())
			.containsExactlyInAnyOrder(world.gridA().id().toString(), world.gridB().id().toString());
		assertThat(all.json().path("total").asLong()).isEqualTo(2);

		JsonNode first = api.as(world.officer()).get("/api/v1/org-units?parentId=" + world.community().id() + "&size=1")
			.json();
		JsonNode second = api.as(world.officer())
			.get("/api/v1/org-units?parentId=" + world.community().id() + "&size=1&page=1").json();
		assertThat(first.path("items").size()).isEqualTo(1);
		assertThat(second.path("items").size()).isEqualTo(1);
		assertThat(first.path("total").asLong()).isEqualTo(2);
		assertThat(first.path("items").get(0).path("id").asString())
			.isNotEqualTo(second.path("items").get(0).path("id").asString());

		Response one = api.as(world.head()).get("/api/v1/org-units/" + world.gridB().id());
		assertThat(one.status()).isEqualTo(200);
		assertThat(one.json().path("parentId").asString()).isEqualTo(world.community().id().toString());
	}

	@Test
	void aUnitOutsideTheScopeLooksLikeOneThatDoesNotExist() {
		Response outside = api.as(world.workerA()).get("/api/v1/org-units/" + world.gridB().id());
		Response missing = api.as(world.workerA()).get("/api/v1/org-units/" + UUID.randomUUID());
		Response aboveChildren = api.as(world.head()).get("/api/v1/org-units?parentId=" + world.street().id());

		for (Response r : new Response[] { outside, missing, aboveChildren }) {
			assertThat(r.status()).isEqualTo(404);
			assertThat(r.header("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
			assertThat(r.message()).isNotBlank();
		}
		assertThat(outside.body()).isEqualTo(missing.body());
	}

	@Test
	void anIllTypedIdIsABadRequestNamingTheParameter() {
		Response response = api.as(world.head()).language("en").get("/api/v1/org-units?parentId=not-a-uuid");
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.fieldErrors()).containsKey("parentId");

		Response page = api.as(world.head()).get("/api/v1/org-units?parentId=" + world.community().id() + "&page=abc");
		assertThat(page.status()).isEqualTo(400);
		assertThat(page.fieldErrors()).containsKey("page");
	}

	@Test
	void residentsAndVolunteersHaveNoOrgTree() {
		Response response = api.as(fixtures.account("vol" + world.suffix(), "志愿者", org.pomegranate.identity.Role.VOLUNTEER,
				world.community().id())).get("/api/v1/org-units");
		assertThat(response.status()).isEqualTo(403);
		assertThat(response.message()).isNotBlank();
	}
}
