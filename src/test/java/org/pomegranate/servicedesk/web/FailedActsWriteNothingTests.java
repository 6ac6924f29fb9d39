package org.pomegranate.servicedesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterEach;
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
import org.pomegranate.registry.RegistryManagement;
import org.pomegranate.servicedesk.ServiceCatalogue;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every act of the service desk API, provoked into each error it can answer (400, 403, 404, 409):
 * the request's row, its timeline, files and revisit, the notifications of everyone involved and
 * the audit log are exactly as before. A failed call writes nothing, whatever status it answers.
 */
@IntegrationTest
class FailedActsWriteNothingTests {

	private static final String REQUESTS = "/api/v1/service-requests/";

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
	ApiClient worker;
	ApiClient mediator;
	ApiClient foreign;
	ApiClient resident;
	ApiClient neighbour;
	OrgUnit foreignGrid;

	@BeforeEach
	void setUp() {
		world = fixtures.world();
		ApiClient api = new ApiClient(port, json).language("en");
		String s = world.suffix();
		UUID household = fixtures.as(world.head(),
				() -> registry.createHousehold(TestFixtures.household(world.buildingA1(), "1", "101")));
		UUID her = fixtures.as(world.head(),
				() -> registry.createResident(TestFixtures.resident(household, "测试居民", null, null)));
		UUID him = fixtures.as(world.head(),
				() -> registry.createResident(TestFixtures.resident(household, "邻居", null, null)));
		OrgUnit county = organization.create(world.prefecture().id(), null, "邻县" + s, "Next County " + s,
				OrgLevel.COUNTY);
		OrgUnit street = organization.create(county.id(), null, "邻街" + s, "Next Street " + s, OrgLevel.STREET);
		OrgUnit community = organization.create(street.id(), null, "邻社区" + s, "Next Community " + s,
				OrgLevel.COMMUNITY);
		foreignGrid = organization.create(community.id(), "XG" + s, "邻网格" + s, "Next Grid " + s, OrgLevel.GRID);
		worker = api.as(world.workerA());
		mediator = api.as(fixtures.account("med" + s, "调解员" + s, Role.MEDIATOR, world.community().id()));
		foreign = api.as(fixtures.account("fw" + s, "邻县网格员" + s, Role.GRID_WORKER, foreignGrid.id()));
		resident = api.as(fixtures.residentAccount("res" + s, "测试居民", her));
		neighbour = api.as(fixtures.residentAccount("nbr" + s, "邻居", him));
	}

	@AfterEach
	void signOut() {
		TestFixtures.signOut();
	}

	@Test
	void acceptAndStart() {
		UUID id = submitted();
		refused(404, () -> foreign.post(REQUESTS + id + "/accept", null), id);
		refused(403, () -> mediator.post(REQUESTS + id + "/accept", null), id);
		refused(409, () -> worker.post(REQUESTS + id + "/start", null), id);
		refused(404, () -> foreign.post(REQUESTS + id + "/start", null), id);
		refused(403, () -> mediator.post(REQUESTS + id + "/start", null), id);
		refused(400, () -> worker.post(REQUESTS + "not-an-id/accept", null), id);
		ok(worker.post(REQUESTS + id + "/accept", null));
		refused(409, () -> worker.post(REQUESTS + id + "/accept", null), id);
	}

	@Test
	void resolve() {
		UUID id = submitted();
		refused(409, () -> worker.post(REQUESTS + id + "/resolve", Map.of("note", "修好了")), id);
		ok(worker.post(REQUESTS + id + "/accept", null));
		refused(400, () -> worker.post(REQUESTS + id + "/resolve", Map.of("note", " ")), id);
		refused(404, () -> foreign.post(REQUESTS + id + "/resolve", Map.of("note", "修好了")), id);
		refused(403, () -> mediator.post(REQUESTS + id + "/resolve", Map.of("note", "修好了")), id);
	}

	@Test
	void transfer() {
		UUID id = submitted();
		Map<String, Object> toForeignCounty = Map.of("unitId", foreignGrid.id(), "reason", "不归我们");
		// another county's grid: refused like an unknown unit, and (unlike before) nothing is saved
		Response beyond = refused(400, () -> worker.post(REQUESTS + id + "/transfer", toForeignCounty), id);
		assertThat(beyond.fieldErrors()).containsKey("unitId");
		refused(400, () -> worker.post(REQUESTS + id + "/transfer", Map.of("unitId", UUID.randomUUID(), "reason", "x")),
				id);
		refused(400, () -> worker.post(REQUESTS + id + "/transfer", Map.of("unitId", world.gridB().id())), id);
		refused(404, () -> foreign.post(REQUESTS + id + "/transfer", Map.of("unitId", foreignGrid.id(), "reason", "x")),
				id);
		refused(403, () -> mediator.post(REQUESTS + id + "/transfer", Map.of("unitId", world.gridB().id(), "reason",
				"x")), id);
		resolved(id);
		refused(409, () -> worker.post(REQUESTS + id + "/transfer", Map.of("unitId", world.gridB().id(), "reason",
				"x")), id);
	}

	@Test
	void merge() {
		UUID id = submitted();
		UUID other = submitted();
		UUID foreignRequest = submittedAbroad();
		refused(400, () -> worker.post(REQUESTS + id + "/merge", Map.of("intoId", UUID.randomUUID())), id, other);
		refused(400, () -> worker.post(REQUESTS + id + "/merge", Map.of("intoId", foreignRequest)), id, foreignRequest);
		refused(400, () -> worker.post(REQUESTS + id + "/merge", Map.of("intoId", id)), id);
		refused(404, () -> foreign.post(REQUESTS + id + "/merge", Map.of("intoId", foreignRequest)), id, foreignRequest);
		refused(403, () -> mediator.post(REQUESTS + id + "/merge", Map.of("intoId", other)), id, other);
		resolved(other);
		refused(409, () -> worker.post(REQUESTS + id + "/merge", Map.of("intoId", other)), id, other);
	}

	@Test
	void reject() {
		UUID id = submitted();
		refused(400, () -> worker.post(REQUESTS + id + "/reject", Map.of("referral", "")), id);
		refused(404, () -> foreign.post(REQUESTS + id + "/reject", Map.of("referral", "去派出所")), id);
		refused(403, () -> mediator.post(REQUESTS + id + "/reject", Map.of("referral", "去派出所")), id);
		ok(worker.post(REQUESTS + id + "/accept", null));
		refused(409, () -> worker.post(REQUESTS + id + "/reject", Map.of("referral", "去派出所")), id);
	}

	@Test
	void reopenAndRate() {
		UUID id = submitted();
		Map<String, Object> rating = Map.of("resolution", "NOT_RESOLVED", "satisfaction", "UNSATISFIED");
		refused(409, () -> resident.post(REQUESTS + id + "/reopen", Map.of("reason", "还在漏")), id);
		refused(409, () -> resident.post(REQUESTS + id + "/rating", rating), id);
		resolved(id);
		refused(400, () -> resident.post(REQUESTS + id + "/reopen", Map.of("reason", "")), id);
		refused(404, () -> neighbour.post(REQUESTS + id + "/reopen", Map.of("reason", "还在漏")), id);
		refused(403, () -> worker.post(REQUESTS + id + "/reopen", Map.of("reason", "还在漏")), id);
		refused(400, () -> resident.post(REQUESTS + id + "/rating", Map.of("satisfaction", "UNSATISFIED")), id);
		refused(400, () -> resident.post(REQUESTS + id + "/rating", Map.of("resolution", "SORT_OF", "satisfaction",
				"UNSATISFIED")), id);
		refused(404, () -> neighbour.post(REQUESTS + id + "/rating", rating), id);
		refused(404, () -> foreign.post(REQUESTS + id + "/rating", rating), id);
		refused(403, () -> mediator.post(REQUESTS + id + "/rating", rating), id);
		ok(resident.post(REQUESTS + id + "/rating", rating));
		refused(409, () -> resident.post(REQUESTS + id + "/rating", rating), id);
	}

	@Test
	void completeARevisit() {
		UUID id = submitted();
		resolved(id);
		ok(resident.post(REQUESTS + id + "/rating", Map.of("resolution", "NOT_RESOLVED", "satisfaction",
				"UNSATISFIED")));
		UUID revisit = jdbc.sql("select id from revisit where request_id = ?").param(id).query(UUID.class).single();
		String path = "/api/v1/revisits/" + revisit + "/complete";
		ApiClient head = worker.as(world.head()).language("en");
		refused(400, () -> head.post(path, Map.of("outcome", " ")), id);
		refused(404, () -> foreign.post(path, Map.of("outcome", "已回访")), id);
		refused(403, () -> mediator.post(path, Map.of("outcome", "已回访")), id);
		refused(404, () -> head.post("/api/v1/revisits/" + UUID.randomUUID() + "/complete", Map.of("outcome", "x")),
				id);
	}

	@Test
	void addFiles() {
		UUID id = submitted();
		String path = REQUESTS + id + "/attachments";
		Map<String, byte[]> pdf = Map.of("a.pdf", "%PDF-1.7\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
		refused(400, () -> worker.multipart(path, "attachments",
				Map.of("a.jpg", "not a photo".getBytes(StandardCharsets.UTF_8))), id);
		refused(404, () -> foreign.multipart(path, "attachments", pdf), id);
		refused(403, () -> mediator.multipart(path, "attachments", pdf), id);
		refused(404, () -> neighbour.multipart(path, "attachments", pdf), id);
	}

	/** The snapshot sees a successful act, so an unchanged snapshot after a refusal means something. */
	@Test
	void theSnapshotSeesASuccessfulAct() {
		UUID id = submitted();
		String before = snapshot(id);
		ok(worker.post(REQUESTS + id + "/accept", null));
		assertThat(snapshot(id)).isNotEqualTo(before);
	}

	// ---- helpers ----------------------------------------------------------------------------------

	private Response refused(int status, Supplier<Response> call, UUID... involved) {
		String before = snapshot(involved);
		Response answer = call.get();
		assertThat(answer.status()).as("%s", answer).isEqualTo(status);
		assertThat(answer.message()).as("translated").isNotBlank().doesNotContain("error.");
		assertThat(snapshot(involved)).as("nothing written by a %s", status).isEqualTo(before);
		return answer;
	}

	private static void ok(Response answer) {
		assertThat(answer.status()).as("%s", answer).isBetween(200, 204);
	}

	private UUID submitted() {
		Response r = resident.post("/api/v1/service-requests", body());
		assertThat(r.status()).as("%s", r).isEqualTo(201);
		return UUID.fromString(r.json().path("id").asString());
	}

	private UUID submittedAbroad() {
		Map<String, Object> body = body();
		body.put("channel", "PHONE");
		body.put("contactName", "过路人");
		body.put("communityId", organization.lineage(foreignGrid.id()).get(3).id());
		Response r = foreign.post("/api/v1/service-requests", body);
		assertThat(r.status()).as("%s", r).isEqualTo(201);
		return UUID.fromString(r.json().path("id").asString());
	}

	private Map<String, Object> body() {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("categoryId", catalogue.byCode("HOUSING_REPAIR").id());
		body.put("description", "厨房水管漏水");
		body.put("extra", Map.of("part", "pipe"));
		return body;
	}

	private void resolved(UUID id) {
		ok(worker.post(REQUESTS + id + "/accept", null));
		ok(worker.post(REQUESTS + id + "/resolve", Map.of("note", "修好了")));
	}

	/**
	 * Everything an act may write about these requests and the people of this test. The resident's
	 * progress notices come later, from a listener, for events an act published: the events are
	 * counted here (written with the act), the notices they lead to are not.
	 */
	private String snapshot(UUID... ids) {
		return jdbc.sql("""
				select (select coalesce(string_agg(row_to_json(r)::text, '|' order by r.id), '') from service_request r
				         where r.id = any(:ids))
				    || '#' || (select count(*) from service_request_event where request_id = any(:ids))
				    || '#' || (select count(*) from service_request_attachment where request_id = any(:ids))
				    || '#' || (select coalesce(string_agg(row_to_json(v)::text, '|'), '') from revisit v
				                where v.request_id = any(:ids))
				    || '#' || (select count(*) from notification n join account a on a.id = n.account_id
				                where a.username like :who and n.event_id is null)
				    || '#' || (select count(*) from event_publication
				                where serialized_event like any (select '%' || i || '%' from unnest(cast(:ids as uuid[])) i))
				    || '#' || (select count(*) from audit_entry where subject_id = any(:ids) or actor_name like :who)""")
			.param("ids", ids)
			.param("who", "%" + world.suffix())
			.query(String.class)
			.single();
	}
}
