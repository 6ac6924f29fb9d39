package org.pomegranate.facilities.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pomegranate.facilities.FacilityWorld.at;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
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
import tools.jackson.databind.json.JsonMapper;

/**
 * A room's {@code .ics} feed: fetched without signing in, well-formed RFC 5545 (CRLF, folded lines
 * of at most 75 octets, escaped text, UTC times), approved bookings only, and never the requester.
 */
@IntegrationTest
class RoomCalendarFeedTests {

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

	@AfterEach
	void signOut() {
		TestFixtures.signOut();
	}

	@Test
	void theFeedShowsApprovedSlotsAndPurposesOnly() {
		FacilityWorld place = FacilityWorld.create(fixtures, facilities, registry);
		ApiClient api = new ApiClient(port, json);
		ApiClient head = api.as(place.world().head());
		String purpose = "民族团结进步宣讲会，第二场; 欢迎各族群众参加——" + "石榴籽".repeat(10);
		String approved = head.post("/api/v1/bookings", place.booking(at(12, 9), at(12, 11), purpose)).json().path("id")
			.asString();
		head.post("/api/v1/bookings/" + approved + "/approve", null);
		api.as(place.resident()).post("/api/v1/bookings", place.booking(at(12, 14), at(12, 15), "待批的预约"));

		Response feed = api.anonymous().get("/api/v1/rooms/" + place.roomId() + "/calendar.ics");
		assertThat(feed.status()).isEqualTo(200);
		assertThat(feed.header("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/calendar"));
		String body = feed.body();
		assertThat(body).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n");
		assertThat(body.replace("\r\n", "")).doesNotContain("\n");
		List<String> physical = Arrays.asList(body.split("\r\n"));
		assertThat(physical).allSatisfy(l -> assertThat(l.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75));
		List<String> lines = unfold(physical);
		assertThat(lines).contains("VERSION:2.0").anyMatch(l -> l.startsWith("PRODID:"));
		assertThat(lines).filteredOn("BEGIN:VEVENT"::equals).hasSize(1);
		assertThat(lines).contains("UID:" + approved + "@pomegranate",
				"DTSTART:" + utc(at(12, 9)), "DTEND:" + utc(at(12, 11)),
				"SUMMARY:" + purpose.replace(",", "\\,").replace(";", "\\;"));
		assertThat(lines).anyMatch(l -> l.startsWith("DTSTAMP:") && l.matches("DTSTAMP:\\d{8}T\\d{6}Z"));
		assertThat(body).doesNotContain("待批的预约").doesNotContain("预约居民").doesNotContain("社区书记");

		assertThat(api.anonymous().get("/api/v1/rooms/" + UUID.randomUUID() + "/calendar.ics").status()).isEqualTo(404);
	}

	private static String utc(java.time.OffsetDateTime t) {
		return java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
			.format(t.withOffsetSameInstant(java.time.ZoneOffset.UTC));
	}

	/** RFC 5545 3.1: a line starting with a space continues the one before. */
	private static List<String> unfold(List<String> physical) {
		List<String> lines = new ArrayList<>();
		for (String l : physical) {
			if (l.startsWith(" ") && !lines.isEmpty()) {
				lines.set(lines.size() - 1, lines.get(lines.size() - 1) + l.substring(1));
			}
			else {
				lines.add(l);
			}
		}
		return lines;
	}
}
