package org.pomegranate.mediation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pomegranate.ApiClient;
import org.pomegranate.IntegrationTest;
import org.pomegranate.TestFixtures;
import org.pomegranate.mediation.internal.OverdueClock;
import org.pomegranate.registry.RegistryManagement;
import org.pomegranate.servicedesk.ServiceCatalogue;
import org.pomegranate.servicedesk.ServiceDesk;
import org.pomegranate.shared.ApplicationClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The rules around cases: bad input answers a translated 400 naming the field and writes nothing;
 * the settling deadline escalates each overdue case exactly once, even with two clocks at once; the
 * resolution rate on a hand-computed month.
 */
@IntegrationTest
class MediationRulesTests {

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
	MediationActs acts;
	@Autowired
	ServiceDesk desk;
	@Autowired
	ServiceCatalogue catalogue;
	@Autowired
	OverdueClock overdueClock;
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
	void badIntakeIsRefusedByFieldAndWritesNothing() {
		ApiClient head = api.as(w.world.head());
		Map<String, Object> good = body(List.of(party("APPLICANT", w.resident, null), party("RESPONDENT", null, "外来人员")));

		assertRefused(head, with(good, "parties", List.of(party("APPLICANT", w.resident, null), party("RESPONDENT", null, null))),
				"parties[1].name");
		assertRefused(head, with(good, "parties", List.of(party("APPLICANT", w.resident, null))), "parties");
		assertRefused(head, with(good, "summary", "邻里\u0000纠纷"), "summary");
		assertRefused(head, with(good, "summary", "长".repeat(2001)), "summary");
		assertRefused(head, with(good, "parties", List.of(party("APPLICANT", UUID.randomUUID(), null),
				party("RESPONDENT", null, "外来人员"))), "parties[0].residentId");
		assertRefused(head, with(good, "parties", List.of(party("APPLICANT", w.resident, null),
				Map.of("side", "RESPONDENT", "name", "外来人员", "phone", "call me"))), "parties[1].phone");
		MediationWorld other = new MediationWorld(fixtures, registry, intake, desk, catalogue);
		assertRefused(head, with(good, "mediatorId", other.mediatorId.toString()), "mediatorId");
		assertRefused(head, with(good, "unitId", other.world.community().id().toString()), "unitId");
		assertRefused(head, with(good, "type", null), "type");

		// a referral that fails leaves the request's timeline as it was
		UUID request = w.request();
		long events = jdbc.sql("select count(*) from service_request_event where request_id = ?").param(request)
			.query(Long.class).single();
		Map<String, Object> referral = with(with(good, "source", "SERVICE_REQUEST"), "requestId", request.toString());
		assertRefused(head, with(referral, "parties", List.of(party("APPLICANT", w.resident, null),
				party("RESPONDENT", null, " "))), "parties[1].name");
		assertThat(jdbc.sql("select count(*) from service_request_event where request_id = ?").param(request)
			.query(Long.class).single()).isEqualTo(events);
		// a request out of the caller's scope is not found
		ApiClient.Response foreign = api.as(other.world.head()).post("/api/v1/mediation/cases",
				with(with(with(good, "source", "SERVICE_REQUEST"), "requestId", request.toString()), "mediatorId",
						other.mediatorId.toString()));
		assertThat(foreign.status()).as("%s", foreign).isEqualTo(404);
	}

	@Test
	void badActsAreRefusedByFieldAndWriteNothing() {
		UUID id = w.openCase();
		ApiClient mediator = api.as(w.mediator);
		String base = "/api/v1/mediation/cases/" + id;
		String tomorrow = LocalDate.now(ZONE).plusDays(1).toString();
		String today = LocalDate.now(ZONE).toString();
		assertActRefused(mediator, id, base + "/sessions", Map.of("heldOn", tomorrow, "note", "明天的调解"), "heldOn");
		assertActRefused(mediator, id, base + "/sessions", Map.of("heldOn", "2001-01-01", "note", "很久以前"), "heldOn");
		assertActRefused(mediator, id, base + "/sessions", Map.of("heldOn", today, "note", "\u001b[31m"), "note");
		assertActRefused(mediator, id, base + "/fail", Map.of("note", "没有去处"), "referral");
		assertThat(mediator.post(base + "/sessions", Map.of("heldOn", today, "note", "第一次")).status()).isEqualTo(200);
		assertActRefused(mediator, id, base + "/agreement", Map.of("terms", " "), "terms");
		assertThat(mediator.post(base + "/agreement", Map.of("terms", "各自承担一半")).status()).isEqualTo(200);
		// a follow-up visit dated in the future
		assertActRefused(mediator, id, base + "/follow-up", Map.of("visitedOn", tomorrow, "kept", true, "note", "将来"),
				"visitedOn");
		assertActRefused(mediator, id, base + "/follow-up", Map.of("visitedOn", today, "note", "没说是否履行"), "kept");
		assertThat(status(id)).isEqualTo("AGREED");
	}

	@Test
	void anOverdueCaseIsEscalatedExactlyOnceEvenWithTwoClocks() throws Exception {
		UUID id = w.openCase();
		UUID settled = w.openCase();
		fixtures.as(w.mediator, () -> {
			acts.fail(settled, Referral.COURT, null);
			return null;
		});
		Instant later = Instant.now().plusSeconds(31L * 24 * 3600);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			List<Callable<Integer>> clocks = List.of(() -> overdueClock.escalateDue(later),
					() -> overdueClock.escalateDue(later));
			for (Future<Integer> f : pool.invokeAll(clocks)) {
				f.get();
			}
		}
		finally {
			pool.shutdown();
		}
		overdueClock.escalateDue(later.plusSeconds(3600));
		assertThat(escalations(id)).isEqualTo(1);
		assertThat(escalations(settled)).isZero();
		UUID head = fixtures.accountId(w.world.head());
		String number = jdbc.sql("select number from mediation_case where id = ?").param(id).query(String.class).single();
		assertThat(jdbc.sql("select count(*) from notification where account_id = ? and kind = 'mediation.overdue' "
				+ "and args::text like ?").params(head, "%" + number + "%").query(Long.class).single()).isEqualTo(1);
		JsonNode c = api.as(w.world.head()).get("/api/v1/mediation/cases/" + id).json();
		assertThat(c.path("summary").path("escalated").asBoolean()).isTrue();
	}

	@Test
	void theResolutionRateOfAHandComputedMonth() {
		// September: 3 agreed, 1 partial, 1 failed → 3 / 5 = 60 %; October: 2 agreed → 100 %; August: none
		List<Outcome> september = List.of(Outcome.AGREED, Outcome.AGREED, Outcome.AGREED, Outcome.PARTIAL,
				Outcome.FAILED);
		for (int i = 0; i < september.size(); i++) {
			settle(september.get(i), Instant.parse("2026-09-0" + (i + 1) + "T02:00:00Z"));
		}
		settle(Outcome.AGREED, Instant.parse("2026-10-10T02:00:00Z"));
		// 23:30 on 31 October in Beijing is still October, though it is 15:30 UTC
		settle(Outcome.AGREED, Instant.parse("2026-10-31T15:30:00Z"));

		String county = countyOfficer();
		for (UUID unit : List.of(w.world.community().id(), w.world.county().id())) {
			JsonNode months = api.as(county)
				.get("/api/v1/mediation/rates?unitId=" + unit + "&from=2026-08&to=2026-10").json();
			assertThat(months.size()).isEqualTo(3);
			assertThat(months.get(0).path("closed").asInt()).isZero();
			assertThat(months.get(0).path("rate").isNull()).isTrue();
			JsonNode sept = months.get(1);
			assertThat(sept.path("month").asString()).isEqualTo("2026-09");
			assertThat(sept.path("agreed").asInt()).isEqualTo(3);
			assertThat(sept.path("partial").asInt()).isEqualTo(1);
			assertThat(sept.path("failed").asInt()).isEqualTo(1);
			assertThat(sept.path("closed").asInt()).isEqualTo(5);
			assertThat(sept.path("rate").asDouble()).isEqualTo(0.6);
			assertThat(sept.path("meetsTarget").asBoolean()).isFalse();
			JsonNode oct = months.get(2);
			assertThat(oct.path("agreed").asInt()).isEqualTo(2);
			assertThat(oct.path("rate").asDouble()).isEqualTo(1.0);
			assertThat(oct.path("meetsTarget").asBoolean()).isTrue();
		}
		// the street officer sees the community, another county's officer does not
		assertThat(api.as(w.world.officer()).get("/api/v1/mediation/rates?unitId=" + w.world.community().id())
			.status()).isEqualTo(200);
		MediationWorld other = new MediationWorld(fixtures, registry, intake, desk, catalogue);
		assertThat(api.as(other.world.officer()).get("/api/v1/mediation/rates?unitId=" + w.world.community().id())
			.status()).isEqualTo(404);
		ApiClient.Response bad = api.as(w.world.officer()).get("/api/v1/mediation/rates?from=2026-13&to=2026-10");
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.fieldErrors()).containsKey("from");
	}

	private String countyOfficer() {
		return fixtures.account("cty" + w.world.suffix(), "县干部" + w.world.suffix(),
				org.pomegranate.identity.Role.COUNTY_OFFICER, w.world.county().id());
	}

	private void settle(Outcome outcome, Instant at) {
		Instant opened = at.minusSeconds(5 * 24 * 3600);
		UUID id = ApplicationClock.replayAt(opened, () -> w.openCase());
		fixtures.as(w.mediator, () -> ApplicationClock.replayAt(at, () -> {
			LocalDate day = LocalDate.ofInstant(at, ZONE);
			if (outcome != Outcome.FAILED) {
				acts.session(id, day, null, "调解");
			}
			switch (outcome) {
				case AGREED -> acts.agree(id, "和解");
				case PARTIAL -> acts.partial(id, "部分和解", Referral.COURT, null);
				case FAILED -> acts.fail(id, Referral.ARBITRATION, null);
			}
			return null;
		}));
	}

	private Map<String, Object> body(List<Map<String, Object>> parties) {
		Map<String, Object> body = new HashMap<>();
		body.put("type", "FAMILY");
		body.put("source", "WALK_IN");
		body.put("unitId", w.world.community().id().toString());
		body.put("mediatorId", w.mediatorId.toString());
		body.put("summary", "赡养老人费用分担");
		body.put("parties", parties);
		return body;
	}

	private static Map<String, Object> party(String side, UUID resident, String name) {
		Map<String, Object> party = new HashMap<>();
		party.put("side", side);
		party.put("residentId", resident == null ? null : resident.toString());
		party.put("name", name);
		return party;
	}

	private static Map<String, Object> with(Map<String, Object> body, String key, Object value) {
		Map<String, Object> copy = new HashMap<>(body);
		copy.put(key, value);
		return copy;
	}

	private void assertRefused(ApiClient as, Map<String, Object> body, String field) {
		long before = cases();
		ApiClient.Response r = as.post("/api/v1/mediation/cases", body);
		assertThat(r.status()).as("%s: %s", field, r).isEqualTo(400);
		assertThat(r.fieldErrors()).as("%s", r).containsKey(field);
		assertThat(r.fieldErrors().get(field)).doesNotContain("error.");
		assertThat(cases()).isEqualTo(before);
	}

	private void assertActRefused(ApiClient as, UUID id, String path, Map<String, Object> body, String field) {
		long before = writes(id);
		String status = status(id);
		ApiClient.Response r = as.post(path, body);
		assertThat(r.status()).as("%s: %s", field, r).isEqualTo(400);
		assertThat(r.fieldErrors()).as("%s", r).containsKey(field);
		assertThat(writes(id)).isEqualTo(before);
		assertThat(status(id)).isEqualTo(status);
	}

	private long cases() {
		return jdbc.sql("select count(*) from mediation_case c join mediation_party p on p.case_id = c.id")
			.query(Long.class).single();
	}

	private long writes(UUID id) {
		return jdbc.sql("select (select count(*) from mediation_case_event where case_id = ?) "
				+ "+ (select count(*) from mediation_session where case_id = ?)").params(id, id).query(Long.class).single();
	}

	private String status(UUID id) {
		return jdbc.sql("select status from mediation_case where id = ?").param(id).query(String.class).single();
	}

	private long escalations(UUID id) {
		return jdbc.sql("select count(*) from mediation_case_event where case_id = ? and kind = 'ESCALATED'").param(id)
			.query(Long.class).single();
	}
}
