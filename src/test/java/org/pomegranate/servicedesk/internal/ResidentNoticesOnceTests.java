package org.pomegranate.servicedesk.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.pomegranate.IntegrationTest;
import org.pomegranate.TestFixtures;
import org.pomegranate.TestFixtures.World;
import org.pomegranate.registry.RegistryManagement;
import org.pomegranate.servicedesk.Eventually;
import org.pomegranate.servicedesk.Intake;
import org.pomegranate.servicedesk.IntakeReceipt;
import org.pomegranate.servicedesk.RequestProgressed;
import org.pomegranate.servicedesk.ServiceCatalogue;
import org.pomegranate.servicedesk.ServiceDesk;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A step's notice is sent once even when the listener runs twice for the same event (a redelivery
 * after a crash, or two instances taking it at once).
 */
@IntegrationTest
class ResidentNoticesOnceTests {

	@Autowired
	ResidentNotices listener;

	@Autowired
	TestFixtures fixtures;

	@Autowired
	RegistryManagement registry;

	@Autowired
	ServiceDesk desk;

	@Autowired
	ServiceCatalogue catalogue;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theSameEventTwiceSendsOneNotice() throws Exception {
		World world = fixtures.world();
		UUID household = fixtures.as(world.head(),
				() -> registry.createHousehold(TestFixtures.household(world.buildingA1(), "1", "501")));
		UUID resident = fixtures.as(world.head(),
				() -> registry.createResident(TestFixtures.resident(household, "拉姆" + world.suffix(), null, null)));
		String login = fixtures.residentAccount("once" + world.suffix(), "拉姆", resident);
		IntakeReceipt receipt = fixtures.as(login, () -> desk.intake(new Intake(catalogue.byCode("HOUSING_REPAIR").id(),
				"水管漏水", Map.of("part", "pipe"), null, null, null, null, null, null, null, null, null), null));

		RequestProgressed event = new RequestProgressed(UUID.randomUUID(), receipt.id(), receipt.number(),
				RequestProgressed.Step.STARTED, Instant.now());
		listener.on(event);
		listener.on(event);
		Eventually.until(() -> count(event.eventId()), n -> n >= 1);
		// both runs are asynchronous: give the second time to finish, then there is still one
		Thread.sleep(500);
		listener.on(event);
		Thread.sleep(500);
		assertThat(count(event.eventId())).isEqualTo(1);
	}

	private long count(UUID eventId) {
		return jdbc.sql("select count(*) from notification where event_id = ?").param(eventId).query(Long.class).single();
	}
}
