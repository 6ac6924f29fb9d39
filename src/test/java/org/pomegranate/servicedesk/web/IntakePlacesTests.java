package org.pomegranate.servicedesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pomegranate.ApiClient;
import org.pomegranate.ApiClient.Response;
import org.pomegranate.IntegrationTest;
import org.pomegranate.TestFixtures;
import org.pomegranate.TestFixtures.World;
import org.pomegranate.organization.OrgLevel;
import org.pomegranate.organization.OrgUnit;
import org.pomegranate.organization.OrganizationManagement;
import org.pomegranate.registry.RegistryManagement;
import org.pomegranate.servicedesk.ServiceCatalogue;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Where an intake goes and which ids it may name: a resident whose typed address is not in the
 * register is served by her household's grid, not by the county's fallback; ids in the body that are
 * unknown or beyond the caller's scope answer 400 naming the field, and nothing is written.
 */
@IntegrationTest
class IntakePlacesTests {

	@LocalServerPort
	int port;

	@Autowired
	tools.jackson.databind.json.JsonMapper json;

	@Autowired
	TestFixtures fixtures;

	@Autowired
	RegistryManagement registry;

	@Autowired
	OrganizationManagement organization;

	@Autowired
	ServiceCatalogue catalogue;

	@Autowired
	JdbcClient jdbc;

	World world;
	ApiClient api;
	UUID household;
	UUID resident;
	String residentLogin;

	@BeforeEach
	void setUp() {
		world = fixtures.world();
		api = new ApiClient(port, json).language("en");
		household = fixtures.as(world.head(),
				() -> registry.createHousehold(TestFixtures.household(world.buildingA1(), "1", "101")));
		resident = fixtures.as(world.head(),
				() -> registry.createResident(TestFixtures.resident(household, "测试居民", null, null)));
		residentLogin = fixtures.residentAccount("res" + world.suffix(), "测试居民", resident);
	}

	@Test
	void aResidentsUnknownAddressIsServedByHerHouseholdsGrid() {
		Map<String, Object> body = body();
		body.put("address", "不存在的小区" + world.suffix() + " 9号楼");
		Response r = api.as(residentLogin).post("/api/v1/service-requests", body);
		assertThat(r.status()).as("%s", r).isEqualTo(201);
		UUID id = UUID.fromString(r.json().path("id").asString());
		assertThat(jdbc.sql("select unit_id from service_request where id = ?").param(id).query(UUID.class).single())
			.isEqualTo(world.gridA().id());
		assertThat(jdbc.sql("select kind from service_request_event where request_id = ? order by id").param(id)
			.query(String.class).list()).contains("ROUTED_HOUSEHOLD").doesNotContain("ROUTED_FALLBACK");
	}

	@Test
	void unknownOrForeignIdsInTheBodyAnswer400NamingTheField() {
		ApiClient workerB = api.as(world.workerB());
		long before = requests();
		refused(workerB, "residentId", UUID.randomUUID());
		refused(workerB, "residentId", resident);
		refused(workerB, "householdId", UUID.randomUUID());
		refused(workerB, "householdId", household);
		refused(api.as(world.head()), "communityId", UUID.randomUUID());
		// a grid is not a community
		refused(api.as(world.head()), "communityId", world.gridA().id());
		// a community of another prefecture: it would file the request where its taker cannot follow it
		World elsewhere = fixtures.world();
		refused(api.as(world.head()), "communityId", elsewhere.community().id());
		OrgUnit county = organization.create(world.prefecture().id(), null, "邻县" + world.suffix(),
				"Y County", OrgLevel.COUNTY);
		OrgUnit street = organization.create(county.id(), null, "邻县街道", "Y Street", OrgLevel.STREET);
		OrgUnit community = organization.create(street.id(), null, "邻县社区", "Y Community",
				OrgLevel.COMMUNITY);
		refused(api.as(world.head()), "communityId", community.id());
		// a resident may name any community, but it must be one
		refused(api.as(residentLogin), "communityId", UUID.randomUUID());
		assertThat(requests()).isEqualTo(before);
	}

	private void refused(ApiClient caller, String field, UUID id) {
		Map<String, Object> body = body();
		body.put("channel", "PHONE");
		body.put("contactName", "来电人");
		if (field.equals("communityId")) {
			body.put("address", "无此地址" + world.suffix());
		}
		body.put(field, id);
		Response r = caller.post("/api/v1/service-requests", body);
		assertThat(r.status()).as("%s=%s: %s", field, id, r).isEqualTo(400);
		assertThat(r.fieldErrors()).containsKey(field);
		assertThat(r.fieldErrors().get(field)).doesNotContain("error.");
	}

	private Map<String, Object> body() {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("categoryId", catalogue.byCode("HOUSING_REPAIR").id());
		body.put("description", "楼道灯坏了");
		body.put("extra", Map.of("part", "wiring"));
		return body;
	}

	private long requests() {
		return jdbc.sql("select count(*) from service_request").query(Long.class).single();
	}
}
