package org.pomegranate.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.pomegranate.IntegrationTest;
import org.pomegranate.TestFixtures;
import org.pomegranate.TestFixtures.World;
import org.pomegranate.identity.Role;
import org.pomegranate.privacy.AuditAction;
import org.pomegranate.privacy.AuditLog;
import org.pomegranate.privacy.AuditQuery;
import org.pomegranate.privacy.AuditRecord;
import org.pomegranate.privacy.RevealPurpose;
import org.pomegranate.privacy.RevealReason;
import org.pomegranate.shared.web.ForbiddenException;
import org.pomegranate.shared.web.InvalidInputException;
import org.pomegranate.shared.web.NotFoundException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Staff see only their own unit's subtree, and an out-of-scope record looks exactly like one that
 * does not exist. Revealing a masked field takes the permission and a reason, and is logged where
 * the resident can see it.
 */
@IntegrationTest
class RegistryScopeAndRevealTests {

	@Autowired
	RegistryManagement registry;

	@Autowired
	ResidentFinder finder;

	@Autowired
	AuditLog auditLog;

	@Autowired
	TestFixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	World world;
	UUID householdA;
	UUID residentA;
	UUID householdB;
	UUID residentB;
	String idNumberA;

	@BeforeEach
	void setUp() {
		world = fixtures.world();
		idNumberA = TestFixtures.uniqueIdNumber();
		fixtures.signIn(world.workerA());
		householdA = registry.createHousehold(TestFixtures.household(world.buildingA1(), "1", "101"));
		residentA = registry.createResident(TestFixtures.resident(householdA, "扎西卓玛", "13812345678", idNumberA));
		fixtures.signIn(world.workerB());
		householdB = registry.createHousehold(TestFixtures.household(world.buildingB(), "1", "101"));
		residentB = registry.createResident(TestFixtures.resident(householdB, "卓玛拉姆", "13987654321", null));
		TestFixtures.signOut();
	}

	@AfterEach
	void tearDown() {
		TestFixtures.signOut();
	}

	// ---- scope ------------------------------------------------------------------------------------

	@Test
	void aGridWorkerCannotReadAnotherGridsRecords() {
		fixtures.signIn(world.workerB());
		long audit = auditCount();

		assertThatThrownBy(() -> registry.household(householdA)).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> registry.resident(residentA)).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> registry.reveal(residentA, SensitiveField.PHONE, TestFixtures.why("核对，上门走访前核实")))
			.isInstanceOf(NotFoundException.class);
		// a record outside the scope answers like one that does not exist
		assertThatThrownBy(() -> registry.resident(UUID.randomUUID())).isInstanceOf(NotFoundException.class);
		assertThat(auditCount()).as("failed reads leave no entry").isEqualTo(audit);

		// the worker's own grid is fine
		assertThat(registry.resident(residentB).name()).isEqualTo("卓玛拉姆");
	}

	@Test
	void aGridWorkerCannotChangeAnotherGridsRecords() {
		fixtures.signIn(world.workerB());

		assertThatThrownBy(() -> registry.updateHousehold(householdA,
				TestFixtures.household(world.buildingA1(), "9", "999"))).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> registry.updateResident(residentA,
				TestFixtures.resident(householdA, "改名", null, null))).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> registry.endResidence(residentA, EndReason.MOVED_AWAY, null))
			.isInstanceOf(NotFoundException.class);
		// nor move people or households into it
		assertThatThrownBy(() -> registry.createResident(TestFixtures.resident(householdA, "新人", null, null)))
			.isInstanceOfSatisfying(InvalidInputException.class,
					e -> assertThat(e.fieldErrors()).containsOnlyKeys("householdId"));
		assertThatThrownBy(() -> registry.createHousehold(TestFixtures.household(world.buildingA1(), "1", "102")))
			.isInstanceOfSatisfying(InvalidInputException.class,
					e -> assertThat(e.fieldErrors()).containsOnlyKeys("buildingId"));
		assertThatThrownBy(() -> registry.updateHousehold(householdB,
				TestFixtures.household(world.buildingA1(), "1", "103"))).isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(() -> registry.updateResident(residentB,
				TestFixtures.resident(householdA, "卓玛拉姆", null, null))).isInstanceOf(InvalidInputException.class);

		fixtures.signIn(world.head());
		ResidentDetails unchanged = registry.resident(residentA);
		assertThat(unchanged.name()).isEqualTo("扎西卓玛");
		assertThat(unchanged.status()).isEqualTo(ResidentStatus.ACTIVE);
		assertThat(registry.household(householdA).address()).endsWith("1号楼-1-101");
		assertThat(registry.resident(residentB).householdId()).isEqualTo(householdB);
		assertThat(jdbc.sql("select count(*) from resident where household_id = ?").param(householdA)
			.query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void searchesStayWithinTheScope() {
		fixtures.signIn(world.workerB());
		assertThat(names(new ResidentSearch("卓玛", null, null, false))).containsExactly("卓玛拉姆");
		assertThat(names(new ResidentSearch(null, "5678", null, false))).isEmpty();
		assertThat(names(new ResidentSearch(null, null, world.compoundName(), false))).containsExactly("卓玛拉姆");
		assertThat(registry.findHouseholds("", null, 20, false).items()).extracting(HouseholdSummary::id)
			.containsExactly(householdB);
		assertThat(registry.buildingsInScope()).extracting(BuildingOption::id).containsExactly(world.buildingB());

		fixtures.signIn(world.workerA());
		assertThat(names(new ResidentSearch("卓玛", null, null, false))).containsExactly("扎西卓玛");

		fixtures.signIn(world.head());
		assertThat(names(new ResidentSearch("卓玛", null, null, false))).containsExactlyInAnyOrder("扎西卓玛", "卓玛拉姆");
		assertThat(names(new ResidentSearch(null, "5678", null, false))).containsExactly("扎西卓玛");
		assertThat(registry.findHouseholds("", null, 20, false).items()).extracting(HouseholdSummary::id)
			.containsExactlyInAnyOrder(householdA, householdB);
	}

	@Test
	void aStreetOfficerSeesTheStreetMasked() {
		fixtures.signIn(world.officer());
		assertThat(names(new ResidentSearch("卓玛", null, null, false))).containsExactlyInAnyOrder("扎西卓玛", "卓玛拉姆");
		ResidentDetails details = registry.resident(residentA);
		assertThat(details.maskedPhone()).isEqualTo("138****5678");
		assertThat(details.maskedIdNumber()).doesNotContain(idNumberA.substring(2, 14)).contains("*".repeat(16));
		// and may not change anything
		assertThatThrownBy(() -> registry.updateResident(residentA, TestFixtures.resident(householdA, "改名", null, null)))
			.isInstanceOf(ForbiddenException.class);
		assertThatThrownBy(() -> registry.createHousehold(TestFixtures.household(world.buildingA1(), "1", "102")))
			.isInstanceOf(ForbiddenException.class);
	}

	@Test
	void anotherCommunitysHeadSeesNothingOfThisOne() {
		World other = fixtures.world();
		fixtures.signIn(other.head());
		assertThat(names(new ResidentSearch("卓玛", null, null, false))).isEmpty();
		assertThatThrownBy(() -> registry.resident(residentA)).isInstanceOf(NotFoundException.class);
	}

	@Test
	void nobodySignedInMayReadTheRegister() {
		assertThatThrownBy(() -> registry.resident(residentA)).isInstanceOf(ForbiddenException.class);
		assertThatThrownBy(() -> finder.find(ResidentSearch.byName("卓玛"), null, 20, false))
			.isInstanceOf(ForbiddenException.class);
	}

	@Test
	void anAdministratorHasNoAccessToResidents() {
		String admin = fixtures.account("admin-" + world.suffix(), "管理员", Role.SYSTEM_ADMIN, null);
		fixtures.signIn(admin);
		assertThatThrownBy(() -> registry.resident(residentA)).isInstanceOf(ForbiddenException.class);
	}

	// ---- reveal -----------------------------------------------------------------------------------

	@ParameterizedTest
	@NullSource
	@ValueSource(strings = { "", "   ", "x", "核实一下电话号码", "         x", "回访\u0000独居老人一位老人" })
	void revealNeedsANoteOfTenCharacters(String note) {
		fixtures.signIn(world.workerA());
		long reveals = revealCount();
		assertThatThrownBy(() -> registry.reveal(residentA, SensitiveField.PHONE, TestFixtures.why(note)))
			.isInstanceOfSatisfying(InvalidInputException.class,
					e -> assertThat(e.fieldErrors()).isEqualTo(Map.of("note", "error.revealNote")));
		assertThat(revealCount()).isEqualTo(reveals);
	}

	@Test
	void revealNeedsAPurpose() {
		fixtures.signIn(world.workerA());
		long reveals = revealCount();
		assertThatThrownBy(() -> registry.reveal(residentA, SensitiveField.PHONE,
				new RevealReason(null, "上门走访前电话联系本人")))
			.isInstanceOfSatisfying(InvalidInputException.class,
					e -> assertThat(e.fieldErrors()).isEqualTo(Map.of("purpose", "error.revealPurpose")));
		assertThat(revealCount()).isEqualTo(reveals);
	}

	@Test
	void aStreetOfficerMayNotReveal() {
		fixtures.signIn(world.officer());
		long reveals = revealCount();
		assertThatThrownBy(() -> registry.reveal(residentA, SensitiveField.PHONE, TestFixtures.why("上级检查需要核实联系方式")))
			.isInstanceOf(ForbiddenException.class);
		assertThat(revealCount()).isEqualTo(reveals);
	}

	@Test
	void theHeadsRevealIsLoggedWithItsReason() {
		fixtures.signIn(world.head());
		RevealReason reason = new RevealReason(RevealPurpose.CONTACT_ABOUT_REQUEST, "  电话回访独居老人，了解供暖情况  ");

		assertThat(registry.reveal(residentA, SensitiveField.PHONE, reason)).isEqualTo("13812345678");

		List<AuditRecord> accesses = auditLog.accessesTo(residentA, 50);
		assertThat(accesses).first().satisfies(entry -> {
			assertThat(entry.action()).isEqualTo(AuditAction.REVEAL);
			assertThat(entry.actorName()).isEqualTo(world.head());
			assertThat(entry.actorRole()).isEqualTo("COMMUNITY_HEAD");
			assertThat(entry.detail()).isEqualTo("PHONE");
			assertThat(entry.reason()).isEqualTo("电话回访独居老人，了解供暖情况");
			assertThat(entry.purpose()).isEqualTo(RevealPurpose.CONTACT_ABOUT_REQUEST);
			assertThat(entry.residentId()).isEqualTo(residentA);
		});
		assertThat(jdbc.sql("select count(*) from audit_entry where action = 'REVEAL' and resident_id = ? and actor_name = ? and reason = ?")
			.params(residentA, world.head(), "电话回访独居老人，了解供暖情况").query(Long.class).single()).isEqualTo(1);
		// the reveal appears only on this resident's page
		assertThat(auditLog.accessesTo(residentB, 50)).extracting(AuditRecord::action)
			.doesNotContain(AuditAction.REVEAL);
	}

	@Test
	void theGridWorkerRevealsTheIdNumber() {
		fixtures.signIn(world.workerA());
		assertThat(registry.reveal(residentA, SensitiveField.ID_NUMBER,
				new RevealReason(RevealPurpose.SERVICE_VERIFICATION, "办理居住证，核对身份证号"))).isEqualTo(idNumberA);
		assertThat(auditLog.accessesTo(residentA, 50)).filteredOn(r -> r.action() == AuditAction.REVEAL)
			.extracting(AuditRecord::detail).containsExactly("ID_NUMBER");
	}

	@Test
	void noStaffMemberEverRevealsEthnicity() {
		fixtures.signIn(world.workerA());
		UUID resident = registry.createResident(new ResidentForm(householdA, "才让东智", Gender.MALE,
				LocalDate.of(1990, 1, 1), null, null, Language.BO, Ethnicity.TIBETAN, null, false, null));
		ResidentDetails details = registry.resident(resident);
		assertThat(details.toString()).doesNotContain("TIBETAN").doesNotContain("thnicity");
		assertThat(jdbc.sql("select ethnicity_cipher from resident where id = ?").param(resident).query(String.class)
			.single()).isNotBlank().doesNotContain("TIBETAN");
		long reveals = revealCount();
		for (String staff : List.of(world.workerA(), world.head())) {
			fixtures.signIn(staff);
			assertThatThrownBy(() -> registry.reveal(resident, SensitiveField.ETHNICITY,
					TestFixtures.why("民族团结进步统计核对需要"))).isInstanceOf(ForbiddenException.class);
		}
		assertThat(revealCount()).isEqualTo(reveals);
	}

	@Test
	void theAdministratorFindsRevealsInTheAuditLog() {
		fixtures.signIn(world.head());
		registry.reveal(residentA, SensitiveField.PHONE, TestFixtures.why("节日慰问联系，上门送慰问品"));
		String admin = fixtures.account("auditor-" + world.suffix(), "审计员", Role.SYSTEM_ADMIN, null);
		fixtures.signIn(admin);
		assertThat(auditLog.search(new AuditQuery(world.head(), AuditAction.REVEAL, residentA, null, null), null, 20, false)
			.items()).extracting(AuditRecord::reason).containsExactly("节日慰问联系，上门送慰问品");

		fixtures.signIn(world.workerA());
		assertThatThrownBy(() -> auditLog.search(new AuditQuery(null, null, residentA, null, null), null, 20, false))
			.isInstanceOf(ForbiddenException.class);
	}

	private List<String> names(ResidentSearch search) {
		return finder.find(search, null, 50, false).items().stream().map(ResidentSummary::name).toList();
	}

	private long auditCount() {
		return jdbc.sql("select count(*) from audit_entry").query(Long.class).single();
	}

	private long revealCount() {
		return jdbc.sql("select count(*) from audit_entry where action = 'REVEAL'").query(Long.class).single();
	}
}
