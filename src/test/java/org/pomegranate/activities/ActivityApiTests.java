package org.pomegranate.activities;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pomegranate.ApiClient;
import org.pomegranate.IntegrationTest;
import org.pomegranate.TestFixtures;
import org.pomegranate.TestFixtures.World;
import org.pomegranate.registry.RegistryManagement;
import org.pomegranate.shared.TimeConfiguration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Activities over real HTTP and on embedded PostgreSQL: the waiting list promotes on a cancellation and
 * notifies; 200 concurrent sign-ups for 50 places confirm exactly 50; one live sign-up per resident;
 * every refused check-in (forged, wrong activity, twice, cancelled, waiting, over) and every bad form
 * answers a translated 400/404/409 and writes nothing.
 */
@IntegrationTest
class ActivityApiTests {

	@LocalServerPort
	int port;

	@Autowired
	JsonMapper json;

	@Autowired
	TestFixtures fixtures;

	@Autowired
	RegistryManagement registry;

	@Autowired
	SignUps signUps;

	@Autowired
	JdbcClient jdbc;

	World world;
	ApiClient head;

	@BeforeEach
	void setUp() {
		world = fixtures.world();
		head = new ApiClient(port, json).as(world.head());
	}

	private Map<String, Object> form(String title, int capacity, LocalDateTime start) {
		return new java.util.HashMap<>(Map.of("kind", "THEMED_UNITY", "title", Map.of("zh", title, "en", "Hand in hand"),
				"venueAddress", "社区活动室", "startsAt", start.toString(), "endsAt", start.plusHours(2).toString(),
				"capacity", capacity, "audienceCommunityId", world.community().id().toString(), "coOrganisers",
				List.of(Map.of("name", "格尔木驻地部队", "type", "ARMY_UNIT"))));
	}

	private static LocalDateTime inHours(int hours) {
		return ZonedDateTime.now(TimeConfiguration.DISPLAY_ZONE).plusHours(hours).toLocalDateTime().withNano(0);
	}

	private UUID create(String title, int capacity, LocalDateTime start) {
		ApiClient.Response r = head.post("/api/v1/activities", form(title, capacity, start));
		assertThat(r.status()).as(r.body()).isEqualTo(201);
		return UUID.fromString(r.json().get("id").asString());
	}

	private List<UUID> residents(int count, String prefix) {
		return fixtures.as(world.head(), () -> {
			List<UUID> ids = new ArrayList<>();
			for (int i = 0; i < count; i++) {
				UUID household = registry.createHousehold(TestFixtures.household(world.buildingA1(), "9", prefix + i));
				ids.add(registry.createResident(TestFixtures.resident(household, "居民" + prefix + i, null, null)));
			}
			return ids;
		});
	}

	private JsonNode signUp(UUID activity, UUID resident) {
		ApiClient.Response r = head.post("/api/v1/activities/" + activity + "/signups", Map.of("residentId", resident));
		assertThat(r.status()).as(r.body()).isEqualTo(201);
		return r.json();
	}

	@Test
	void theWaitingListMovesUpOnACancellationAndTellsThePromotedResident() {
		UUID activity = create("手拉手联欢", 2, inHours(48));
		List<UUID> people = residents(3, "wl");
		String promotedLogin = fixtures.residentAccount("wl2" + world.suffix(), "居民wl2", people.get(2));
		JsonNode first = signUp(activity, people.get(0));
		signUp(activity, people.get(1));
		JsonNode third = signUp(activity, people.get(2));
		assertThat(first.get("status").asString()).isEqualTo("CONFIRMED");
		assertThat(third.get("status").asString()).isEqualTo("WAITING");
		assertThat(third.get("position").asInt()).isEqualTo(1);

		ApiClient.Response cancel = head.send("DELETE", "/api/v1/activities/" + activity + "/signups/"
				+ first.get("id").asString(), null);
		assertThat(cancel.status()).isEqualTo(204);
		assertThat(jdbc.sql("select status from activity_signup where id = ?").param(UUID.fromString(third.get("id")
			.asString())).query(String.class).single()).isEqualTo("CONFIRMED");
		assertThat(jdbc.sql("select taken from activity where id = ?").param(activity).query(Integer.class).single())
			.isEqualTo(2);
		assertThat(jdbc.sql("select count(*) from notification where account_id = ? and kind = 'activity.promoted'")
			.param(fixtures.accountId(promotedLogin)).query(Integer.class).single()).isEqualTo(1);
		// cancelling again: 409, nothing changes
		assertThat(head.send("DELETE", "/api/v1/activities/" + activity + "/signups/" + first.get("id").asString(), null)
			.status()).isEqualTo(409);
		// the promoted resident sees her confirmed ticket
		ApiClient.Response own = new ApiClient(port, json).as(promotedLogin).get("/api/v1/activities/" + activity);
		assertThat(own.status()).isEqualTo(200);
	}

	@Test
	void twoHundredConcurrentSignUpsForFiftyPlacesConfirmExactlyFifty() throws Exception {
		UUID activity = create("中秋联欢晚会", 50, inHours(72));
		List<UUID> people = residents(200, "cc");
		ExecutorService pool = Executors.newFixedThreadPool(24);
		try {
			List<Future<Signup>> results = new ArrayList<>();
			for (UUID resident : people) {
				results.add(pool.submit(() -> fixtures.as(world.head(), () -> signUps.signUp(activity, resident))));
			}
			int confirmed = 0, waiting = 0;
			for (Future<Signup> f : results) {
				switch (f.get().status()) {
					case CONFIRMED -> confirmed++;
					case WAITING -> waiting++;
					default -> throw new AssertionError();
				}
			}
			assertThat(confirmed).isEqualTo(50);
			assertThat(waiting).isEqualTo(150);
		}
		finally {
			pool.shutdown();
		}
		assertThat(jdbc.sql("select taken from activity where id = ?").param(activity).query(Integer.class).single())
			.isEqualTo(50);
		assertThat(jdbc.sql("select count(*) from activity_signup where activity_id = ? and status = 'CONFIRMED'")
			.param(activity).query(Integer.class).single()).isEqualTo(50);
	}

	@Test
	void oneResidentSignsUpOnceEvenWhenTwentyArriveAtOnce() throws Exception {
		UUID activity = create("法治讲座", 30, inHours(24));
		UUID resident = residents(1, "once").get(0);
		ExecutorService pool = Executors.newFixedThreadPool(10);
		try {
			List<Future<Integer>> results = new ArrayList<>();
			for (int i = 0; i < 20; i++) {
				results.add(pool.submit(() -> head.post("/api/v1/activities/" + activity + "/signups",
						Map.of("residentId", resident)).status()));
			}
			int created = 0;
			for (Future<Integer> f : results) {
				int status = f.get();
				assertThat(status).isIn(201, 409);
				created += status == 201 ? 1 : 0;
			}
			assertThat(created).isEqualTo(1);
		}
		finally {
			pool.shutdown();
		}
		assertThat(jdbc.sql("select taken from activity where id = ?").param(activity).query(Integer.class).single())
			.isEqualTo(1);
	}

	@Test
	void everyBadCheckInIsRefusedWithItsReasonAndChangesNothing() {
		UUID here = create("非遗进校园", 1, inHours(1));
		UUID there = create("篮球友谊赛", 5, inHours(1));
		List<UUID> people = residents(3, "ci");
		JsonNode ticket = signUp(here, people.get(0));
		JsonNode waiting = signUp(here, people.get(1));
		JsonNode elsewhere = signUp(there, people.get(2));
		String token = jdbc.sql("select token from activity_signup where id = ?")
			.param(UUID.fromString(ticket.get("id").asString())).query(String.class).single();
		ApiClient en = head.language("en");
		String path = "/api/v1/activities/" + here + "/check-ins";

		ApiClient.Response forged = en.post(path, Map.of("code", "AAAAAAAA"));
		assertThat(forged.status()).isEqualTo(400);
		assertThat(forged.fieldErrors().get("code")).contains("not a ticket");
		assertThat(en.post(path, Map.of("code", "x".repeat(43))).status()).isEqualTo(400);
		assertThat(en.post(path, Map.of("code", "abc\u0007")).status()).isEqualTo(400);
		assertThat(en.post(path, Map.of("code", "")).status()).isEqualTo(400);
		ApiClient.Response wrong = en.post(path, Map.of("code", jdbc.sql("select token from activity_signup where id = ?")
			.param(UUID.fromString(elsewhere.get("id").asString())).query(String.class).single()));
		assertThat(wrong.status()).isEqualTo(409);
		assertThat(wrong.message()).contains("another activity");
		ApiClient.Response stillWaiting = en.post(path, Map.of("code", waiting.get("shortCode").asString()));
		assertThat(stillWaiting.status()).isEqualTo(409);
		assertThat(stillWaiting.message()).contains("waiting list");
		assertThat(jdbc.sql("select count(*) from activity_attendance where activity_id = ?").param(here)
			.query(Integer.class).single()).isZero();

		ApiClient.Response ok = en.post(path, Map.of("code", token));
		assertThat(ok.status()).as(ok.body()).isEqualTo(201);
		assertThat(ok.json().get("name").asString()).isEqualTo("居民ci0");
		ApiClient.Response twice = en.post(path, Map.of("code", ticket.get("shortCode").asString().toLowerCase()));
		assertThat(twice.status()).isEqualTo(409);
		assertThat(twice.message()).contains("Already checked in");
		assertThat(head.post(path, Map.of("code", token)).message()).isEqualTo("已经签到过了");

		// a cancelled sign-up's ticket, and an activity that is over
		UUID cancelled = UUID.fromString(elsewhere.get("id").asString());
		assertThat(head.send("DELETE", "/api/v1/activities/" + there + "/signups/" + cancelled, null).status())
			.isEqualTo(204);
		ApiClient.Response gone = en.post("/api/v1/activities/" + there + "/check-ins",
				Map.of("code", elsewhere.get("shortCode").asString()));
		assertThat(gone.status()).isEqualTo(409);
		assertThat(gone.message()).contains("cancelled");
		jdbc.sql("update activity set starts_at = now() - interval '3 hours', ends_at = now() - interval '1 hour' where id = ?")
			.param(there).update();
		assertThat(en.post("/api/v1/activities/" + there + "/check-ins", Map.of("code", "AAAAAAAA")).message())
			.contains("over");
		assertThat(jdbc.sql("select count(*) from activity_attendance where activity_id in (?, ?)").params(here, there)
			.query(Integer.class).single()).isEqualTo(1);

		// a walk-in, then the attendance counts in the month's figures
		assertThat(head.post("/api/v1/activities/" + here + "/walk-ins", Map.of("name", "过路的老乡")).status())
			.isEqualTo(201);
		JsonNode figures = head.get("/api/v1/participation?month="
				+ java.time.YearMonth.from(inHours(1)).toString()).json();
		JsonNode row = null;
		for (JsonNode r : figures) {
			if (r.get("unitId").asString().equals(world.community().id().toString())) {
				row = r;
			}
		}
		assertThat(row).isNotNull();
		assertThat(row.get("participations").asInt()).isEqualTo(2);
		assertThat(row.get("residentsReached").asInt()).isEqualTo(1);
		assertThat(row.get("mixedShown").asString()).isEqualTo("< 10");
	}

	@Test
	void badFormsUnknownIdsAndOtherScopesAreRefusedAndWriteNothing() {
		long before = jdbc.sql("select count(*) from activity").query(Long.class).single();
		ApiClient en = head.language("en");
		Map<String, Object> bad = form("", 0, inHours(5));
		bad.put("endsAt", inHours(4).toString());
		bad.put("venueAddress", "");
		ApiClient.Response r = en.post("/api/v1/activities", bad);
		assertThat(r.status()).isEqualTo(400);
		assertThat(r.fieldErrors()).containsKeys("title.zh", "capacity", "endsAt", "venueAddress");
		Map<String, Object> control = form("标题\u0000", 10, inHours(5));
		assertThat(en.post("/api/v1/activities", control).fieldErrors()).containsKey("title.zh");
		Map<String, Object> huge = form("长".repeat(201), 10, inHours(5));
		assertThat(en.post("/api/v1/activities", huge).fieldErrors()).containsKey("title.zh");
		Map<String, Object> notCommunity = form("标题", 10, inHours(5));
		notCommunity.put("audienceCommunityId", world.street().id().toString());
		assertThat(en.post("/api/v1/activities", notCommunity).fieldErrors()).containsKey("audienceCommunityId");
		Map<String, Object> noBooking = form("标题", 10, inHours(5));
		noBooking.put("venueBookingId", UUID.randomUUID().toString());
		assertThat(en.post("/api/v1/activities", noBooking).fieldErrors()).containsKey("venueBookingId");
		assertThat(jdbc.sql("select count(*) from activity").query(Long.class).single()).isEqualTo(before);

		assertThat(head.get("/api/v1/activities/" + UUID.randomUUID()).status()).isEqualTo(404);
		UUID activity = create("重阳敬老", 10, inHours(30));
		World other = fixtures.world();
		ApiClient stranger = new ApiClient(port, json).as(other.head());
		assertThat(stranger.get("/api/v1/activities/" + activity).status()).isEqualTo(404);
		assertThat(stranger.post("/api/v1/activities/" + activity + "/check-ins", Map.of("code", "AAAAAAAA")).status())
			.isEqualTo(404);
		assertThat(head.post("/api/v1/activities/" + activity + "/signups", Map.of("residentId", UUID.randomUUID()))
			.status()).isEqualTo(400);
		assertThat(head.get("/api/v1/activities?from=2026-01-01&to=2028-01-01").status()).isEqualTo(400);
		LocalDate today = LocalDate.now(TimeConfiguration.DISPLAY_ZONE);
		JsonNode listed = head.get("/api/v1/activities?from=" + today + "&to=" + today.plusDays(5) + "&unitId="
				+ world.community().id()).json();
		assertThat(listed.toString()).contains(activity.toString());
		assertThat(head.get("/api/v1/activities?from=" + today + "&to=" + today.plusDays(5) + "&unitId="
				+ other.community().id()).status()).isEqualTo(404);
		assertThat(new ApiClient(port, json).anonymous().get("/api/v1/activities/" + activity).status()).isEqualTo(401);
	}

	@Test
	void theFestivalCalendarAnswersAnyYear() {
		JsonNode year = head.get("/api/v1/festivals?year=2027").json();
		Map<String, String> dates = new java.util.HashMap<>();
		year.forEach(f -> dates.put(f.get("code").asString(), f.get("date").isNull() ? null : f.get("date").asString()));
		assertThat(dates).containsEntry("SPRING_FESTIVAL", "2027-02-06").containsEntry("QINGMING", "2027-04-05")
			.containsEntry("ZHIGE_LURU", null);
		year.forEach(f -> {
			if (f.get("code").asString().equals("LOSAR")) {
				// the office sets it (the demo does for this year and next), never computed
				assertThat(f.get("source").asString()).isIn("OFFICE", "NOT_SET");
			}
		});
		assertThat(head.get("/api/v1/festivals?year=1800").status()).isEqualTo(400);
		assertThat(head.get("/api/v1/festivals?year=abc").status()).isEqualTo(400);
	}
}
