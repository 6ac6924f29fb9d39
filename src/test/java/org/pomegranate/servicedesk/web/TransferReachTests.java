package org.pomegranate.servicedesk.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
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
import org.pomegranate.identity.Role;
import org.pomegranate.organization.OrgLevel;
import org.pomegranate.organization.OrgUnit;
import org.pomegranate.organization.OrganizationManagement;
import org.pomegranate.servicedesk.ServiceCatalogue;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Where a request may be handed: staff within their own county, a county officer across the
 * prefecture's counties. The request's page offers exactly those units, and the API accepts exactly
 * those.
 */
@IntegrationTest
class TransferReachTests {

	@LocalServerPort
	int port;

	@Autowired
	tools.jackson.databind.json.JsonMapper json;

	@Autowired
	TestFixtures fixtures;

	@Autowired
	OrganizationManagement organization;

	@Autowired
	ServiceCatalogue catalogue;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	World world;
	ApiClient api;
	OrgUnit neighbourGrid;
	OrgUnit foreignGrid;
	String countyOfficer;

	@BeforeEach
	void setUp() {
		world = fixtures.world();
		api = new ApiClient(port, json).language("en");
		String s = world.suffix();
		OrgUnit community = organization.create(world.street().id(), null, "邻社区" + s, "Next Community " + s,
				OrgLevel.COMMUNITY);
		neighbourGrid = organization.create(community.id(), "NG" + s, "邻社区网格" + s, "Next Grid " + s, OrgLevel.GRID);
		OrgUnit county = organization.create(world.prefecture().id(), null, "邻县" + s, "Next County " + s,
				OrgLevel.COUNTY);
		OrgUnit street = organization.create(county.id(), null, "邻县街道" + s, "X Street " + s, OrgLevel.STREET);
		OrgUnit far = organization.create(street.id(), null, "邻县社区" + s, "X Community " + s, OrgLevel.COMMUNITY);
		foreignGrid = organization.create(far.id(), "XG" + s, "邻县网格" + s, "X Grid " + s, OrgLevel.GRID);
		countyOfficer = fixtures.account("co" + s, "县干部" + s, Role.COUNTY_OFFICER, world.county().id());
	}

	@Test
	void aGridWorkerHandsARequestWithinTheCountyButNotBeyond() {
		ApiClient worker = api.as(world.workerA());
		UUID id = taken(worker);
		assertThat(worker.post(path(id), Map.of("unitId", foreignGrid.id(), "reason", "不归我们")).status())
			.isEqualTo(400);
		assertThat(worker.post(path(id), Map.of("unitId", world.prefecture().id(), "reason", "不归我们")).status())
			.isEqualTo(400);
		// the neighbouring community is in the county: handed over, and no longer the worker's to see
		Response handed = worker.post(path(id), Map.of("unitId", neighbourGrid.id(), "reason", "楼栋属于邻社区"));
		assertThat(handed.status()).isEqualTo(204);
		assertThat(unitOf(id)).isEqualTo(neighbourGrid.id());
	}

	@Test
	void aCountyOfficerHandsARequestToAnotherCounty() {
		UUID id = taken(api.as(world.workerA()));
		Response handed = api.as(countyOfficer).post(path(id), Map.of("unitId", foreignGrid.id(), "reason",
				"属于邻县"));
		assertThat(handed.status()).as("%s", handed).isEqualTo(204);
		assertThat(unitOf(id)).isEqualTo(foreignGrid.id());
	}

	@Test
	void theRequestsPageOffersExactlyTheUnitsTheDeskAccepts() throws Exception {
		UUID id = taken(api.as(world.workerA()));
		String asWorker = page(id, world.workerA());
		assertThat(asWorker).contains(option(neighbourGrid), option(world.gridB()), option(world.county()))
			.doesNotContain(option(foreignGrid), option(world.prefecture()), option(world.gridA()));
		String asOfficer = page(id, countyOfficer);
		assertThat(asOfficer).contains(option(foreignGrid), option(neighbourGrid))
			.doesNotContain(option(world.prefecture()));
	}

	private UUID taken(ApiClient staff) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("categoryId", catalogue.byCode("HOUSING_REPAIR").id());
		body.put("description", "楼道漏水");
		body.put("extra", Map.of("part", "pipe"));
		body.put("channel", "PHONE");
		body.put("contactName", "来电人");
		body.put("communityId", world.community().id());
		Response r = staff.post("/api/v1/service-requests", body);
		assertThat(r.status()).as("%s", r).isEqualTo(201);
		UUID id = UUID.fromString(r.json().path("id").asString());
		// grid A's worker must see it to hand it on: place it in grid A
		jdbc.sql("update service_request set unit_id = ? where id = ?").params(world.gridA().id(), id).update();
		return id;
	}

	private static String path(UUID id) {
		return "/api/v1/service-requests/" + id + "/transfer";
	}

	private UUID unitOf(UUID id) {
		return jdbc.sql("select unit_id from service_request where id = ?").param(id).query(UUID.class).single();
	}

	private String page(UUID id, String username) throws Exception {
		return mvc.perform(get("/workbench/requests/" + id).with(user(users.loadUserByUsername(username))))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	private static String option(OrgUnit unit) {
		return "<option value=\"" + unit.id() + "\"";
	}
}
