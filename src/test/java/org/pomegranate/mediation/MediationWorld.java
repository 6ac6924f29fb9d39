package org.pomegranate.mediation;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.pomegranate.TestFixtures;
import org.pomegranate.TestFixtures.World;
import org.pomegranate.identity.Role;
import org.pomegranate.registry.RegistryManagement;
import org.pomegranate.servicedesk.Channel;
import org.pomegranate.servicedesk.Intake;
import org.pomegranate.servicedesk.ServiceCatalogue;
import org.pomegranate.servicedesk.ServiceDesk;

/**
 * A test world for mediation: the fixtures' prefecture → county → street → community with its
 * head and street officer, two mediators and a staff member of the community, a registered
 * resident, and the way to open cases and service requests in it.
 */
final class MediationWorld {

	final World world;
	final String mediator;
	final String mediator2;
	final String staff;
	final UUID mediatorId;
	final UUID mediator2Id;
	final UUID resident;
	final String residentName;
	private final TestFixtures fixtures;
	private final CaseIntake intake;
	private final ServiceDesk desk;
	private final ServiceCatalogue catalogue;

	MediationWorld(TestFixtures fixtures, RegistryManagement registry, CaseIntake intake, ServiceDesk desk,
			ServiceCatalogue catalogue) {
		this.fixtures = fixtures;
		this.intake = intake;
		this.desk = desk;
		this.catalogue = catalogue;
		world = fixtures.world();
		String s = world.suffix();
		mediator = fixtures.account("med" + s, "调解员甲" + s, Role.MEDIATOR, world.community().id());
		mediator2 = fixtures.account("medb" + s, "调解员乙" + s, Role.MEDIATOR, world.community().id());
		staff = fixtures.account("cst" + s, "社区干事" + s, Role.COMMUNITY_STAFF, world.community().id());
		mediatorId = fixtures.accountId(mediator);
		mediator2Id = fixtures.accountId(mediator2);
		residentName = "调解当事人" + s;
		resident = fixtures.as(world.head(), () -> {
			UUID household = registry.createHousehold(TestFixtures.household(world.buildingA1(), "3", "301"));
			return registry.createResident(TestFixtures.resident(household, residentName, "13712345678",
					TestFixtures.uniqueIdNumber()));
		});
	}

	/** A walk-in case between the registered resident and an outside person, mediated by {@code mediatorId}. */
	NewCase walkIn(UUID mediator) {
		return new NewCase(CaseType.NEIGHBOURS, CaseSource.WALK_IN, null, world.community().id(), mediator,
				"楼上漏水到楼下，双方对维修费用有争议", null,
				List.of(new NewParty(PartySide.APPLICANT, resident, null, null),
						new NewParty(PartySide.RESPONDENT, null, "外来租户" + world.suffix(), "13900001111")));
	}

	CaseReceipt open(String as, NewCase c) {
		return fixtures.as(as, () -> intake.open(c));
	}

	/** A case mediated by the first mediator, opened by the community head. */
	UUID openCase() {
		return open(world.head(), walkIn(mediatorId)).id();
	}

	/** A service request for the registered resident, taken in by the head. */
	UUID request() {
		return fixtures.as(world.head(), () -> desk.intake(new Intake(catalogue.byCode("HOUSING_REPAIR").id(),
				"邻居装修噪音和漏水", Map.of("part", "pipe"), Channel.PHONE, resident, null, null, null, null, null, null,
				List.of()), null).id());
	}
}
