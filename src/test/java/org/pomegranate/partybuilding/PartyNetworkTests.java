package org.pomegranate.partybuilding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.pomegranate.ApiClient;
import org.pomegranate.IntegrationTest;
import org.pomegranate.TestFixtures;
import org.pomegranate.TestFixtures.World;
import org.pomegranate.registry.RegistryManagement;
import org.pomegranate.volunteers.VolunteerWorld;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The party-building network through the API: organisations of a community, a grid and a building with
 * staff leaders; a cadre reports once; a vanguard team of staff, a volunteer and a cadre counted by
 * kind; bad ids refused; another county's staff see nothing.
 */
@IntegrationTest
class PartyNetworkTests {

	@LocalServerPort
	int port;
	@Autowired
	JsonMapper json;
	@Autowired
	TestFixtures fixtures;
	@Autowired
	RegistryManagement registry;

	@Test
	void aCommunitysNetworkWithItsTeamAndCadres() {
		World world = fixtures.world();
		ApiClient head = new ApiClient(port, json).as(world.head()).language("en");
		UUID headId = fixtures.accountId(world.head());
		UUID workerA = fixtures.accountId(world.workerA());
		assertThat(head.put("/api/v1/party-network/organizations", Map.of("unitId", world.community().id(), "name",
				"石榴社区党总支", "leaderId", headId)).status()).isEqualTo(204);
		assertThat(head.put("/api/v1/party-network/organizations", Map.of("unitId", world.gridA().id(), "name",
				"第一网格党支部", "leaderId", workerA)).status()).isEqualTo(204);
		assertThat(head.put("/api/v1/party-network/organizations", Map.of("buildingId", world.buildingA1(), "name",
				"1号楼党小组", "leaderId", workerA)).status()).isEqualTo(204);
		assertThat(head.put("/api/v1/party-network/organizations", Map.of("unitId", world.gridB().id(), "name", "x",
				"leaderId", UUID.randomUUID())).fieldErrors()).containsKey("leaderId");
		assertThat(head.put("/api/v1/party-network/organizations", Map.of("unitId", world.street().id(), "name", "x"))
			.status()).isEqualTo(400);

		VolunteerWorld volunteers = new VolunteerWorld(fixtures, registry);
		UUID resident = volunteers.resident(world, "报到" + world.suffix());
		ApiClient.Response cadre = head.post("/api/v1/cadres", Map.of("residentId", resident, "registeredOn",
				LocalDate.now().minusDays(3).toString(), "offers", "政策宣讲"));
		assertThat(cadre.status()).isEqualTo(201);
		assertThat(head.post("/api/v1/cadres", Map.of("residentId", resident, "registeredOn",
				LocalDate.now().toString(), "offers", "政策宣讲")).status()).isEqualTo(409);
		assertThat(head.post("/api/v1/cadres", Map.of("residentId", resident, "registeredOn",
				LocalDate.now().plusDays(3).toString(), "offers", "x")).fieldErrors()).containsKey("registeredOn");
		UUID cadreId = UUID.fromString(cadre.header("location").orElseThrow().replaceAll(".*/", ""));
		UUID volunteer = volunteers.register(new ApiClient(port, json).as(world.head()),
				volunteers.resident(world, "先锋" + world.suffix()));

		ApiClient.Response team = head.post("/api/v1/vanguard-teams", Map.of("unitId", world.community().id(), "name",
				"民族团结进步先锋示范队"));
		assertThat(team.status()).isEqualTo(201);
		String members = "/api/v1/vanguard-teams/" + team.json().get("id").asString() + "/members";
		assertThat(head.post(members, Map.of("accountId", headId)).status()).isEqualTo(201);
		assertThat(head.post(members, Map.of("accountId", headId)).status()).isEqualTo(409);
		assertThat(head.post(members, Map.of("volunteerId", volunteer)).status()).isEqualTo(201);
		assertThat(head.post(members, Map.of("cadreId", cadreId)).status()).isEqualTo(201);
		assertThat(head.post(members, Map.of("cadreId", UUID.randomUUID())).fieldErrors()).containsKey("cadreId");
		assertThat(head.post(members, Map.of()).status()).isEqualTo(400);

		JsonNode tree = head.get("/api/v1/party-network?unitId=" + world.gridA().id()).json();
		assertThat(tree.get("organization").get("name").asString()).isEqualTo("石榴社区党总支");
		assertThat(tree.get("cadres").asInt()).isEqualTo(1);
		JsonNode gridA = tree.get("grids").get(0).get("gridId").asString().equals(world.gridA().id().toString())
				? tree.get("grids").get(0) : tree.get("grids").get(1);
		assertThat(gridA.get("organization").get("leaderId").asString()).isEqualTo(workerA.toString());
		assertThat(gridA.findValuesAsString("name")).contains("1号楼党小组");
		JsonNode counted = tree.get("teams").get(0);
		assertThat(counted.get("staff").asInt() + counted.get("volunteers").asInt() + counted.get("cadres").asInt())
			.isEqualTo(3);
		assertThat(tree.toString()).doesNotContain("报到" + world.suffix());

		World other = fixtures.world();
		ApiClient stranger = new ApiClient(port, json).as(other.head());
		assertThat(stranger.get("/api/v1/party-network?unitId=" + world.community().id()).status()).isEqualTo(404);
		assertThat(stranger.get("/api/v1/cadres?unitId=" + world.community().id()).status()).isEqualTo(404);
		assertThat(stranger.post(members, Map.of("accountId", fixtures.accountId(other.head()))).status())
			.isEqualTo(404);
	}
}
