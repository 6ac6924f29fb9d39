package org.pomegranate.activities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.pomegranate.ApiClient;
import org.pomegranate.IntegrationTest;
import org.pomegranate.TestFixtures;
import org.pomegranate.TestFixtures.World;
import org.pomegranate.WebSession;
import org.pomegranate.identity.Role;
import org.pomegranate.registry.RegistryManagement;
import org.pomegranate.shared.TimeConfiguration;
import org.pomegranate.shared.web.NotFoundException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

/**
 * Community life on the unit page and the officers' dashboard: a check-in shows as an activity held
 * and a participation of the community and every unit above it, and only within the reader's scope.
 */
@IntegrationTest
class ParticipationCardTests {

	@LocalServerPort
	int port;

	@Autowired
	JsonMapper json;

	@Autowired
	TestFixtures fixtures;

	@Autowired
	RegistryManagement registry;

	@Autowired
	ParticipationFigures figures;

	@Test
	void aCheckInCountsForTheCommunityAndTheUnitsAboveItWithinScopeOnly() {
		World world = fixtures.world();
		ApiClient head = new ApiClient(port, json).as(world.head());
		var start = ZonedDateTime.now(TimeConfiguration.DISPLAY_ZONE).plusMinutes(30).toLocalDateTime().withNano(0);
		ApiClient.Response created = head.post("/api/v1/activities", Map.of("kind", "SPORTS", "title",
				Map.of("zh", "拔河比赛"), "venueAddress", "社区广场", "startsAt", start.toString(), "endsAt",
				start.plusHours(2).toString(), "capacity", 20, "audienceCommunityId", world.community().id().toString(),
				"coOrganisers", List.of()));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		String activity = created.json().get("id").asString();
		UUID resident = fixtures.as(world.head(), () -> registry.createResident(TestFixtures.resident(
				registry.createHousehold(TestFixtures.household(world.buildingA1(), "3", "301")), "拔河队员", null, null)));
		ApiClient.Response ticket = head.post("/api/v1/activities/" + activity + "/signups", Map.of("residentId", resident));
		assertThat(ticket.status()).as(ticket.body()).isEqualTo(201);
		ApiClient.Response in = head.post("/api/v1/activities/" + activity + "/check-ins",
				Map.of("code", ticket.json().get("shortCode").asString()));
		assertThat(in.status()).as(in.body()).isEqualTo(201);

		YearMonth month = YearMonth.from(start);
		String countyOfficer = fixtures.account("pcounty" + world.suffix(), "县干部" + world.suffix(),
				Role.COUNTY_OFFICER, world.county().id());
		for (UUID unit : List.of(world.community().id(), world.street().id(), world.county().id())) {
			ParticipationFigures.UnitMonth figure = fixtures.as(countyOfficer, () -> figures.ofUnit(unit, month));
			assertThat(figure.activitiesHeld()).as("%s", unit).isEqualTo(1);
			assertThat(figure.participations()).as("%s", unit).isEqualTo(1);
		}
		World other = fixtures.world();
		assertThatThrownBy(() -> fixtures.as(other.head(), () -> figures.ofUnit(world.community().id(), month)))
			.isInstanceOf(NotFoundException.class);

		WebSession page = new WebSession(port);
		page.openSignIn().signIn(world.head(), TestFixtures.PASSWORD);
		var card = page.get("/activities/participation-card?unitId=" + world.community().id() + "&month=" + month);
		assertThat(card.statusCode()).isEqualTo(200);
		assertThat(card.body()).contains("participation-card").contains(month.toString());
		WebSession stranger = new WebSession(port);
		stranger.openSignIn().signIn(other.head(), TestFixtures.PASSWORD);
		assertThat(stranger.get("/activities/participation-card?unitId=" + world.community().id()).statusCode())
			.isEqualTo(404);
	}
}
