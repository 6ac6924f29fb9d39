package org.pomegranate.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.pomegranate.ApiClient;
import org.pomegranate.activities.Activities;
import org.pomegranate.activities.ActivityForm;
import org.pomegranate.activities.ActivityKind;
import org.pomegranate.activities.CheckIns;
import org.pomegranate.activities.Localized;
import org.pomegranate.activities.SignUps;
import org.pomegranate.IntegrationTest;
import org.pomegranate.TestFixtures;
import org.pomegranate.TestFixtures.World;
import org.pomegranate.registry.Gender;
import org.pomegranate.registry.Language;
import org.pomegranate.identity.Role;
import org.pomegranate.mediation.CaseIntake;
import org.pomegranate.mediation.CaseSource;
import org.pomegranate.mediation.CaseType;
import org.pomegranate.mediation.MediationActs;
import org.pomegranate.mediation.NewCase;
import org.pomegranate.mediation.NewParty;
import org.pomegranate.mediation.PartySide;
import org.pomegranate.registry.RegistryManagement;
import org.pomegranate.registry.ResidentForm;
import org.pomegranate.rights.RightsRequest;
import org.pomegranate.pairing.PairingModel;
import org.pomegranate.rights.RightsRequests;
import org.pomegranate.servicedesk.Channel;
import org.pomegranate.servicedesk.Intake;
import org.pomegranate.servicedesk.IntakeReceipt;
import org.pomegranate.servicedesk.ServiceCatalogue;
import org.pomegranate.servicedesk.ServiceDesk;
import org.pomegranate.servicedesk.Upload;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every read of personal data is audited: this walks each route that shows a resident's data to
 * staff, page and API alike, and checks that an audit row naming her and the caller appears. The
 * list of routes is checked against the application's own: a new route must be walked here or
 * named as showing no one's data, so that none slips by unaudited.
 */
@IntegrationTest
class PersonalDataAuditTests {

	/** Routes that show a resident's data to staff: each is walked below. */
	private static final Set<String> WALKED = Set.of("GET /residents", "GET /residents/{id}", "GET /residents/{id}/edit",
			"POST /residents/{id}/reveal", "GET /households/{id}", "GET /workbench/requests/{id}",
			"GET /workbench/requests/{id}/attachments/{attachmentId}", "GET /workbench/intake",
			"POST /workbench/requests/{id}/reveal-phone", "POST /workbench/requests/{id}/call", "GET /api/v1/residents", "GET /api/v1/residents/{id}",
			"POST /api/v1/residents/{id}/reveal", "GET /api/v1/households/{id}", "GET /api/v1/service-requests/{id}",
			"GET /api/v1/service-requests/{id}/timeline", "GET /rights-requests/{id}", "GET /pairs/{id}",
			"GET /api/v1/pairs/{id}", "GET /mediation/cases/{id}", "GET /mediation/cases/{id}/agreement",
			"GET /api/v1/mediation/cases/{id}", "GET /mediation/new", "GET /activities/{id}/attendance");

	/** Routes of volunteers and the party-building network that show a resident's data: walked below. */
	private static final Set<String> WALKED_VOLUNTEERS = Set.of("GET /volunteers", "GET /volunteers/{id}",
			"GET /volunteers/{id}/certificate", "GET /volunteer-opportunities/{id}", "GET /party-network/cadres",
			"GET /api/v1/volunteers", "GET /api/v1/volunteers/{id}", "GET /api/v1/volunteers/{id}/hours",
			"GET /api/v1/volunteers/{id}/ledger", "GET /api/v1/shifts/{id}/signups", "GET /api/v1/cadres");

	/** Routes that show no resident's data to staff, or only her own to her: why each needs no audit. */
	private static final Map<String, String> NOT_PERSONAL = new LinkedHashMap<>();

	static {
		String own = "the resident's own data, to her";
		String none = "no resident's data";
		String write = "a change, audited as one; answers with what the caller sent or a redirect";
		for (String route : List.of("GET /me", "GET /my/requests", "GET /my/requests/{id}",
				"GET /my/requests/{id}/files/{fileId}", "GET /requests/new/sent", "POST /me/ethnicity",
				"GET /me/export.json", "GET /me/export.xlsx", "POST /me/rights",
				"POST /my/requests/{id}/rating", "POST /my/requests/{id}/reopen")) {
			NOT_PERSONAL.put(route, own);
		}
		for (String route : List.of("GET /", "GET /login", "GET /org", "GET /org/units/{id}", "GET /notifications",
				"GET /admin/catalogue", "GET /admin/accounts", "GET /admin/audit", "GET /households",
				"GET /households/new", "GET /households/{id}/edit", "GET /residents/new", "GET /requests/new",
				"GET /requests/new/fields", "GET /workbench", "GET /workbench/intake/fields", "GET /workbench/revisits",
				"GET /api/v1/org-units", "GET /api/v1/org-units/{id}", "GET /api/v1/households",
				"GET /api/v1/service-categories", "GET /api/v1/service-categories/{id}", "GET /api/v1/service-requests",
				"GET /api/v1/service-requests/{id}/duplicates", "GET /api/v1/revisits", "GET /error",
				"GET /rights-requests", "GET /workbench/manifest.webmanifest", "GET /workbench/sw.js",
				"GET /workbench/home")) {
			NOT_PERSONAL.put(route, none);
		}
		NOT_PERSONAL.put("GET /admin/translations", "texts of the interface and their reviewers: no resident's data");
		// the resident's side: the lookup form is empty (its answer is a POST, audited); the nearby
		// reports show category, first line, when and status of open requests, never who sent them
		NOT_PERSONAL.put("GET /requests/lookup", none);
		NOT_PERSONAL.put("GET /requests/new/nearby", "open requests nearby: category, first line, when, status");
		for (String route : List.of("GET /my/activities", "GET /my/activities/{id}",
				"GET /my/activities/tickets/{signupId}", "GET /my/activities/tickets/{signupId}/qr.png")) {
			NOT_PERSONAL.put(route, "the resident's own sign-ups and tickets, to her");
		}
		for (String route : List.of("GET /activities", "GET /activities/new", "GET /activities/{id}",
				"GET /activities/{id}/check-in", "GET /activities/figures", "GET /api/v1/activities",
				"GET /api/v1/activities/{id}", "GET /api/v1/festivals", "GET /api/v1/participation")) {
			NOT_PERSONAL.put(route, "activities, festivals and aggregate participation: no resident's data (a check-in "
					+ "answer names the one resident let in and is audited as CREATE)");
		}
		NOT_PERSONAL.put("GET /activities/figures/export", "aggregate figures; the export is audited as EXPORT");
		NOT_PERSONAL.put("GET /activities/participation-card", "counts of activities and participations, hours: aggregate");
		NOT_PERSONAL.put("GET /activities/{id}/photos/{photoId}", "a photo the organisers chose for an activity's report");
		for (String route : List.of("GET /account", "GET /my/points", "GET /my/surveys", "GET /my/surveys/{id}")) {
			NOT_PERSONAL.put(route, "the caller's own account, points or open surveys");
		}
		for (String route : List.of("GET /residents/export", "GET /households/export", "GET /workbench/export",
				"GET /workbench/revisits/export", "GET /admin/accounts/export", "GET /org/export")) {
			NOT_PERSONAL.put(route, "an export: masked as on screen and audited as EXPORT with its row count (ExportTests)");
		}
		for (String route : List.of("GET /admin/imports/{id}/report", "GET /api/v1/imports/{id}/report",
				"GET /admin/imports/{id}", "GET /api/v1/imports/{id}")) {
			NOT_PERSONAL.put(route, "the uploader's own file: bad rows, masked, not yet in the register");
		}
		for (String route : List.of("GET /mediation", "GET /api/v1/mediation/cases")) {
			NOT_PERSONAL.put(route, "case numbers, types, units and mediators: no party's name or contact");
		}
		NOT_PERSONAL.put("GET /mediation/export",
				"an export of the case list: no party's name or contact, audited as EXPORT with its row count");
		for (String route : List.of("GET /api/v1/mediation/rates", "GET /mediation/rate-card")) {
			NOT_PERSONAL.put(route, "counts of cases per unit and month: no one's data");
		}
		for (String route : List.of("GET /evaluation/requests", "GET /api/v1/evaluation/rates/{month}/requests")) {
			NOT_PERSONAL.put(route, "request numbers, categories and times behind a figure: no name or contact");
		}
		for (String route : List.of("GET /admin/accounts/{id}/tokens", "GET /admin/evaluation", "GET /admin/imports",
				"GET /admin/imports/templates/{kind}", "GET /admin/integrity",
				"GET /api/v1/assessment/communities/{communityId}/history", "GET /api/v1/assessment/cycles",
				"GET /api/v1/assessment/cycles/{cycleId}/communities/{communityId}",
				"GET /api/v1/assessment/cycles/{id}/communities", "GET /api/v1/assessment/schemes",
				"GET /api/v1/assessment/schemes/{id}", "GET /api/v1/buildings", "GET /api/v1/buildings/{id}",
				"GET /api/v1/compounds", "GET /api/v1/compounds/{id}", "GET /api/v1/evaluation/points",
				"GET /api/v1/evaluation/points/rankings", "GET /api/v1/evaluation/rankings",
				"GET /api/v1/evaluation/rates", "GET /api/v1/imports/templates/{kind}",
				"GET /api/v1/org-units/{id}/history", "GET /api/v1/surveys", "GET /api/v1/surveys/{id}",
				"GET /api/v1/surveys/{id}/results", "GET /assessment", "GET /assessment/communities/{id}/history",
				"GET /assessment/cycles/{cycleId}/communities/{communityId}",
				"GET /assessment/cycles/{cycleId}/communities/{communityId}/evidence/{evidenceId}",
				"GET /assessment/cycles/{id}", "GET /evaluation", "GET /evaluation/export.xlsx", "GET /evaluation/home",
				"GET /evaluation/rates.json", "GET /evaluation/report", "GET /org/manage", "GET /org/manage/divisions",
				"GET /org/manage/units/{id}", "GET /org/manage/units/{id}/children", "GET /org/units/{id}/history",
				"GET /places", "GET /places/compounds/{id}", "GET /points/board", "GET /surveys", "GET /surveys/{id}",
				"GET /surveys/{id}/results")) {
			NOT_PERSONAL.put(route, "figures, places, units, staff work or anonymous answers: no resident's data");
		}
		for (String route : List.of("GET /facilities", "GET /facilities/new", "GET /facilities/{id}",
				"GET /facilities/{id}/edit", "GET /facilities/{id}/photos/{photoId}", "GET /rooms/{id}",
				"GET /rooms/{id}/month", "GET /rooms/{id}/book", "GET /bookings/pending", "GET /bookings/mine",
				"GET /api/v1/facilities", "GET /api/v1/facilities/{id}", "GET /api/v1/bookings/pending",
				"GET /api/v1/bookings/mine", "GET /api/v1/rooms/{id}/bookings", "GET /api/v1/rooms/{id}/calendar.ics")) {
			NOT_PERSONAL.put(route, "facilities, rooms and bookings: slots and purposes, a staff member's name or an "
					+ "organisation; a resident who booked is never named (only 'a resident')");
		}
		for (String route : List.of("GET /casework", "GET /safety", "GET /safety/campaigns/{id}",
				"GET /safety/inspections/{id}", "GET /safety/findings/{id}", "GET /safety/findings/{id}/photos/{photoId}",
				"GET /enterprises", "GET /api/v1/safety/campaigns", "GET /api/v1/safety/campaigns/{id}",
				"GET /api/v1/safety/campaigns/{id}/progress", "GET /api/v1/safety/inspections",
				"GET /api/v1/safety/inspections/{id}", "GET /api/v1/safety/findings", "GET /api/v1/safety/findings/{id}",
				"GET /api/v1/safety/findings/{id}/photos/{photoId}", "GET /api/v1/enterprises",
				"GET /api/v1/enterprises/{id}", "GET /heritage", "GET /heritage/projects/{id}", "GET /cultural-sites",
				"GET /api/v1/heritage/projects", "GET /api/v1/heritage/projects/{id}",
				"GET /api/v1/heritage/projects/{id}/outreach", "GET /api/v1/heritage/inheritors",
				"GET /api/v1/cultural-sites", "GET /api/v1/cultural-sites/{id}")) {
			NOT_PERSONAL.put(route, "places, things, enterprises and cultural records (safety screening is never about "
					+ "people; inheritors are public figures of the heritage lists): no resident's data");
		}
		for (String route : List.of("GET /pairs", "GET /api/v1/pairs", "GET /pairs/new", "GET /api/v1/pairs/coverage",
				"GET /api/v1/pairs/{id}/visits")) {
			NOT_PERSONAL.put(route, "pairs with households masked to compound and building (as the households list), "
					+ "visit dates and help given, or counts per community: no member's name or contact");
		}
		for (String route : List.of("GET /safety/campaigns/{id}/export", "GET /enterprises/export", "GET /pairs/export",
				"GET /heritage/export", "GET /cultural-sites/export")) {
			NOT_PERSONAL.put(route, "an export: masked as on screen and audited as EXPORT with its row count (ExportTests)");
		}
		NOT_PERSONAL.put("GET /my/volunteer", "the volunteer's own hours, points and sign-ups, to her");
		for (String route : List.of("GET /volunteer-opportunities", "GET /api/v1/volunteer-opportunities",
				"GET /api/v1/volunteer-opportunities/{id}", "GET /api/v1/volunteer-opportunities/{id}/shifts",
				"GET /party-network", "GET /api/v1/party-network", "GET /api/v1/vanguard-teams",
				"GET /api/v1/vanguard-teams/{id}")) {
			NOT_PERSONAL.put(route, "opportunities, shifts with counts, organisations with their staff leaders, teams "
					+ "and cadres counted: no resident named");
		}
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	TestFixtures fixtures;

	@Autowired
	RegistryManagement registry;

	@Autowired
	ServiceDesk desk;

	@Autowired
	ServiceCatalogue catalogue;

	@Autowired
	RightsRequests rights;

	@Autowired
	org.pomegranate.pairing.Pairing pairing;

	@Autowired
	UserDetailsService users;

	@Autowired
	CaseIntake caseIntake;

	@Autowired
	MediationActs mediationActs;

	@Autowired
	Activities activities;

	@Autowired
	SignUps signUps;

	@Autowired
	CheckIns checkIns;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@LocalServerPort
	int port;

	@Test
	void everyRouteThatShowsAResidentsDataWritesAnAuditRow() throws Exception {
		World world = fixtures.world();
		String name = "审计路径" + world.suffix();
		UUID household = fixtures.as(world.head(),
				() -> registry.createHousehold(TestFixtures.household(world.buildingA1(), "7", "701")));
		UUID resident = fixtures.as(world.head(), () -> registry.createResident(new ResidentForm(household, name,
				Gender.FEMALE, LocalDate.of(1979, 2, 3), "13612345678", TestFixtures.uniqueIdNumber(), Language.ZH,
				null, Set.of(), false, Set.of())));
		byte[] photo = png();
		IntakeReceipt request = fixtures.as(world.head(), () -> desk.intake(new Intake(
				catalogue.byCode("HOUSING_REPAIR").id(), "楼道灯坏了", Map.of("part", "pipe"), Channel.PHONE, resident,
				null, null, null, null, "13612345678", null, List.of(new Upload("楼道.png", photo))), null));
		UUID attachment = jdbc.sql("select id from service_request_attachment where request_id = ?")
			.param(request.id()).query(UUID.class).single();
		ApiClient api = new ApiClient(port, json).as(world.head());
		String reveal = "{\"field\":\"%s\",\"purpose\":\"HOME_VISIT\",\"note\":\"上门走访前电话联系本人\"}";

		Map<String, Walk> walks = new LinkedHashMap<>();
		walks.put("GET /residents", () -> page(get("/residents").param("name", name), world.head()));
		walks.put("GET /residents/{id}", () -> page(get("/residents/" + resident), world.head()));
		walks.put("GET /residents/{id}/edit", () -> page(get("/residents/" + resident + "/edit"), world.head()));
		walks.put("POST /residents/{id}/reveal", () -> page(post("/residents/" + resident + "/reveal").with(csrf())
			.param("field", "ID_NUMBER").param("purpose", "SERVICE_VERIFICATION").param("note", "办理低保核对身份证号码"),
				world.head()));
		walks.put("GET /households/{id}", () -> page(get("/households/" + household), world.head()));
		walks.put("GET /workbench/requests/{id}", () -> page(get("/workbench/requests/" + request.id()), world.head()));
		walks.put("GET /workbench/requests/{id}/attachments/{attachmentId}",
				() -> page(get("/workbench/requests/" + request.id() + "/attachments/" + attachment), world.head()));
		walks.put("GET /workbench/intake", () -> page(get("/workbench/intake").param("residentId", resident.toString()),
				world.head()));
		walks.put("POST /workbench/requests/{id}/reveal-phone", () -> page(post("/workbench/requests/" + request.id()
				+ "/reveal-phone").with(csrf()).param("purpose", "CONTACT_ABOUT_REQUEST").param("note", "回电说明维修安排时间"),
				world.head()));
		walks.put("POST /workbench/requests/{id}/call", () -> page(post("/workbench/requests/" + request.id() + "/call")
			.with(csrf()).header("X-Requested-With", "fetch"), world.head()));
		walks.put("GET /api/v1/residents", () -> ok(api.get("/api/v1/residents?name="
				+ java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8))));
		walks.put("GET /api/v1/residents/{id}", () -> ok(api.get("/api/v1/residents/" + resident)));
		walks.put("POST /api/v1/residents/{id}/reveal",
				() -> ok(api.post("/api/v1/residents/" + resident + "/reveal", reveal.formatted("PHONE"))));
		walks.put("GET /api/v1/households/{id}", () -> ok(api.get("/api/v1/households/" + household)));
		walks.put("GET /api/v1/service-requests/{id}", () -> ok(api.get("/api/v1/service-requests/" + request.id())));
		walks.put("GET /api/v1/service-requests/{id}/timeline",
				() -> ok(api.get("/api/v1/service-requests/" + request.id() + "/timeline")));
		String login = fixtures.residentAccount("audit" + world.suffix(), name, resident);
		UUID rights = fixtures.as(login, () -> this.rights.file(RightsRequest.Kind.DELETION, "删除旧电话号码", "已停用"));
		walks.put("GET /rights-requests/{id}", () -> page(get("/rights-requests/" + rights), world.head()));
		UUID pair = fixtures.as(world.head(), () -> pairing.create(new PairingModel.PairForm(PairingModel.Kind.STAFF,
				household, null, fixtures.accountId(world.head()), null, null, "每月走访一次", null)));
		walks.put("GET /pairs/{id}", () -> page(get("/pairs/" + pair), world.head()));
		walks.put("GET /api/v1/pairs/{id}", () -> ok(api.get("/api/v1/pairs/" + pair)));
		String mediator = fixtures.account("auditmed" + world.suffix(), "调解员" + world.suffix(), Role.MEDIATOR,
				world.community().id());
		UUID mediation = fixtures.as(world.head(), () -> {
			UUID id = caseIntake.open(new NewCase(CaseType.NEIGHBOURS, CaseSource.WALK_IN, null, world.community().id(),
					fixtures.accountId(mediator), "楼道堆物纠纷", null, List.of(new NewParty(PartySide.APPLICANT, resident,
							null, null), new NewParty(PartySide.RESPONDENT, null, "邻居", null)))).id();
			mediationActs.session(id, LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")), null, "双方到场");
			mediationActs.agree(id, "三日内清理楼道");
			return id;
		});
		walks.put("GET /mediation/cases/{id}", () -> page(get("/mediation/cases/" + mediation), world.head()));
		walks.put("GET /mediation/cases/{id}/agreement",
				() -> page(get("/mediation/cases/" + mediation + "/agreement"), world.head()));
		walks.put("GET /api/v1/mediation/cases/{id}", () -> ok(api.get("/api/v1/mediation/cases/" + mediation)));
		walks.put("GET /mediation/new", () -> page(get("/mediation/new").param("request", request.id().toString()),
				world.head()));
		UUID activity = fixtures.as(world.head(), () -> activities.create(new ActivityForm(ActivityKind.THEMED_UNITY,
				null, world.community().id(), Localized.zh("心连心茶话会"), null, null, "社区活动室",
				java.time.LocalDateTime.now(org.pomegranate.shared.TimeConfiguration.DISPLAY_ZONE).plusHours(1),
				java.time.LocalDateTime.now(org.pomegranate.shared.TimeConfiguration.DISPLAY_ZONE).plusHours(3), 10, null,
				List.of())));
		fixtures.as(world.head(), () -> checkIns.checkIn(activity, signUps.signUp(activity, resident).shortCode()));
		walks.put("GET /activities/{id}/attendance", () -> page(get("/activities/" + activity + "/attendance"),
				world.head()));
		assertThat(walks.keySet()).isEqualTo(WALKED);

		for (Map.Entry<String, Walk> walk : walks.entrySet()) {
			long before = rows(resident, world.head());
			walk.getValue().run();
			assertThat(rows(resident, world.head())).as("audit rows after %s", walk.getKey()).isGreaterThan(before);
		}
	}

	@Test
	void everyVolunteerRouteThatShowsAResidentsDataWritesAnAuditRow() throws Exception {
		World world = fixtures.world();
		String name = "审计志愿" + world.suffix();
		UUID household = fixtures.as(world.head(),
				() -> registry.createHousehold(TestFixtures.household(world.buildingA1(), "8", "801")));
		UUID resident = fixtures.as(world.head(), () -> registry.createResident(new ResidentForm(household, name,
				Gender.FEMALE, LocalDate.of(1980, 2, 3), null, TestFixtures.uniqueIdNumber(), Language.ZH, null,
				Set.of(), false, Set.of())));
		ApiClient api = new ApiClient(port, json).as(world.head());
		UUID volunteer = UUID.fromString(api.post("/api/v1/volunteers", Map.of("residentId", resident, "consent", true))
			.json().get("id").asString());
		UUID opportunity = UUID.fromString(api.post("/api/v1/volunteer-opportunities", Map.of("unitId",
				world.community().id(), "title", "审计岗位", "place", "社区")).json().get("id").asString());
		java.time.Instant start = java.time.Instant.now().plusSeconds(3600);
		UUID shift = UUID.fromString(api.post("/api/v1/volunteer-opportunities/" + opportunity + "/shifts", Map.of(
				"startsAt", start.toString(), "endsAt", start.plusSeconds(3600).toString(), "needed", 2)).json().get("id")
			.asString());
		assertThat(api.post("/api/v1/shifts/" + shift + "/signups", Map.of("volunteerId", volunteer)).status())
			.isEqualTo(201);
		assertThat(api.post("/api/v1/cadres", Map.of("residentId", resident, "registeredOn", LocalDate.now().toString(),
				"offers", "政策宣讲")).status()).isEqualTo(201);
		String unit = world.community().id().toString();

		Map<String, Walk> walks = new LinkedHashMap<>();
		walks.put("GET /volunteers", () -> page(get("/volunteers"), world.head()));
		walks.put("GET /volunteers/{id}", () -> page(get("/volunteers/" + volunteer), world.head()));
		walks.put("GET /volunteers/{id}/certificate", () -> page(get("/volunteers/" + volunteer + "/certificate"),
				world.head()));
		walks.put("GET /volunteer-opportunities/{id}", () -> page(get("/volunteer-opportunities/" + opportunity),
				world.head()));
		walks.put("GET /party-network/cadres", () -> page(get("/party-network/cadres").param("unitId", unit),
				world.head()));
		walks.put("GET /api/v1/volunteers", () -> ok(api.get("/api/v1/volunteers")));
		walks.put("GET /api/v1/volunteers/{id}", () -> ok(api.get("/api/v1/volunteers/" + volunteer)));
		walks.put("GET /api/v1/volunteers/{id}/hours", () -> ok(api.get("/api/v1/volunteers/" + volunteer + "/hours")));
		walks.put("GET /api/v1/volunteers/{id}/ledger", () -> ok(api.get("/api/v1/volunteers/" + volunteer + "/ledger")));
		walks.put("GET /api/v1/shifts/{id}/signups", () -> ok(api.get("/api/v1/shifts/" + shift + "/signups")));
		walks.put("GET /api/v1/cadres", () -> ok(api.get("/api/v1/cadres?unitId=" + unit)));
		assertThat(walks.keySet()).isEqualTo(WALKED_VOLUNTEERS);

		for (Map.Entry<String, Walk> walk : walks.entrySet()) {
			long before = rows(resident, world.head());
			walk.getValue().run();
			assertThat(rows(resident, world.head())).as("audit rows after %s", walk.getKey()).isGreaterThan(before);
		}
	}

	@Test
	void everyRouteOfTheApplicationIsWalkedOrShowsNoResidentsData() {
		Set<String> routes = new TreeSet<>();
		for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
			Set<String> methods = info.getMethodsCondition().getMethods().isEmpty() ? Set.of("GET")
					: info.getMethodsCondition().getMethods().stream().map(Enum::name).collect(java.util.stream.Collectors.toSet());
			for (String method : methods) {
				for (String path : info.getPatternValues()) {
					routes.add(method + " " + path);
				}
			}
		}
		Set<String> reads = new TreeSet<>(routes.stream().filter(r -> r.startsWith("GET ")).toList());
		reads.removeAll(WALKED);
		reads.removeAll(WALKED_VOLUNTEERS);
		reads.removeAll(NOT_PERSONAL.keySet());
		reads.removeIf(r -> r.startsWith("GET /v3/api-docs") || r.startsWith("GET /swagger-ui") || r.startsWith("GET /actuator"));
		assertThat(reads).as("GET routes neither walked nor named as showing no one's data").isEmpty();
	}

	private long rows(UUID resident, String actor) {
		return jdbc.sql("select count(*) from audit_entry where resident_id = ? and actor_name = ?")
			.params(resident, actor).query(Long.class).single();
	}

	private void page(MockHttpServletRequestBuilder request, String username) throws Exception {
		int status = mvc.perform(request.with(user(users.loadUserByUsername(username)))).andReturn().getResponse()
			.getStatus();
		assertThat(status).isEqualTo(200);
	}

	private static void ok(ApiClient.Response response) {
		assertThat(response.status()).as("%s", response).isEqualTo(200);
	}

	private static byte[] png() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB), "png", out);
		return out.toByteArray();
	}

	@FunctionalInterface
	interface Walk {
		void run() throws Exception;
	}
}
