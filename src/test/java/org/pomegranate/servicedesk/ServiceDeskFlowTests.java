package org.pomegranate.servicedesk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.pomegranate.IntegrationTest;
import org.pomegranate.TestFixtures;
import org.pomegranate.TestFixtures.World;
import org.pomegranate.registry.RegistryManagement;
import org.pomegranate.shared.web.RuleViolationException;
import org.springframework.beans.factory.annotation.Autowired;

/** The service desk's main path on PostgreSQL: intake → route → assign → accept → resolve → rate. */
@IntegrationTest
class ServiceDeskFlowTests {

	@Autowired
	TestFixtures fixtures;

	@Autowired
	ServiceDesk desk;

	@Autowired
	RequestHandling handling;

	@Autowired
	ServiceCatalogue catalogue;

	@Autowired
	RegistryManagement registry;

	@Test
	void aResidentsRequestReachesTheirGridWorkerAndEndsRated() {
		World world = fixtures.world();
		UUID household = fixtures.as(world.head(), () -> registry.createHousehold(TestFixtures.household(world.buildingA1(), "1", "101")));
		UUID resident = fixtures.as(world.head(), () -> registry.createResident(TestFixtures.resident(household, "测试居民", "13900001111", null)));
		String residentLogin = fixtures.residentAccount("res" + world.suffix(), "测试居民", resident);
		ServiceCategory repair = catalogue.byCode("HOUSING_REPAIR");

		IntakeReceipt receipt = fixtures.as(residentLogin, () -> desk.intake(new Intake(repair.id(), "厨房水管漏水",
				Map.of("part", "pipe"), null, null, null, null, null, null, null, null, null), "k1"));
		assertThat(receipt.number()).matches("HX-\\d{4}-\\d{6}");
		IntakeReceipt again = fixtures.as(residentLogin, () -> desk.intake(new Intake(repair.id(), "厨房水管漏水",
				Map.of("part", "pipe"), null, null, null, null, null, null, null, null, null), "k1"));
		assertThat(again.id()).isEqualTo(receipt.id());
		assertThat(again.created()).isFalse();

		RequestDetails details = fixtures.as(world.workerA(), () -> desk.request(receipt.id()));
		assertThat(details.summary().unitId()).isEqualTo(world.gridA().id());
		assertThat(details.summary().assigneeId()).isEqualTo(fixtures.accountId(world.workerA()));

		fixtures.as(world.workerA(), () -> {
			handling.accept(receipt.id());
			handling.resolve(receipt.id(), "已更换水管");
			return null;
		});
		fixtures.as(residentLogin, () -> {
			handling.rate(receipt.id(), new Rating(ResolutionAnswer.RESOLVED, SatisfactionAnswer.UNSATISFIED, "太慢", null));
			return null;
		});
		assertThatThrownBy(() -> fixtures.as(residentLogin, () -> {
			handling.rate(receipt.id(), new Rating(ResolutionAnswer.RESOLVED, SatisfactionAnswer.SATISFIED, null, null));
			return null;
		})).isInstanceOf(RuleViolationException.class);
		assertThat(fixtures.as(world.head(), () -> desk.revisits(10)))
			.anySatisfy(v -> assertThat(v.requestId()).isEqualTo(receipt.id()));
		RequestDetails closed = fixtures.as(residentLogin, () -> desk.myRequest(receipt.id()));
		assertThat(closed.status()).isEqualTo(RequestStatus.CLOSED);
		assertThat(closed.timeline()).extracting(TimelineEntry::kind)
			.containsExactly("SUBMITTED", "ROUTED_HOUSEHOLD", "ASSIGNED", "ACCEPTED", "RESOLVED", "RATED", "REVISIT_OPENED");
	}
}
