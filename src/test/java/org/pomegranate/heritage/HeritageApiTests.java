package org.pomegranate.heritage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.pomegranate.ApiClient;
import org.pomegranate.IntegrationTest;
import org.pomegranate.TestFixtures;
import org.pomegranate.TestFixtures.World;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Heritage projects, inheritors and cultural sites over real HTTP: scope, bad input, keyset paging. */
@IntegrationTest
class HeritageApiTests {

	@LocalServerPort
	int port;
	@Autowired
	JsonMapper json;
	@Autowired
	TestFixtures fixtures;

	@Test
	void aHeadKeepsHerCommunitysRecordsWhichTheStreetSeesAndOthersDoNot() {
		World world = fixtures.world();
		World other = fixtures.world();
		ApiClient head = new ApiClient(port, json).as(world.head()).language("en");
		ApiClient.Response created = head.post("/api/v1/heritage/projects", Map.of("name", "社区花儿传唱",
				"category", "TRADITIONAL_MUSIC", "level", "COUNTY", "regionId", world.community().id().toString(),
				"description", "社区花儿爱好者每周传唱", "media", List.of("https://example.org/hua.jpg")));
		assertThat(created.status()).as("%s", created).isEqualTo(201);
		String id = created.json().path("id").asString();
		assertThat(head.post("/api/v1/heritage/inheritors", Map.of("projectId", id, "name", "传承人甲",
				"level", "COUNTY")).status()).isEqualTo(201);
		assertThat(head.post("/api/v1/heritage/projects/" + id + "/outreach", Map.of("kind", "SCHOOLS",
				"heldOn", "2026-10-01", "place", "社区小学", "audience", 60)).status()).isEqualTo(201);

		// the street above sees it; another community's head does not
		ApiClient officer = new ApiClient(port, json).as(world.officer());
		assertThat(officer.get("/api/v1/heritage/projects/" + id).json().path("inheritors").asLong()).isEqualTo(1);
		assertThat(new ApiClient(port, json).as(other.head()).get("/api/v1/heritage/projects/" + id).status())
			.isEqualTo(404);

		// bad input: an unknown category, a region outside her area, a control character, a bad link
		assertThat(head.post("/api/v1/heritage/projects", Map.of("name", "x", "category", "DANCE", "level", "COUNTY",
				"regionId", world.community().id().toString(), "description", "d")).status()).isEqualTo(400);
		assertThat(head.post("/api/v1/heritage/projects", Map.of("name", "x", "category", "FOLK_CUSTOMS", "level",
				"COUNTY", "regionId", world.street().id().toString(), "description", "d")).fieldErrors())
			.containsKey("regionId");
		assertThat(head.post("/api/v1/cultural-sites", Map.of("kind", "MUSEUM", "name", "馆\u0000",
				"unitId", world.community().id().toString(), "address", "a", "offers", "o", "openingHours", "h",
				"description", "d")).fieldErrors()).containsKey("name");
		assertThat(head.post("/api/v1/heritage/projects", Map.of("name", "y", "category", "FOLK_CUSTOMS", "level",
				"COUNTY", "regionId", world.community().id().toString(), "description", "d", "media",
				List.of("javascript:alert(1)"))).fieldErrors()).containsKey("media");
		assertThat(head.post("/api/v1/heritage/projects", Map.of("name", "社区花儿传唱", "category", "FOLK_CUSTOMS",
				"level", "COUNTY", "regionId", world.community().id().toString(), "description", "d")).status())
			.isEqualTo(409);
		// a grid worker reads but does not keep the register
		assertThat(new ApiClient(port, json).as(world.workerA()).post("/api/v1/cultural-sites", Map.of("kind",
				"MUSEUM", "name", "馆", "unitId", world.gridA().id().toString(), "address", "a", "offers", "o",
				"openingHours", "h", "description", "d")).status()).isEqualTo(403);

		for (int i = 0; i < 3; i++) {
			assertThat(head.post("/api/v1/cultural-sites", Map.of("kind", "CULTURE_STREET", "name", "文化街" + i,
					"unitId", world.community().id().toString(), "address", "团结路", "offers", "手工艺",
					"openingHours", "全天", "description", "民族文化街区")).status()).isEqualTo(201);
		}
		JsonNode page = head.get("/api/v1/cultural-sites?kind=CULTURE_STREET&size=2").json();
		assertThat(page.path("items").size()).isEqualTo(2);
		assertThat(page.path("next").isNull()).isFalse();
	}
}
