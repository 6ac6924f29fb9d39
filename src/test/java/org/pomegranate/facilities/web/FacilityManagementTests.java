package org.pomegranate.facilities.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
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
import org.pomegranate.TestImages;
import org.pomegranate.facilities.Facilities;
import org.pomegranate.facilities.FacilityPhotos;
import org.pomegranate.facilities.FacilityWorld;
import org.pomegranate.registry.RegistryManagement;
import org.pomegranate.shared.web.InvalidInputException;
import org.pomegranate.shared.web.NotFoundException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * Managers create facilities and rooms of their scope; bad fields answer 400 naming them and write
 * nothing; photos are cleaned as the service desk cleans them (no EXIF), at most six.
 */
@IntegrationTest
class FacilityManagementTests {

	@LocalServerPort
	int port;

	@Autowired
	JsonMapper json;

	@Autowired
	TestFixtures fixtures;

	@Autowired
	Facilities facilities;

	@Autowired
	FacilityPhotos photos;

	@Autowired
	RegistryManagement registry;

	@Autowired
	JdbcClient jdbc;

	FacilityWorld place;
	ApiClient head;

	@BeforeEach
	void setUp() {
		place = FacilityWorld.create(fixtures, facilities, registry);
		head = new ApiClient(port, json).as(place.world().head()).language("en");
	}

	@AfterEach
	void signOut() {
		TestFixtures.signOut();
	}

	@Test
	void aManagerCreatesAFacilityAndItsRoomsAndBadFieldsWriteNothing() {
		Response created = head.post("/api/v1/facilities", facility(place.world().community().id(), "社区大礼堂"));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		String id = created.json().path("id").asString();
		assertThat(created.json().path("openDays").values()).hasSize(6);

		long before = facilityCount();
		assertRefused(facility(place.world().gridA().id(), "网格活动室"), "unitId");
		assertRefused(facility(fixtures.world().community().id(), "别处的"), "unitId");
		Map<String, Object> hours = facility(place.world().community().id(), "反了");
		hours.put("closesAt", "07:00");
		assertRefused(hours, "closesAt");
		Map<String, Object> phone = facility(place.world().community().id(), "电话");
		phone.put("phone", "call me");
		assertRefused(phone, "phone");
		assertRefused(facility(place.world().community().id(), "坏\u0001名"), "name");
		Map<String, Object> days = facility(place.world().community().id(), "不开");
		days.put("openDays", List.of());
		assertRefused(days, "openDays");
		assertThat(facilityCount()).isEqualTo(before);
		assertThat(new ApiClient(port, json).as(place.resident())
			.post("/api/v1/facilities", facility(place.world().community().id(), "居民建的")).status()).isEqualTo(403);

		Response room = head.post("/api/v1/facilities/" + id + "/rooms", Map.of("name", "礼堂", "capacity", 200));
		assertThat(room.status()).isEqualTo(201);
		assertThat(head.post("/api/v1/facilities/" + id + "/rooms", Map.of("name", "礼堂", "capacity", 20)).status())
			.isEqualTo(409);
		assertThat(head.post("/api/v1/facilities/" + id + "/rooms", Map.of("name", "小厅", "capacity", 0)).status())
			.isEqualTo(400);
		assertThat(new ApiClient(port, json).as(fixtures.world().head())
			.post("/api/v1/facilities/" + id + "/rooms", Map.of("name", "外人", "capacity", 5)).status()).isEqualTo(404);
	}

	@Test
	void photosAreCleanedLikeTheServiceDesksAndAtMostSix() {
		UUID id = fixtures.as(place.world().head(), () -> photos.add(place.facilityId(), TestImages.jpegWithGps()));
		FacilityPhotos.Photo stored = fixtures.as(place.resident(), () -> photos.get(place.facilityId(), id));
		assertThat(stored.contentType()).isEqualTo("image/jpeg");
		assertThat(TestImages.hasExif(stored.content())).isFalse();
		fixtures.signIn(place.world().head());
		assertThatThrownBy(() -> photos.add(place.facilityId(), "<script>".getBytes()))
			.isInstanceOf(InvalidInputException.class);
		for (int i = 0; i < 5; i++) {
			photos.add(place.facilityId(), TestImages.png());
		}
		assertThatThrownBy(() -> photos.add(place.facilityId(), TestImages.png()))
			.isInstanceOf(InvalidInputException.class);
		TestFixtures.signOut();
		String stranger = fixtures.world().head();
		assertThatThrownBy(() -> fixtures.as(stranger, () -> photos.add(place.facilityId(), TestImages.png())))
			.isInstanceOf(NotFoundException.class);
		assertThat(jdbc.sql("select count(*) from facility_photo where facility_id = ?").param(place.facilityId())
			.query(Integer.class).single()).isEqualTo(6);
	}

	private void assertRefused(Map<String, Object> body, String field) {
		Response answer = head.post("/api/v1/facilities", body);
		assertThat(answer.status()).as(answer.body()).isEqualTo(400);
		assertThat(answer.fieldErrors()).as(answer.body()).containsKey(field);
	}

	private Map<String, Object> facility(UUID unit, String name) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("unitId", unit.toString());
		body.put("kind", "COMMUNITY_HALL");
		body.put("name", name + place.world().suffix());
		body.put("address", "测试路 1 号");
		body.put("phone", "0977-8220000");
		body.put("opensAt", "08:30");
		body.put("closesAt", "20:00");
		body.put("openDays", List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY"));
		return body;
	}

	private long facilityCount() {
		return jdbc.sql("select count(*) from facility").query(Long.class).single();
	}
}
