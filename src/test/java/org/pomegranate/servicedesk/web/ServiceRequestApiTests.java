package org.pomegranate.servicedesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pomegranate.ApiClient;
import org.pomegranate.ApiClient.Response;
import org.pomegranate.IntegrationTest;
import org.pomegranate.TestFixtures;
import org.pomegranate.TestFixtures.World;
import org.pomegranate.identity.Role;
import org.pomegranate.registry.RegistryManagement;
import org.pomegranate.servicedesk.ServiceCatalogue;
import org.pomegranate.servicedesk.ServiceCategory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code /api/v1/service-requests} over real HTTP: the whole path of a request, idempotent
 * retries, bad input that writes nothing, refused transitions in the caller's language, scope
 * between grids, uploads judged by their content, queue filters, a resident's own view, and
 * numbers under concurrency.
 */
@IntegrationTest
class ServiceRequestApiTests {

	private static final String REQUESTS = "/api/v1/service-requests";

	@LocalServerPort
	int port;

	@Autowired
	JsonMapper json;

	@Autowired
	TestFixtures fixtures;

	@Autowired
	RegistryManagement registry;

	@Autowired
	ServiceCatalogue catalogue;

	@Autowired
	JdbcClient jdbc;

	World world;
	ApiClient api;
	ApiClient workerA;
	ApiClient workerB;
	UUID household;
	UUID resident;
	String residentLogin;
	ServiceCategory repair;
	ServiceCategory neighbourhood;

	@BeforeEach
	void setUp() {
		world = fixtures.world();
		api = new ApiClient(port, json);
		workerA = api.as(world.workerA());
		workerB = api.as(world.workerB());
		household = fixtures.as(world.head(),
				() -> registry.createHousehold(TestFixtures.household(world.buildingA1(), "1", "101")));
		resident = fixtures.as(world.head(),
				() -> registry.createResident(TestFixtures.resident(household, "测试居民", "13900002222", null)));
		residentLogin = fixtures.residentAccount("res" + world.suffix(), "测试居民", resident);
		repair = catalogue.byCode("HOUSING_REPAIR");
		neighbourhood = catalogue.byCode("NEIGHBOURHOOD");
	}

	@AfterEach
	void signOut() {
		TestFixtures.signOut();
	}

	@Test
	void aResidentsRequestGoesFromIntakeToRating() {
		ApiClient me = api.as(residentLogin);
		Response created = me.post(REQUESTS, repairRequest("厨房水管漏水"));
		assertThat(created.status()).isEqualTo(201);
		String id = created.json().path("id").asString();
		assertThat(created.json().path("number").asString()).matches("HX-\\d{4}-\\d{6}");
		assertThat(created.header("Location")).hasValueSatisfying(l -> assertThat(l).endsWith(REQUESTS + "/" + id));

		Response read = workerA.get(REQUESTS + "/" + id);
		assertThat(read.status()).isEqualTo(200);
		assertThat(read.json().path("summary").path("status").asString()).isEqualTo("SUBMITTED");
		assertThat(read.json().path("summary").path("unitId").asString()).isEqualTo(world.gridA().id().toString());
		assertThat(read.json().path("extra").path("part").asString()).isEqualTo("pipe");

		assertThat(workerA.post(REQUESTS + "/" + id + "/accept", null).json().path("summary").path("status")
			.asString()).isEqualTo("ACCEPTED");
		assertThat(workerA.post(REQUESTS + "/" + id + "/start", null).status()).isEqualTo(200);
		Response resolved = workerA.post(REQUESTS + "/" + id + "/resolve", Map.of("note", "已更换水管"));
		assertThat(resolved.json().path("summary").path("status").asString()).isEqualTo("RESOLVED");

		Response rated = me.post(REQUESTS + "/" + id + "/rating",
				Map.of("resolution", "RESOLVED", "satisfaction", "SATISFIED", "comment", "谢谢"));
		assertThat(rated.status()).isEqualTo(200);
		assertThat(rated.json().path("summary").path("status").asString()).isEqualTo("CLOSED");
		assertThat(rated.json().path("rating").path("channel").asString()).isEqualTo("PORTAL");

		Response timeline = workerA.get(REQUESTS + "/" + id + "/timeline");
		assertThat(timeline.json().values()).extracting(e -> e.path("kind").asString())
			.containsExactly("SUBMITTED", "ROUTED_HOUSEHOLD", "ASSIGNED", "ACCEPTED", "STARTED", "RESOLVED", "RATED");

		// rating twice is refused, and changes nothing
		Response again = me.post(REQUESTS + "/" + id + "/rating",
				Map.of("resolution", "NOT_RESOLVED", "satisfaction", "UNSATISFIED"));
		assertThat(again.status()).isEqualTo(409);
		assertThat(me.get(REQUESTS + "/" + id).json().path("rating").path("satisfaction").asString())
			.isEqualTo("SATISFIED");
	}

	@Test
	void aRetryWithTheSameIdempotencyKeyAnswersTheFirstReceiptAndWritesNothing() {
		String key = UUID.randomUUID().toString();
		Response first = workerA.send("POST", REQUESTS, onBehalf(repair, "楼道灯坏了", Map.of("part", "wiring")),
				"Idempotency-Key", key);
		assertThat(first.status()).isEqualTo(201);
		long rows = requestsOfHousehold();
		long events = eventsOfHousehold();

		Response retry = workerA.send("POST", REQUESTS, onBehalf(repair, "楼道灯坏了", Map.of("part", "wiring")),
				"Idempotency-Key", key);
		assertThat(retry.status()).isEqualTo(200);
		assertThat(retry.json().path("id").asString()).isEqualTo(first.json().path("id").asString());
		assertThat(retry.json().path("number").asString()).isEqualTo(first.json().path("number").asString());
		assertThat(requestsOfHousehold()).isEqualTo(rows).isEqualTo(1);
		assertThat(eventsOfHousehold()).isEqualTo(events);

		// another key is another request
		assertThat(workerA.send("POST", REQUESTS, onBehalf(repair, "楼道灯坏了", Map.of("part", "wiring")),
				"Idempotency-Key", key + "-2").status()).isEqualTo(201);
		assertThat(requestsOfHousehold()).isEqualTo(2);
	}

	@Test
	void badInputIsRefusedWithTheFieldAndWritesNothing() {
		ApiClient en = workerA.language("en");
		Response missing = en.post(REQUESTS, onBehalf(repair, "窗户坏了", Map.of()));
		assertThat(missing.status()).isEqualTo(400);
		assertThat(missing.fieldErrors()).containsEntry("extra.part", "Required");

		Response unknownCategory = en.post(REQUESTS, onBehalf(UUID.randomUUID(), "窗户坏了", Map.of("part", "window")));
		assertThat(unknownCategory.status()).isEqualTo(400);
		assertThat(unknownCategory.fieldErrors()).containsKey("categoryId");

		Map<String, Object> badChannel = onBehalf(repair, "窗户坏了", Map.of("part", "window"));
		badChannel.put("channel", "CARRIER_PIGEON");
		Response channel = en.post(REQUESTS, badChannel);
		assertThat(channel.status()).isEqualTo(400);
		assertThat(channel.fieldErrors()).containsKey("channel");

		Map<String, Object> noDescription = onBehalf(repair, " ", Map.of("part", "window"));
		assertThat(en.post(REQUESTS, noDescription).fieldErrors()).containsKey("description");

		assertThat(en.get(REQUESTS + "?status=LOST").fieldErrors()).containsKey("status");
		assertThat(en.get(REQUESTS + "?from=yesterday").fieldErrors()).containsKey("from");
		assertThat(en.get(REQUESTS + "/not-a-uuid").status()).isEqualTo(400);
		assertThat(en.get(REQUESTS + "/" + UUID.randomUUID()).status()).isEqualTo(404);

		assertThat(requestsOfHousehold()).isZero();
	}

	@Test
	void aWrongTransitionIsRefusedInTheCallersLanguage() {
		String id = createdByWorkerA();
		Response en = workerA.language("en").post(REQUESTS + "/" + id + "/resolve", Map.of("note", "done"));
		assertThat(en.status()).isEqualTo(409);
		assertThat(en.message()).isEqualTo("This request cannot be resolved now (accept it first)");
		Response zh = workerA.language("zh-CN").post(REQUESTS + "/" + id + "/start", null);
		assertThat(zh.status()).isEqualTo(409);
		assertThat(zh.message()).isNotBlank().doesNotContain("error.").matches(".*\\p{IsHan}.*");
		assertThat(workerA.get(REQUESTS + "/" + id).json().path("summary").path("status").asString())
			.isEqualTo("SUBMITTED");

		// a note is required to resolve, a referral to reject
		workerA.post(REQUESTS + "/" + id + "/accept", null);
		assertThat(workerA.post(REQUESTS + "/" + id + "/resolve", Map.of()).fieldErrors()).containsKey("note");
		assertThat(workerA.post(REQUESTS + "/" + id + "/reject", Map.of()).fieldErrors()).containsKey("referral");
	}

	@Test
	void anotherGridsWorkerFindsNothingAndCanDoNothing() {
		String id = createdByWorkerA();
		String other = createdByWorkerA();
		String base = REQUESTS + "/" + id;
		assertThat(workerB.get(base).status()).isEqualTo(404);
		assertThat(workerB.get(base + "/timeline").status()).isEqualTo(404);
		assertThat(workerB.get(base + "/duplicates").status()).isEqualTo(404);
		assertThat(workerB.post(base + "/accept", null).status()).isEqualTo(404);
		assertThat(workerB.post(base + "/start", null).status()).isEqualTo(404);
		assertThat(workerB.post(base + "/resolve", Map.of("note", "x")).status()).isEqualTo(404);
		assertThat(workerB.post(base + "/transfer", Map.of("unitId", world.gridB().id(), "reason", "x")).status())
			.isEqualTo(404);
		assertThat(workerB.post(base + "/merge", Map.of("intoId", other)).status()).isEqualTo(404);
		assertThat(workerB.post(base + "/reject", Map.of("referral", "x")).status()).isEqualTo(404);
		assertThat(workerB.post(base + "/rating", Map.of("resolution", "RESOLVED", "satisfaction", "SATISFIED"))
			.status()).isEqualTo(404);
		assertThat(multipart(world.workerB(), base + "/attachments", Map.of("a.pdf", pdf(100))).status())
			.isEqualTo(404);
		// reopening belongs to residents alone
		assertThat(workerB.post(base + "/reopen", Map.of("reason", "x")).status()).isEqualTo(403);
		assertThat(workerB.get(REQUESTS + "?status=SUBMITTED").json().path("items").values())
			.noneMatch(r -> r.path("id").asString().equals(id));
		assertThat(workerA.get(base).json().path("summary").path("status").asString()).isEqualTo("SUBMITTED");
		assertThat(workerA.get(base + "/duplicates").json().values()).extracting(r -> r.path("id").asString())
			.contains(other);
	}

	@Test
	void filesAreJudgedByTheirContent() throws Exception {
		String id = createdByWorkerA();
		String path = REQUESTS + "/" + id + "/attachments";

		Response disguised = multipart(world.workerA(), path,
				Map.of("x.jpg", "just some text, not a photo".getBytes(StandardCharsets.UTF_8)));
		assertThat(disguised.status()).isEqualTo(400);
		assertThat(disguised.fieldErrors()).containsKey("attachments");

		Response oversize = multipart(world.workerA(), path, Map.of("big.pdf", pdf(5 * 1024 * 1024 + 1)));
		assertThat(oversize.status()).isEqualTo(400);
		assertThat(oversize.fieldErrors()).containsKey("attachments");
		// far beyond the limit: stopped while it arrives, with the same words
		Response huge = multipart(world.workerA(), path, Map.of("huge.pdf", pdf(17 * 1024 * 1024)));
		assertThat(huge.status()).isEqualTo(413);
		assertThat(huge.fieldErrors()).containsKey("attachments");
		assertThat(attachmentsOf(id)).isZero();

		Response ok = multipart(world.workerA(), path, Map.of("楼道.jpg", jpeg(), "report.pdf", pdf(2000)));
		assertThat(ok.status()).isEqualTo(200);
		assertThat(ok.json().values()).extracting(a -> a.path("contentType").asString())
			.containsExactlyInAnyOrder("image/jpeg", "application/pdf");
		assertThat(workerA.get(REQUESTS + "/" + id + "/timeline").json().values())
			.extracting(e -> e.path("kind").asString()).contains("ATTACHED");

		Response tooMany = multipart(world.workerA(), path, Map.of("a.pdf", pdf(10), "b.pdf", pdf(10)));
		assertThat(tooMany.status()).isEqualTo(400);
		assertThat(attachmentsOf(id)).isEqualTo(2);
	}

	@Test
	void theQueueFiltersAndPages() {
		String first = createdByWorkerA();
		String second = createdByWorkerA();
		String otherCategory = workerA.post(REQUESTS, onBehalf(neighbourhood, "邻居噪音", Map.of())).json().path("id")
			.asString();
		workerA.post(REQUESTS + "/" + second + "/accept", null);

		assertThat(ids(workerA.get(REQUESTS + "?mine=true&size=100"))).contains(first, second, otherCategory);
		assertThat(ids(workerA.get(REQUESTS + "?status=ACCEPTED&size=100"))).contains(second)
			.doesNotContain(first, otherCategory);
		assertThat(ids(workerA.get(REQUESTS + "?categoryId=" + neighbourhood.id() + "&size=100")))
			.contains(otherCategory).doesNotContain(first, second);
		assertThat(ids(workerA.get(REQUESTS + "?tier=GENERAL&channel=PHONE&size=100"))).contains(first, second);
		assertThat(ids(workerA.get(REQUESTS + "?channel=WALK_IN&size=100"))).doesNotContain(first, second);
		String today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString();
		assertThat(ids(workerA.get(REQUESTS + "?from=" + today + "&to=" + today + "&size=100"))).contains(first);
		assertThat(ids(workerA.get(REQUESTS + "?to=2020-01-01&size=100"))).doesNotContain(first);

		Response page0 = workerA.get(REQUESTS + "?mine=true&size=2");
		assertThat(page0.json().path("size").asInt()).isEqualTo(2);
		assertThat(page0.json().path("total").path("value").asLong()).isEqualTo(3);
		assertThat(page0.json().path("total").path("kind").asString()).isEqualTo("EXACT");
		assertThat(ids(page0)).hasSize(2);
		Response page1 = workerA.get(REQUESTS + "?mine=true&size=2&after=" + page0.json().path("next").asString());
		assertThat(page1.json().path("from").asLong()).isEqualTo(3);
		assertThat(page1.json().path("next").isNull() || page1.json().path("next").isMissingNode()).isTrue();
		assertThat(ids(page1)).hasSize(1).doesNotContainAnyElementsOf(ids(page0));
		// the count joins the category only for a tier, and then counts what the list shows
		for (String tier : List.of("GENERAL", "EMERGENCY")) {
			Response byTier = workerA.get(REQUESTS + "?mine=true&tier=" + tier + "&size=100");
			assertThat(byTier.json().path("total").path("value").asLong()).isEqualTo(ids(byTier).size());
		}
	}

	@Test
	void aResidentSeesOnlyTheirOwn() {
		ApiClient me = api.as(residentLogin);
		String mine = me.post(REQUESTS, repairRequest("暖气不热")).json().path("id").asString();
		UUID neighbour = fixtures.as(world.head(),
				() -> registry.createResident(TestFixtures.resident(household, "邻居", null, null)));
		String neighbourLogin = fixtures.residentAccount("nb" + world.suffix(), "邻居", neighbour);
		String theirs = api.as(neighbourLogin).post(REQUESTS, repairRequest("门锁坏了")).json().path("id").asString();

		assertThat(ids(me.get(REQUESTS))).containsExactly(mine);
		assertThat(me.get(REQUESTS + "/" + mine).status()).isEqualTo(200);
		assertThat(me.get(REQUESTS + "/" + theirs).status()).isEqualTo(404);
		assertThat(me.get(REQUESTS + "/" + theirs + "/timeline").status()).isEqualTo(404);
		assertThat(me.post(REQUESTS + "/" + mine + "/accept", null).status()).isEqualTo(403);
		assertThat(me.get("/api/v1/revisits").status()).isEqualTo(403);
	}

	@Test
	void aHundredConcurrentIntakesGetAHundredDistinctNumbers() throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(16);
		try {
			List<Future<Response>> answers = new ArrayList<>();
			for (int i = 0; i < 100; i++) {
				String key = "concurrent-" + i;
				answers.add(pool.submit(() -> workerA.send("POST", REQUESTS,
						onBehalf(repair, "并发测试", Map.of("part", "roof")), "Idempotency-Key", key)));
			}
			Set<String> numbers = new HashSet<>();
			for (Future<Response> answer : answers) {
				Response r = answer.get();
				assertThat(r.status()).isEqualTo(201);
				numbers.add(r.json().path("number").asString());
			}
			assertThat(numbers).hasSize(100);
			assertThat(requestsOfHousehold()).isEqualTo(100);
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void revisitsAreListedAndCompleted() {
		ApiClient me = api.as(residentLogin);
		String id = me.post(REQUESTS, repairRequest("屋顶漏雨")).json().path("id").asString();
		workerA.post(REQUESTS + "/" + id + "/accept", null);
		workerA.post(REQUESTS + "/" + id + "/resolve", Map.of("note", "修好了"));
		me.post(REQUESTS + "/" + id + "/rating", Map.of("resolution", "NOT_RESOLVED", "satisfaction", "UNSATISFIED"));

		ApiClient head = api.as(world.head());
		JsonNode revisit = head.get("/api/v1/revisits").json().values().stream()
			.filter(v -> v.path("requestId").asString().equals(id)).findFirst().orElseThrow();
		String revisitId = revisit.path("id").asString();
		assertThat(workerB.post("/api/v1/revisits/" + revisitId + "/complete", Map.of("outcome", "x")).status())
			.isEqualTo(404);
		assertThat(head.post("/api/v1/revisits/" + revisitId + "/complete", Map.of()).fieldErrors())
			.containsKey("outcome");
		assertThat(head.post("/api/v1/revisits/" + revisitId + "/complete", Map.of("outcome", "已回访，明天再修"))
			.status()).isEqualTo(204);
		assertThat(workerA.get(REQUESTS + "/" + id + "/timeline").json().values())
			.extracting(e -> e.path("kind").asString()).contains("REVISIT_OPENED", "REVISITED");
	}

	@Test
	void categoriesAreListedAndTheirDeadlinesChangedOnlyWithThePermission() {
		Response list = workerA.get("/api/v1/service-categories");
		assertThat(list.status()).isEqualTo(200);
		assertThat(list.json().values()).extracting(c -> c.path("code").asString()).contains("EMERGENCY",
				"HOUSING_REPAIR");
		JsonNode one = workerA.get("/api/v1/service-categories/" + repair.id()).json();
		assertThat(one.path("fields").get(0).path("code").asString()).isEqualTo("part");
		assertThat(one.path("responseMinutes").asInt()).isEqualTo(repair.responseMinutes());

		Map<String, Object> same = Map.of("responseMinutes", repair.responseMinutes(), "resolveMinutes",
				repair.resolveMinutes(), "active", true);
		assertThat(workerA.put("/api/v1/service-categories/" + repair.id() + "/deadlines", same).status())
			.isEqualTo(403);
		assertThat(workerA.get("/api/v1/service-categories/" + UUID.randomUUID()).status()).isEqualTo(404);

		// the catalogue manager may; the same values again leave the shared catalogue as it was
		ApiClient admin = api.as(fixtures.account("cat" + world.suffix(), "目录管理员", Role.SYSTEM_ADMIN, null))
			.language("en");
		Response changed = admin.put("/api/v1/service-categories/" + repair.id() + "/deadlines", same);
		assertThat(changed.status()).isEqualTo(200);
		assertThat(changed.json().path("resolveMinutes").asInt()).isEqualTo(repair.resolveMinutes());
		Response backwards = admin.put("/api/v1/service-categories/" + repair.id() + "/deadlines",
				Map.of("responseMinutes", 600, "resolveMinutes", 60, "active", true));
		assertThat(backwards.status()).isEqualTo(400);
		assertThat(backwards.fieldErrors()).containsKey("resolveMinutes");
		assertThat(admin.put("/api/v1/service-categories/" + repair.id() + "/deadlines", Map.of("active", true))
			.fieldErrors()).containsKeys("responseMinutes", "resolveMinutes");
		assertThat(catalogue.category(repair.id()).responseMinutes()).isEqualTo(repair.responseMinutes());
	}

	@Test
	void theServiceDeskIsDescribedForOpenApi() {
		JsonNode document = api.anonymous().get("/v3/api-docs").json();
		assertThat(document.path("paths").propertyNames()).contains(REQUESTS, REQUESTS + "/{id}",
				REQUESTS + "/{id}/attachments", REQUESTS + "/{id}/timeline", REQUESTS + "/{id}/accept",
				REQUESTS + "/{id}/rating", "/api/v1/revisits", "/api/v1/service-categories",
				"/api/v1/service-categories/{id}/deadlines");
		assertThat(document.path("paths").path(REQUESTS).path("post").path("summary").asString()).isNotBlank();
		// files never travel in the JSON body
		assertThat(document.path("components").path("schemas").path("Intake").path("properties").propertyNames())
			.contains("categoryId", "extra").doesNotContain("attachments");
	}

	// ---- helpers ----------------------------------------------------------------------------------

	private Map<String, Object> repairRequest(String description) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("categoryId", repair.id());
		body.put("description", description);
		body.put("extra", Map.of("part", "pipe"));
		return body;
	}

	private Map<String, Object> onBehalf(ServiceCategory category, String description, Map<String, Object> extra) {
		return onBehalf(category.id(), description, extra);
	}

	private Map<String, Object> onBehalf(UUID categoryId, String description, Map<String, Object> extra) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("categoryId", categoryId);
		body.put("description", description);
		body.put("extra", extra);
		body.put("channel", "PHONE");
		body.put("residentId", resident);
		return body;
	}

	private String createdByWorkerA() {
		Response r = workerA.post(REQUESTS, onBehalf(repair, "楼道漏水", Map.of("part", "pipe")));
		assertThat(r.status()).isEqualTo(201);
		return r.json().path("id").asString();
	}

	private static List<String> ids(Response page) {
		assertThat(page.status()).as("%s", page).isEqualTo(200);
		return page.json().path("items").values().stream().map(r -> r.path("id").asString()).toList();
	}

	private long requestsOfHousehold() {
		return jdbc.sql("select count(*) from service_request where household_id = ?").param(household)
			.query(Long.class).single();
	}

	private long eventsOfHousehold() {
		return jdbc.sql("""
				select count(*) from service_request_event e join service_request r on r.id = e.request_id
				where r.household_id = ?""").param(household).query(Long.class).single();
	}

	private long attachmentsOf(String id) {
		return jdbc.sql("select count(*) from service_request_attachment where request_id = ?")
			.param(UUID.fromString(id)).query(Long.class).single();
	}

	private static byte[] jpeg() {
		return org.pomegranate.TestImages.jpeg();
	}

	private static byte[] pdf(int size) {
		byte[] bytes = new byte[size];
		byte[] magic = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
		System.arraycopy(magic, 0, bytes, 0, Math.min(magic.length, size));
		return bytes;
	}

	/** A multipart POST with one part named {@code attachments} per file. */
	private Response multipart(String username, String path, Map<String, byte[]> files) {
		String boundary = "----pomegranate" + UUID.randomUUID();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		try {
			for (Map.Entry<String, byte[]> file : files.entrySet()) {
				body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"attachments\"; filename=\""
						+ file.getKey() + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
					.getBytes(StandardCharsets.UTF_8));
				body.write(file.getValue());
				body.write("\r\n".getBytes(StandardCharsets.UTF_8));
			}
			body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
			HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
				.timeout(Duration.ofSeconds(60))
				.header("Content-Type", "multipart/form-data; boundary=" + boundary)
				.header("Accept", "application/json")
				.header("Accept-Language", "en")
				.header("Authorization", "Bearer " + TestFixtures.apiToken(username))
				.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
				.build();
			HttpResponse<String> response = HttpClient.newHttpClient().send(request,
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			assertThat(response.statusCode()).as("%s", response.body()).isLessThan(500);
			return new Response(response.statusCode(), Map.of(), response.body(), json);
		}
		catch (IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}
}
