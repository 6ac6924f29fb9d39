package org.pomegranate.servicedesk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pomegranate.IntegrationTest;
import org.pomegranate.TestFixtures;
import org.pomegranate.TestFixtures.World;
import org.pomegranate.organization.OrgLevel;
import org.pomegranate.organization.OrgUnit;
import org.pomegranate.organization.OrganizationManagement;
import org.pomegranate.privacy.FieldCipher;
import org.pomegranate.registry.RegistryManagement;
import org.pomegranate.servicedesk.DeskWorld.Resident;
import org.pomegranate.shared.web.InvalidInputException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Where intake sends a request when there is no household, who may take one in, and what bad input leaves behind: nothing. */
@IntegrationTest
class ServiceDeskIntakeTests {

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

	@Autowired
	OrganizationManagement organization;

	@Autowired
	FieldCipher cipher;

	@Autowired
	JdbcClient jdbc;

	DeskWorld w;
	World world;

	@BeforeEach
	void world() {
		w = new DeskWorld(fixtures, registry, desk, catalogue, jdbc);
		world = w.world;
	}

	@Test
	void anAddressNamingCompoundAndBuildingReachesThatBuildingsGrid() {
		IntakeReceipt receipt = anonymous(null, world.compoundName() + "3号楼2单元楼道灯坏了", null);
		assertRouted(receipt.id(), world.gridB().id(), "ROUTED_ADDRESS");
		assertThat(details(world.workerB(), receipt.id()).summary().assigneeId())
			.isEqualTo(fixtures.accountId(world.workerB()));
	}

	@Test
	void anAddressNamingOnlyACompoundOverSeveralGridsReachesItsCommunity() {
		IntakeReceipt receipt = anonymous(null, world.compoundName() + "门口", null);
		assertRouted(receipt.id(), world.community().id(), "ROUTED_ADDRESS");
	}

	@Test
	void aCommunityNamedOnTheFormReceivesTheRequest() {
		IntakeReceipt receipt = anonymous(world.community().id(), "不知道在哪个小区", null);
		assertRouted(receipt.id(), world.community().id(), "ROUTED_COMMUNITY");
	}

	@Test
	void staffWithoutAHouseholdOrAddressRouteToTheirOwnUnit() {
		IntakeReceipt receipt = w.as(world.head(), () -> desk.intake(new Intake(w.category("NEIGHBOURHOOD"),
				"居民来电反映噪音", Map.of(), Channel.PHONE, null, null, null, null, "王先生", "13800001234", null, null),
				null));
		assertRouted(receipt.id(), world.community().id(), "ROUTED_COMMUNITY");
	}

	@Test
	void aCategoryAnsweredByTheCommunityClimbsFromTheHouseholdsGrid() {
		Resident resident = w.residentInGridA();
		IntakeReceipt receipt = w.as(resident.login(), () -> desk.intake(w.portal("SUBSISTENCE_ASSISTANCE",
				"低保申请咨询", Map.of("householdSize", "3")), null));
		assertRouted(receipt.id(), world.community().id(), "ROUTED_HOUSEHOLD");
	}

	@Test
	void nothingKnownFallsBackToTheCountyOffice() {
		// the configured office when the tree has it (the demo's Delingha), else the first county by code
		OrgUnit expected = organization.findByCode("632802")
			.orElseGet(() -> organization.children(organization.roots().get(0).id()).get(0));
		assertThat(expected.level()).isEqualTo(OrgLevel.COUNTY);
		IntakeReceipt first = anonymous(null, "不知道找谁", null);
		IntakeReceipt second = anonymous(null, "地址写不清楚", "没有这个地方路99号");
		assertRouted(first.id(), expected.id(), "ROUTED_FALLBACK");
		assertRouted(second.id(), expected.id(), "ROUTED_FALLBACK");
	}

	@Test
	void staffTakeARequestInForAResidentWithTheChannel() {
		Resident resident = w.resident(world.buildingB(), "巴特尔", org.pomegranate.registry.Language.MN);
		IntakeReceipt receipt = w.as(world.workerB(), () -> desk.intake(new Intake(w.category("INTERPRETATION"),
				"需要蒙古语翻译陪同就医", Map.of("language", "mn"), Channel.HOME_VISIT, resident.id(), null, null, null,
				null, null, null, null), null));
		RequestDetails details = details(world.workerB(), receipt.id());
		assertThat(details.summary().channel()).isEqualTo(Channel.HOME_VISIT);
		assertThat(details.residentId()).isEqualTo(resident.id());
		assertThat(details.contactName()).isEqualTo("巴特尔");
		assertThat(details.language()).isEqualTo("mn");
		assertThat(details.householdId()).isEqualTo(resident.household());
		assertThat(w.as(resident.login(), () -> desk.myRequests())).extracting(RequestSummary::id)
			.contains(receipt.id());
		// a resident of another grid is out of grid B's reach
		Resident other = w.residentInGridA();
		assertThatThrownBy(() -> w.as(world.workerB(), () -> desk.intake(new Intake(w.category("INTERPRETATION"),
				"x", Map.of("language", "mn"), Channel.PHONE, other.id(), null, null, null, null, null, null, null),
				null))).isInstanceOfSatisfying(org.pomegranate.shared.web.InvalidInputException.class,
						e -> assertThat(e.fieldErrors()).containsKey("residentId"));
	}

	@Test
	void anAnonymousRequestKeepsThePhoneEncryptedAndIsAudited() {
		IntakeReceipt receipt = anonymous(null, world.compoundName() + "1号楼暖气不热", null);
		String stored = jdbc.sql("select contact_phone_cipher from service_request where id = ?")
			.param(receipt.id()).query(String.class).single();
		assertThat(stored).isNotBlank().isNotEqualTo("13912345678").doesNotContain("13912345678")
			.doesNotContain("5678");
		assertThat(cipher.decrypt(stored, org.pomegranate.servicedesk.internal.RequestRepository.contactPhonePlace(receipt.id()))).isEqualTo("13912345678");
		RequestDetails details = details(world.workerA(), receipt.id());
		assertThat(details.maskedContactPhone()).isEqualTo("139****5678");
		assertThat(details.residentId()).isNull();
		assertThat(details.summary().channel()).isEqualTo(Channel.PORTAL);
		assertThat(jdbc.sql("select count(*) from audit_entry where subject_id = ? and action = 'CREATE' "
				+ "and actor_name = 'system' and detail = ?").params(receipt.id(), receipt.number())
			.query(Long.class).single()).isEqualTo(1);
		// the same reason rule as a resident's phone: a single character says nothing, and reveals nothing
		assertInvalid(() -> w.as(world.workerA(), () -> handling.revealContactPhone(receipt.id(), TestFixtures.why("看"))), "note");
		assertThat(w.as(world.workerA(), () -> handling.revealContactPhone(receipt.id(), TestFixtures.why("回电核实，诉求人要求回电")))).isEqualTo("13912345678");
		assertThat(jdbc.sql("select count(*) from audit_entry where subject_id = ? and action = 'REVEAL'")
			.param(receipt.id()).query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void badInputWritesNothing() {
		Resident resident = w.residentInGridA();
		byte[] script = "#!/bin/sh\nrm -rf /\n".getBytes();
		String before = counts();

		assertInvalid(() -> w.as(resident.login(), () -> desk.intake(DeskWorld.portal(UUID.randomUUID(), "未知类别",
				Map.of()), "bad-1")), "categoryId");
		assertInvalid(() -> w.as(resident.login(), () -> desk.intake(w.portal("UTILITIES", "停水了", Map.of()), "bad-2")),
				"extra.utility");
		assertInvalid(() -> w.as(resident.login(), () -> desk.intake(w.portal("HOUSING_REPAIR", "漏水",
				Map.of("part", "pipe")).withAttachments(List.of(new Upload("照片.jpg", script))), "bad-3")),
				"attachments");
		assertInvalid(() -> w.as(world.workerA(), () -> desk.intake(new Intake(w.category("NEIGHBOURHOOD"), "噪音",
				Map.of(), null, resident.id(), null, null, null, null, null, null, null), "bad-4")), "channel");
		assertInvalid(() -> w.as(world.workerA(), () -> desk.intake(new Intake(w.category("NEIGHBOURHOOD"), "噪音",
				Map.of(), Channel.PORTAL, resident.id(), null, null, null, null, null, null, null), "bad-5")), "channel");
		assertInvalid(() -> desk.intake(new Intake(w.category("NEIGHBOURHOOD"), "噪音", Map.of(), null, null, null, null,
				null, "张三", null, null, null), "bad-6"), "contactPhone");
		assertInvalid(() -> desk.intake(new Intake(w.category("NEIGHBOURHOOD"), "噪音", Map.of(), null, null, null, null,
				null, null, "13900000000", null, null), "bad-7"), "contactName");

		assertThat(counts()).isEqualTo(before);
		// the keys of refused intakes stay free
		assertThat(w.as(resident.login(), () -> desk.intake(w.portal("UTILITIES", "停水了",
				Map.of("utility", "water")), "bad-2")).created()).isTrue();
	}

	private IntakeReceipt anonymous(UUID community, String description, String address) {
		return desk.intake(new Intake(w.category("NEIGHBOURHOOD"), description, Map.of(), null, null, null,
				address != null ? address : description, community, "张三", "13912345678", "zh", null), null);
	}

	private void assertRouted(UUID id, UUID unit, String basis) {
		assertThat(jdbc.sql("select unit_id from service_request where id = ?").param(id).query(UUID.class).single())
			.isEqualTo(unit);
		assertThat(jdbc.sql("select first_responsible_unit_id from service_request where id = ?").param(id)
			.query(UUID.class).single()).isEqualTo(unit);
		assertThat(w.timelineKinds(id)).startsWith("SUBMITTED", basis);
	}

	private RequestDetails details(String login, UUID id) {
		return w.as(login, () -> desk.request(id));
	}

	private static void assertInvalid(Supplier<?> intake, String field) {
		assertThatThrownBy(intake::get).isInstanceOf(InvalidInputException.class)
			.satisfies(e -> assertThat(((InvalidInputException) e).fieldErrors()).containsKey(field));
	}

	private String counts() {
		return List.of("service_request", "service_request_event", "service_request_attachment", "notification",
				"audit_entry", "revisit").stream().map(t -> t + "=" + w.count(t)).toList().toString();
	}
}
