package org.pomegranate.facilities.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pomegranate.facilities.FacilityWorld.at;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pomegranate.ApiClient;
import org.pomegranate.ApiClient.Response;
import org.pomegranate.IntegrationTest;
import org.pomegranate.TestFixtures;
import org.pomegranate.facilities.Facilities;
import org.pomegranate.facilities.FacilityWorld;
import org.pomegranate.registry.RegistryManagement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code /api/v1/bookings} over real HTTP: staff and residents ask, the manager approves or
 * declines, the requester is told; an overlap with an approved booking is refused (409) and every
 * bad slot or field answers a translated 400 with nothing written; scope ends at the county.
 */
@IntegrationTest
class BookingApiTests {

	@LocalServerPort
	int port;

	@Autowired
	JsonMapper json;

	@Autowired
	TestFixtures fixtures;

	@Autowired
	Facilities facilities;

	@Autowired
	RegistryManagement registry;

	@Autowired
	JdbcClient jdbc;

	FacilityWorld place;
	ApiClient api;
	ApiClient head;

	@BeforeEach
	void setUp() {
		place = FacilityWorld.create(fixtures, facilities, registry);
		api = new ApiClient(port, json);
		head = api.as(place.world().head());
	}

	@AfterEach
	void signOut() {
		TestFixtures.signOut();
	}

	@Test
	void aResidentAsksTheManagerApprovesAndSheIsTold() {
		ApiClient resident = api.as(place.resident());
		Response asked = resident.post("/api/v1/bookings", place.booking(at(8, 14), at(8, 16), "邻里包饺子"));
		assertThat(asked.status()).as(asked.body()).isEqualTo(201);
		String id = asked.json().path("id").asString();
		assertThat(asked.json().path("status").asString()).isEqualTo("PENDING");
		assertThat(asked.json().path("requesterKind").asString()).isEqualTo("RESIDENT");

		Response queue = head.get("/api/v1/bookings/pending");
		assertThat(queue.json().values()).extracting(b -> b.path("id").asString()).contains(id);
		// the manager never sees the resident's name
		assertThat(queue.body()).doesNotContain("预订居民");

		Response approved = head.post("/api/v1/bookings/" + id + "/approve", null);
		assertThat(approved.status()).as(approved.body()).isEqualTo(200);
		assertThat(approved.json().path("status").asString()).isEqualTo("APPROVED");
		assertThat(notifications(place.resident(), "booking.approved")).isEqualTo(1);

		Response week = resident.get("/api/v1/rooms/" + place.roomId() + "/bookings?from=" + at(7, 0).toLocalDate()
				+ "&to=" + at(13, 0).toLocalDate());
		assertThat(week.json().values()).extracting(b -> b.path("purpose").asString()).containsExactly("邻里包饺子");

		assertThat(resident.post("/api/v1/bookings/" + id + "/approve", null).status()).isEqualTo(404);
		Response cancelled = resident.post("/api/v1/bookings/" + id + "/cancel", null);
		assertThat(cancelled.json().path("status").asString()).isEqualTo("CANCELLED");
		assertThat(resident.post("/api/v1/bookings/" + id + "/cancel", null).status()).isEqualTo(409);
	}

	@Test
	void staffBookForAnOrganisationAndTheManagerDeclinesWithAReason() {
		Map<String, Object> body = place.booking(at(9, 9), at(9, 11), "协会例会");
		body.put("organisation", "青海民族团结促进会");
		body.put("attendees", 20);
		Response asked = api.as(place.world().workerA()).post("/api/v1/bookings", body);
		// a grid worker's scope is the grid, which holds no facility of the community
		assertThat(asked.status()).isEqualTo(400);
		assertThat(asked.fieldErrors()).containsKey("roomId");

		Response byOfficer = api.as(place.world().officer()).post("/api/v1/bookings", body);
		assertThat(byOfficer.status()).as(byOfficer.body()).isEqualTo(201);
		assertThat(byOfficer.json().path("requesterName").asString()).isEqualTo("青海民族团结促进会");
		String id = byOfficer.json().path("id").asString();

		Response noReason = head.post("/api/v1/bookings/" + id + "/decline", Map.of("reason", " "));
		assertThat(noReason.status()).isEqualTo(400);
		Response declined = head.post("/api/v1/bookings/" + id + "/decline", Map.of("reason", "当天已安排消防检查"));
		assertThat(declined.json().path("status").asString()).isEqualTo("DECLINED");
		assertThat(declined.json().path("decisionReason").asString()).isEqualTo("当天已安排消防检查");
		assertThat(notifications(place.world().officer(), "booking.declined")).isEqualTo(1);
		assertThat(head.post("/api/v1/bookings/" + id + "/approve", null).status()).isEqualTo(409);
	}

	@Test
	void approvingAnOverlapIsRefusedAndChangesNothing() {
		String first = ask(at(10, 10), at(10, 12), "书法课");
		String second = ask(at(10, 11), at(10, 13), "舞蹈排练");
		String adjacent = ask(at(10, 12), at(10, 14), "读书会");
		assertThat(head.post("/api/v1/bookings/" + first + "/approve", null).status()).isEqualTo(200);

		Response refused = head.language("en").post("/api/v1/bookings/" + second + "/approve", null);
		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.message()).contains("already approved");
		assertThat(status(second)).isEqualTo("PENDING");
		// [10:00, 12:00) and [12:00, 14:00) touch but do not overlap
		assertThat(head.post("/api/v1/bookings/" + adjacent + "/approve", null).status()).isEqualTo(200);

		long before = bookings();
		Response overlapping = head.post("/api/v1/bookings", place.booking(at(10, 11), at(10, 12), "再来一次"));
		assertThat(overlapping.status()).isEqualTo(409);
		assertThat(bookings()).isEqualTo(before);
	}

	@Test
	void everyBadSlotOrFieldIsATranslated400AndWritesNothing() {
		long before = bookings();
		ApiClient en = head.language("en");
		assertRefused(en, place.booking(at(8, 12), at(8, 10), "x"), "end", "ends before");
		assertRefused(en, place.booking(at(-1, 10), at(-1, 11), "x"), "start", "past");
		assertRefused(en, place.booking(at(8, 8), at(8, 21).plusMinutes(1), "x"), "end", "12 hours");
		assertRefused(en, place.booking(at(8, 6), at(8, 9), "x"), "start", "opening hours");
		assertRefused(en, place.booking(at(8, 20), at(9, 1), "x"), "start", "opening hours");
		assertRefused(en, place.booking(at(400, 10), at(400, 11), "x"), "start", "year");
		assertRefused(en, place.booking(at(8, 10), at(8, 11), " "), "purpose", "Required");
		assertRefused(en, place.booking(at(8, 10), at(8, 11), "坏\u0007字"), "purpose", "control");
		assertRefused(en, place.booking(at(8, 10), at(8, 11), "长".repeat(201)), "purpose", "");
		Map<String, Object> crowd = place.booking(at(8, 10), at(8, 11), "太多人");
		crowd.put("attendees", 31);
		assertRefused(en, crowd, "attendees", "capacity");
		Map<String, Object> unknown = place.booking(at(8, 10), at(8, 11), "x");
		unknown.put("roomId", UUID.randomUUID().toString());
		assertRefused(en, unknown, "roomId", "");
		Map<String, Object> badTime = place.booking(at(8, 10), at(8, 11), "x");
		badTime.put("start", "tomorrow");
		assertRefused(en, badTime, "start", "");
		Map<String, Object> org = place.booking(at(8, 10), at(8, 11), "x");
		org.put("organisation", "某协会");
		Response residentOrg = api.as(place.resident()).language("en").post("/api/v1/bookings", org);
		assertThat(residentOrg.status()).isEqualTo(400);
		assertThat(residentOrg.fieldErrors()).containsKey("organisation");
		assertThat(bookings()).isEqualTo(before);
	}

	@Test
	void aManagerOfAnotherCountySeesNothingOfIt() {
		String id = ask(at(11, 15), at(11, 16), "茶话会");
		TestFixtures.World other = fixtures.world();
		ApiClient stranger = api.as(other.head());
		ApiClient strangerOfficer = api.as(other.officer());
		assertThat(stranger.post("/api/v1/bookings/" + id + "/approve", null).status()).isEqualTo(404);
		assertThat(strangerOfficer.post("/api/v1/bookings/" + id + "/decline", Map.of("reason", "不行")).status())
			.isEqualTo(404);
		assertThat(stranger.post("/api/v1/bookings/" + id + "/cancel", null).status()).isEqualTo(404);
		assertThat(stranger.get("/api/v1/facilities/" + place.facilityId()).status()).isEqualTo(404);
		assertThat(stranger.get("/api/v1/rooms/" + place.roomId() + "/bookings?from=" + at(1, 0).toLocalDate() + "&to="
				+ at(20, 0).toLocalDate()).status()).isEqualTo(404);
		assertThat(stranger.get("/api/v1/bookings/pending").body()).doesNotContain(id);
		assertThat(status(id)).isEqualTo("PENDING");
	}

	@Test
	void theFacilityListPagesByKeysetAndFilters() {
		String token = null;
		List<String> names = new java.util.ArrayList<>();
		do {
			Response page = head.get("/api/v1/facilities?size=1" + (token == null ? "" : "&after=" + token));
			assertThat(page.status()).isEqualTo(200);
			page.json().path("items").values().forEach(f -> names.add(f.path("name").asString()));
			token = page.json().path("next").isNull() || page.json().path("next").isMissingNode() ? null
					: page.json().path("next").asString();
		}
		while (token != null && names.size() < 10);
		assertThat(names).containsExactly("石榴籽家园" + place.world().suffix());
		assertThat(head.get("/api/v1/facilities?kind=SERVICE_CENTRE").json().path("items").values()).isEmpty();
		assertThat(head.get("/api/v1/facilities?unitId=" + place.world().community().id()).json().path("items")
			.values()).hasSize(1);
		assertThat(head.get("/api/v1/facilities?after=notours").status()).isEqualTo(400);
		Response one = head.get("/api/v1/facilities/" + place.facilityId());
		assertThat(one.json().path("rooms").values()).extracting(r -> r.path("capacity").asInt()).containsExactly(30);
		assertThat(api.as(place.resident()).get("/api/v1/facilities/" + place.facilityId()).status()).isEqualTo(200);
	}

	private void assertRefused(ApiClient client, Map<String, Object> body, String field, String says) {
		Response answer = client.post("/api/v1/bookings", body);
		assertThat(answer.status()).as(body + " " + answer.body()).isEqualTo(400);
		assertThat(answer.fieldErrors()).as(answer.body()).containsKey(field);
		assertThat(answer.fieldErrors().get(field)).contains(says);
	}

	private String ask(java.time.OffsetDateTime start, java.time.OffsetDateTime end, String purpose) {
		Response asked = head.post("/api/v1/bookings", place.booking(start, end, purpose));
		assertThat(asked.status()).as(asked.body()).isEqualTo(201);
		return asked.json().path("id").asString();
	}

	private String status(String id) {
		return jdbc.sql("select status from booking where id = ?").param(UUID.fromString(id)).query(String.class).single();
	}

	private long bookings() {
		return jdbc.sql("select count(*) from booking b join facility_room r on r.id = b.room_id where r.facility_id = ?")
			.param(place.facilityId()).query(Long.class).single();
	}

	private long notifications(String username, String kind) {
		return jdbc.sql("select count(*) from notification where account_id = ? and kind = ?")
			.params(fixtures.accountId(username), kind).query(Long.class).single();
	}
}
