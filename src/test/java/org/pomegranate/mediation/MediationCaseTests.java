package org.pomegranate.mediation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pomegranate.ApiClient;
import org.pomegranate.IntegrationTest;
import org.pomegranate.TestFixtures;
import org.pomegranate.registry.RegistryManagement;
import org.pomegranate.servicedesk.ServiceCatalogue;
import org.pomegranate.servicedesk.ServiceDesk;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.json.JsonMapper;

/**
 * A case through the API: every transition of the state machine allowed once and refused where it
 * must be, each refusal a translated 409 that writes nothing; the referral of a service request,
 * linked both ways and on the request's timeline; scope (a mediator sees only their own cases,
 * another unit's head gets 404); every view audited.
 */
@IntegrationTest
class MediationCaseTests {

	static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	@LocalServerPort
	int port;
	@Autowired
	JsonMapper json;
	@Autowired
	TestFixtures fixtures;
	@Autowired
	RegistryManagement registry;
	@Autowired
	CaseIntake intake;
	@Autowired
	ServiceDesk desk;
	@Autowired
	ServiceCatalogue catalogue;
	@Autowired
	JdbcClient jdbc;

	MediationWorld w;
	ApiClient api;

	@BeforeEach
	void world() {
		w = new MediationWorld(fixtures, registry, intake, desk, catalogue);
		api = new ApiClient(port, json);
	}

	@Test
	void anAgreementFromOpenToClosedWithEveryWrongTurnRefused() {
		UUID id = w.openCase();
		ApiClient mediator = api.as(w.mediator);
		String base = "/api/v1/mediation/cases/" + id;
		String today = LocalDate.now(ZONE).toString();

		// OPEN: no agreement, partial or follow-up before a session
		refused(mediator, id, base + "/agreement", Map.of("terms", "赔偿维修费800元"), "agree");
		refused(mediator, id, base + "/partial", Map.of("terms", "先修好管道"), "partial");
		refused(mediator, id, base + "/follow-up", Map.of("visitedOn", today, "kept", true, "note", "已履行"),
				"follow_up");

		ApiClient.Response session = mediator.post(base + "/sessions",
				Map.of("heldOn", today, "place", "社区调解室", "note", "双方陈述，同意先查明漏水原因"));
		assertThat(session.status()).as("%s", session).isEqualTo(200);
		assertThat(session.json().path("summary").path("status").asString()).isEqualTo("IN_PROGRESS");
		ApiClient.Response second = mediator.post(base + "/sessions",
				Map.of("heldOn", today, "note", "物业到场，确认是楼上管道老化"));
		assertThat(second.json().path("sessions").size()).isEqualTo(2);

		ApiClient.Response agreed = mediator.post(base + "/agreement", Map.of("terms", "楼上住户承担维修费800元，一周内修好"));
		assertThat(agreed.status()).as("%s", agreed).isEqualTo(200);
		assertThat(agreed.json().path("summary").path("status").asString()).isEqualTo("AGREED");
		assertThat(agreed.json().path("summary").path("followUpDue").asString())
			.isEqualTo(LocalDate.now(ZONE).plusDays(30).toString());

		// AGREED: no more sessions, no second outcome
		refused(mediator, id, base + "/sessions", Map.of("heldOn", today, "note", "再谈一次"), "session");
		refused(mediator, id, base + "/agreement", Map.of("terms", "再改一次"), "agree");
		refused(mediator, id, base + "/partial", Map.of("terms", "再改一次"), "partial");
		refused(mediator, id, base + "/fail", Map.of("referral", "COURT"), "fail");

		ApiClient.Response closed = mediator.post(base + "/follow-up",
				Map.of("visitedOn", today, "kept", true, "note", "已修好，双方满意"));
		assertThat(closed.status()).as("%s", closed).isEqualTo(200);
		assertThat(closed.json().path("summary").path("status").asString()).isEqualTo("CLOSED");
		assertThat(closed.json().path("agreementKept").asBoolean()).isTrue();
		// CLOSED: nothing more
		refused(mediator, id, base + "/follow-up", Map.of("visitedOn", today, "kept", true, "note", "再回访"),
				"follow_up");
		refused(mediator, id, base + "/sessions", Map.of("heldOn", today, "note", "再谈"), "session");
		assertThat(closed.json().path("timeline").findValuesAsString("kind")).containsExactly("OPENED", "SESSION",
				"SESSION", "AGREED", "FOLLOWED_UP");
	}

	@Test
	void failedBeforeAnySessionAndPartialAfterOne() {
		ApiClient mediator = api.as(w.mediator);
		String today = LocalDate.now(ZONE).toString();
		UUID failed = w.openCase();
		ApiClient.Response fail = mediator.post("/api/v1/mediation/cases/" + failed + "/fail",
				Map.of("referral", "ARBITRATION", "note", "一方拒绝调解"));
		assertThat(fail.status()).as("%s", fail).isEqualTo(200);
		assertThat(fail.json().path("summary").path("status").asString()).isEqualTo("FAILED");
		assertThat(fail.json().path("referral").asString()).isEqualTo("ARBITRATION");
		refused(mediator, failed, "/api/v1/mediation/cases/" + failed + "/sessions",
				Map.of("heldOn", today, "note", "再谈"), "session");
		refused(mediator, failed, "/api/v1/mediation/cases/" + failed + "/follow-up",
				Map.of("visitedOn", today, "kept", true, "note", "回访"), "follow_up");
		refused(mediator, failed, "/api/v1/mediation/cases/" + failed + "/fail", Map.of("referral", "COURT"), "fail");

		UUID partial = w.openCase();
		String base = "/api/v1/mediation/cases/" + partial;
		assertThat(mediator.post(base + "/sessions", Map.of("heldOn", today, "note", "第一次调解")).status()).isEqualTo(200);
		ApiClient.Response part = mediator.post(base + "/partial",
				Map.of("terms", "先修好管道", "referral", "JUDICIAL_CONFIRMATION", "note", "赔偿数额另行确认"));
		assertThat(part.status()).as("%s", part).isEqualTo(200);
		assertThat(part.json().path("summary").path("status").asString()).isEqualTo("PARTIAL");
		refused(mediator, partial, base + "/fail", Map.of("referral", "COURT"), "fail");
		assertThat(mediator.post(base + "/follow-up", Map.of("visitedOn", today, "kept", false, "note", "未赔偿"))
			.json().path("summary").path("status").asString()).isEqualTo("CLOSED");

		UUID later = w.openCase();
		assertThat(mediator.post("/api/v1/mediation/cases/" + later + "/sessions", Map.of("heldOn", today, "note", "谈"))
			.status()).isEqualTo(200);
		assertThat(mediator.post("/api/v1/mediation/cases/" + later + "/fail", Map.of("referral", "COURT"))
			.json().path("summary").path("status").asString()).isEqualTo("FAILED");
	}

	@Test
	void aReferredRequestOpensACaseLinkedBothWays() {
		UUID request = w.request();
		ApiClient head = api.as(w.world.head());
		Map<String, Object> body = new HashMap<>(Map.of("type", "NEIGHBOURS", "source", "SERVICE_REQUEST",
				"requestId", request.toString(), "mediatorId", w.mediatorId.toString(), "summary", "装修噪音和漏水",
				"parties", List.of(Map.of("side", "APPLICANT", "residentId", w.resident.toString()),
						Map.of("side", "RESPONDENT", "name", "楼上住户", "phone", "13800002222"))));
		ApiClient.Response created = head.post("/api/v1/mediation/cases", body);
		assertThat(created.status()).as("%s", created).isEqualTo(201);
		String number = created.json().path("number").asString();
		assertThat(number).startsWith("M-");
		UUID id = UUID.fromString(created.json().path("id").asString());

		ApiClient.Response c = head.get("/api/v1/mediation/cases/" + id);
		assertThat(c.json().path("requestId").asString()).isEqualTo(request.toString());
		assertThat(c.json().path("summary").path("unitId").asString()).isEqualTo(w.world.community().id().toString());
		assertThat(c.json().path("parties").get(1).path("maskedPhone").asString()).isEqualTo("138****2222");
		assertThat(c.json().path("parties").get(0).path("name").asString()).isEqualTo(w.residentName);
		assertThat(jdbc.sql("select phone_cipher from mediation_party where case_id = ? and position = 2").param(id)
			.query(String.class).single()).doesNotContain("2222");

		ApiClient.Response timeline = head.get("/api/v1/service-requests/" + request + "/timeline");
		assertThat(timeline.body()).contains("REFERRED_TO_MEDIATION").contains(number);

		// the same request again: the database refuses a second case, and nothing more is written
		long events = requestEvents(request);
		ApiClient.Response again = head.post("/api/v1/mediation/cases", body);
		assertThat(again.status()).as("%s", again).isEqualTo(409);
		assertThat(requestEvents(request)).isEqualTo(events);
	}

	@Test
	void aMediatorSeesOnlyTheirCasesAndOtherUnitsHeadsNothing() {
		UUID mine = w.openCase();
		UUID theirs = w.open(w.world.head(), w.walkIn(w.mediator2Id)).id();
		MediationWorld other = new MediationWorld(fixtures, registry, intake, desk, catalogue);

		List<String> listed = api.as(w.mediator).get("/api/v1/mediation/cases?size=100").json().findValuesAsString("id");
		assertThat(listed).contains(mine.toString()).doesNotContain(theirs.toString());
		assertThat(api.as(w.mediator).get("/api/v1/mediation/cases/" + theirs).status()).isEqualTo(404);
		assertThat(api.as(w.staff).get("/api/v1/mediation/cases/" + mine).status()).isEqualTo(404);
		assertThat(api.as(w.world.workerA()).get("/api/v1/mediation/cases/" + mine).status()).isEqualTo(404);
		assertThat(api.as(other.world.head()).get("/api/v1/mediation/cases/" + mine).status()).isEqualTo(404);
		assertThat(api.as(other.world.officer()).get("/api/v1/mediation/cases/" + mine).status()).isEqualTo(404);
		// an out-of-scope case cannot be acted on either, and nothing is written
		long sessions = sessions(mine);
		assertThat(api.as(other.world.head()).post("/api/v1/mediation/cases/" + mine + "/sessions",
				Map.of("heldOn", LocalDate.now(ZONE).toString(), "note", "越权记录")).status()).isEqualTo(404);
		assertThat(sessions(mine)).isEqualTo(sessions);

		assertThat(api.as(w.world.head()).get("/api/v1/mediation/cases/" + theirs).status()).isEqualTo(200);
		assertThat(api.as(w.world.officer()).get("/api/v1/mediation/cases/" + mine).status()).isEqualTo(200);
		List<String> headList = api.as(w.world.head()).get("/api/v1/mediation/cases?size=100").json()
			.findValuesAsString("id");
		assertThat(headList).contains(mine.toString(), theirs.toString());
		List<String> filtered = api.as(w.world.head())
			.get("/api/v1/mediation/cases?size=100&mediatorId=" + w.mediator2Id).json().findValuesAsString("id");
		assertThat(filtered).contains(theirs.toString()).doesNotContain(mine.toString());

		long audited = audits(mine);
		api.as(w.mediator).get("/api/v1/mediation/cases/" + mine);
		assertThat(audits(mine)).isEqualTo(audited + 1);
	}

	@Test
	void keysetPagesFollowEachOther() {
		for (int i = 0; i < 3; i++) {
			w.openCase();
		}
		ApiClient mediator = api.as(w.mediator);
		List<String> first = mediator.get("/api/v1/mediation/cases?size=2").json().findValuesAsString("number");
		assertThat(first).hasSize(2);
		List<String> next = mediator.get("/api/v1/mediation/cases?size=2&before=" + first.get(1)).json()
			.findValuesAsString("number");
		assertThat(next).isNotEmpty().allMatch(n -> n.compareTo(first.get(1)) < 0);
	}

	private void refused(ApiClient as, UUID id, String path, Object body, String act) {
		long before = writes(id);
		ApiClient.Response r = as.post(path, body);
		assertThat(r.status()).as("%s → %s", path, r).isEqualTo(409);
		assertThat(r.message()).isNotBlank().doesNotContain("error.");
		assertThat(writes(id)).as("nothing written by a refused %s", act).isEqualTo(before);
	}

	/** Timeline entries and sessions of a case: every act adds to one of them. */
	private long writes(UUID id) {
		return jdbc.sql("select (select count(*) from mediation_case_event where case_id = ?) "
				+ "+ (select count(*) from mediation_session where case_id = ?)").params(id, id).query(Long.class).single();
	}

	private long sessions(UUID id) {
		return jdbc.sql("select count(*) from mediation_session where case_id = ?").param(id).query(Long.class).single();
	}

	private long audits(UUID id) {
		return jdbc.sql("select count(*) from audit_entry where subject_id = ? and action = 'VIEW'").param(id)
			.query(Long.class).single();
	}

	private long requestEvents(UUID request) {
		return jdbc.sql("select count(*) from service_request_event where request_id = ?").param(request)
			.query(Long.class).single();
	}
}
