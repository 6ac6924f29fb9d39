package org.pomegranate.volunteers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.pomegranate.ApiClient;
import org.pomegranate.TestFixtures;
import org.pomegranate.TestFixtures.World;
import org.pomegranate.registry.RegistryManagement;

/** Volunteers, opportunities and shifts for tests, made through the API as staff would. */
public class VolunteerWorld {

	private final TestFixtures fixtures;
	private final RegistryManagement registry;

	public VolunteerWorld(TestFixtures fixtures, RegistryManagement registry) {
		this.fixtures = fixtures;
		this.registry = registry;
	}

	/** A resident of building A1 of the world, with a new household. */
	public UUID resident(World world, String name) {
		UUID household = fixtures.as(world.head(), () -> registry.createHousehold(
				TestFixtures.household(world.buildingA1(), "1", String.valueOf(100 + Math.abs(name.hashCode() % 800)))));
		return fixtures.as(world.head(), () -> registry.createResident(
				TestFixtures.resident(household, name, null, TestFixtures.uniqueIdNumber())));
	}

	/** Registers the resident as a volunteer through the API, as the world's community head. */
	public UUID register(ApiClient head, UUID resident) {
		ApiClient.Response answer = head.post("/api/v1/volunteers",
				Map.of("residentId", resident, "skills", List.of("急救", "翻译"), "languages", List.of("zh", "bo"),
						"availability", "周末", "consent", true));
		assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
		return UUID.fromString(answer.json().get("id").asString());
	}

	/** An opportunity of the world's community with the points given per hour. */
	public UUID opportunity(ApiClient head, World world, int pointsPerHour) {
		ApiClient.Response answer = head.post("/api/v1/volunteer-opportunities", Map.of("unitId", world.community().id(),
				"title", "楼道清扫", "place", "夏都花园", "pointsPerHour", pointsPerHour, "pointsPerShift", 0));
		assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
		return UUID.fromString(answer.json().get("id").asString());
	}

	/** A shift starting in a minute, lasting two hours. */
	public UUID shift(ApiClient head, UUID opportunity, int needed) {
		Instant start = Instant.now().plus(1, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);
		ApiClient.Response answer = head.post("/api/v1/volunteer-opportunities/" + opportunity + "/shifts",
				Map.of("startsAt", start.toString(), "endsAt", start.plus(2, ChronoUnit.HOURS).toString(), "needed", needed));
		assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
		return UUID.fromString(answer.json().get("id").asString());
	}

	/** Signs up, checks in two hours ago and out now: two hours of approved hours. */
	public void twoHours(ApiClient head, UUID shift, UUID volunteer) {
		assertThat(head.post("/api/v1/shifts/" + shift + "/signups", Map.of("volunteerId", volunteer)).status())
			.isEqualTo(201);
		Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
		assertThat(head.post("/api/v1/shifts/" + shift + "/check-ins",
				Map.of("volunteerId", volunteer, "at", now.minus(2, ChronoUnit.HOURS).toString())).status()).isEqualTo(201);
		ApiClient.Response out = head.post("/api/v1/shifts/" + shift + "/check-outs",
				Map.of("volunteerId", volunteer, "at", now.toString()));
		assertThat(out.status()).as(out.toString()).isEqualTo(201);
	}

	static Set<String> fieldsOf(ApiClient.Response answer) {
		return answer.fieldErrors().keySet();
	}
}
