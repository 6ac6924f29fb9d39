package org.pomegranate.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pomegranate.IntegrationTest;
import org.pomegranate.TestFixtures;
import org.pomegranate.TestFixtures.World;
import org.pomegranate.shared.web.ConflictException;
import org.pomegranate.shared.web.InvalidInputException;
import org.pomegranate.privacy.AuditLog;
import org.pomegranate.privacy.AuditAction;
import org.pomegranate.privacy.AuditRecord;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A grid worker keeps the register of their grid: households and residents are created,
 * changed, moved and ended through {@link RegistryManagement}, every act leaves an audit entry
 * with the actor's name, nothing is deleted, and sensitive fields never reach the database in
 * plaintext.
 */
@IntegrationTest
class RegistryManagementTests {

	@Autowired
	AuditLog auditLog;

	@Autowired
	RegistryManagement registry;

	@Autowired
	ResidentFinder finder;

	@Autowired
	TestFixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	World world;

	@BeforeEach
	void setUp() {
		world = fixtures.world();
		fixtures.signIn(world.workerA());
	}

	@AfterEach
	void tearDown() {
		TestFixtures.signOut();
	}

	@Test
	void createsHouseholdAndResidentWithAuditEntries() {
		UUID household = registry.createHousehold(TestFixtures.household(world.buildingA1(), "2", "301"));
		String idNumber = TestFixtures.uniqueIdNumber();
		UUID resident = registry.createResident(TestFixtures.resident(household, "卓玛", "13812345678", idNumber));

		HouseholdDetails details = registry.household(household);
		assertThat(details.address()).isEqualTo(world.compoundName() + " 1号楼-2-301");
		assertThat(details.gridId()).isEqualTo(world.gridA().id());
		assertThat(details.residents()).extracting(ResidentSummary::id, ResidentSummary::name,
				ResidentSummary::maskedPhone).containsExactly(tuple(resident, "卓玛", "138****5678"));

		ResidentDetails person = registry.resident(resident);
		assertThat(person.name()).isEqualTo("卓玛");
		assertThat(person.maskedPhone()).isEqualTo("138****5678");
		assertThat(person.maskedIdNumber()).isEqualTo(idNumber.substring(0, 2) + "*".repeat(16));
		assertThat(person.status()).isEqualTo(ResidentStatus.ACTIVE);
		assertThat(person.residences()).singleElement().satisfies(r -> {
			assertThat(r.householdId()).isEqualTo(household);
			assertThat(r.endedOn()).isNull();
		});

		assertThat(auditOf(household)).containsExactly(tuple("CREATE", world.workerA()), tuple("VIEW", world.workerA()));
		// the household view counts as an access to each member, so the resident sees it on "my data" too
		assertThat(auditOf(resident)).containsExactly(tuple("CREATE", world.workerA()), tuple("VIEW", world.workerA()),
				tuple("VIEW", world.workerA()));
		assertThat(jdbc.sql("select actor_role from audit_entry where subject_id = ? and action = 'CREATE'")
			.param(resident).query(String.class).single()).isEqualTo("GRID_WORKER");
	}

	@Test
	void updatesAHouseholdInPlaceWithoutAMove() {
		UUID household = registry.createHousehold(TestFixtures.household(world.buildingA1(), "1", "101"));
		registry.updateHousehold(household,
				new HouseholdForm(world.buildingA1(), "1", "101", true, "三江源生态移民", LocalDate.of(2019, 9, 1)));

		HouseholdDetails details = registry.household(household);
		assertThat(details.resettled()).isTrue();
		assertThat(details.resettlementProject()).isEqualTo("三江源生态移民");
		assertThat(details.pastAddresses()).isEmpty();
		// a household view is audited once per member; an empty household has nobody to record it for
		assertThat(auditOf(household)).extracting(t -> t.toList().get(0)).containsExactly("CREATE", "UPDATE");
	}

	@Test
	void resettledWithoutProjectIsRefused() {
		UUID household = registry.createHousehold(TestFixtures.household(world.buildingA1(), "1", "102"));
		assertThatThrownBy(() -> registry.updateHousehold(household,
				new HouseholdForm(world.buildingA1(), "1", "102", true, " ", null)))
			.isInstanceOfSatisfying(InvalidInputException.class,
					e -> assertThat(e.fieldErrors()).containsOnlyKeys("resettlementProject"));
		assertThat(auditOf(household)).extracting(t -> t.toList().get(0)).containsExactly("CREATE");
	}

	@Test
	void movingAHouseholdKeepsItsPastAddress() {
		UUID household = registry.createHousehold(TestFixtures.household(world.buildingA1(), "3", "502"));
		registry.updateHousehold(household, TestFixtures.household(world.buildingA2(), "1", "201"));

		HouseholdDetails details = registry.household(household);
		assertThat(details.address()).isEqualTo(world.compoundName() + " 2号楼-1-201");
		assertThat(details.pastAddresses()).singleElement().satisfies(past -> {
			assertThat(past.address()).isEqualTo(world.compoundName() + " 1号楼-3-502");
			assertThat(past.movedBy()).isEqualTo(world.workerA());
		});
		assertThat(auditOf(household)).extracting(t -> t.toList().get(0)).containsExactly("CREATE", "MOVE");
		assertThat(jdbc.sql("select detail from audit_entry where subject_id = ? and action = 'MOVE'").param(household)
			.query(String.class).single()).contains("1号楼-3-502");
	}

	@Test
	void changingOnlyTheRoomIsAMoveToo() {
		UUID household = registry.createHousehold(TestFixtures.household(world.buildingA1(), "3", "502"));
		registry.updateHousehold(household, TestFixtures.household(world.buildingA1(), "3", "602"));
		assertThat(registry.household(household).pastAddresses()).extracting(HouseholdDetails.PastAddress::address)
			.containsExactly(world.compoundName() + " 1号楼-3-502");
	}

	@Test
	void updatesAResidentAndKeepsSensitiveFieldsLeftEmpty() {
		UUID household = registry.createHousehold(TestFixtures.household(world.buildingA1(), "1", "103"));
		String idNumber = TestFixtures.uniqueIdNumber();
		UUID resident = registry.createResident(TestFixtures.resident(household, "马文华", "13912340001", idNumber));

		// the edit form never shows phone and ID number unmasked, so it sends them empty
		registry.updateResident(resident, new ResidentForm(household, "马文华", Gender.MALE, LocalDate.of(1960, 3, 8),
				"", null, Language.ZH, null, Set.of(SupportNeed.ELDERLY_ALONE), false, Set.of()));

		ResidentDetails details = registry.resident(resident);
		assertThat(details.gender()).isEqualTo(Gender.MALE);
		assertThat(details.birthYear()).isEqualTo(1960);
		assertThat(details.supportNeeds()).containsExactly(SupportNeed.ELDERLY_ALONE);
		assertThat(details.maskedPhone()).isEqualTo("139****0001");
		assertThat(details.maskedIdNumber()).startsWith(idNumber.substring(0, 2));
		assertThat(registry.reveal(resident, SensitiveField.PHONE, TestFixtures.why("核对联系方式，上门走访前核实"))).isEqualTo("13912340001");
		assertThat(auditOf(resident)).extracting(t -> t.toList().get(0))
			.containsExactly("CREATE", "UPDATE", "VIEW", "REVEAL");
	}

	@Test
	void movingAResidentToAnotherHouseholdClosesTheOldResidence() {
		UUID from = registry.createHousehold(TestFixtures.household(world.buildingA1(), "1", "104"));
		UUID to = registry.createHousehold(TestFixtures.household(world.buildingA2(), "1", "105"));
		UUID resident = registry.createResident(TestFixtures.resident(from, "才让措", null, null));

		registry.updateResident(resident, TestFixtures.resident(to, "才让措", null, null));

		ResidentDetails details = registry.resident(resident);
		assertThat(details.householdId()).isEqualTo(to);
		assertThat(details.residences()).hasSize(2)
			.anySatisfy(r -> {
				assertThat(r.householdId()).isEqualTo(from);
				assertThat(r.endedOn()).isNotNull();
				assertThat(r.endReason()).isEqualTo("MOVED_WITHIN");
			})
			.anySatisfy(r -> {
				assertThat(r.householdId()).isEqualTo(to);
				assertThat(r.endedOn()).isNull();
			});
	}

	@Test
	void endingAResidenceKeepsTheRecordAndItsHistory() {
		UUID household = registry.createHousehold(TestFixtures.household(world.buildingA1(), "2", "201"));
		UUID resident = registry.createResident(TestFixtures.resident(household, "韩梅", "13700001111", null));
		// registered today, so a stay cannot have ended before today
		LocalDate movedOn = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
		assertThatThrownBy(() -> registry.endResidence(resident, EndReason.MOVED_AWAY, movedOn.minusDays(1)))
			.isInstanceOfSatisfying(InvalidInputException.class,
					e -> assertThat(e.fieldErrors()).containsEntry("endedOn", "error.date.beforeStart"));

		registry.endResidence(resident, EndReason.MOVED_AWAY, movedOn);

		ResidentDetails details = registry.resident(resident);
		assertThat(details.status()).isEqualTo(ResidentStatus.MOVED_AWAY);
		assertThat(details.endedOn()).isEqualTo(movedOn);
		assertThat(details.residences()).singleElement().satisfies(r -> {
			assertThat(r.householdId()).isEqualTo(household);
			assertThat(r.endedOn()).isEqualTo(movedOn);
			assertThat(r.endReason()).isEqualTo("MOVED_AWAY");
		});
		assertThat(jdbc.sql("select count(*) from resident where id = ?").param(resident).query(Long.class).single())
			.isEqualTo(1);

		// an ended resident leaves the default search but not the register
		assertThat(finder.find(ResidentSearch.byName("韩梅"), null, 20, false).items()).isEmpty();
		assertThat(finder.find(new ResidentSearch("韩梅", null, null, true), null, 20, false).items())
			.extracting(ResidentSummary::id, ResidentSummary::status)
			.containsExactly(tuple(resident, ResidentStatus.MOVED_AWAY));

		// the second search showed the resident, so it is on their record too
		assertThat(auditOf(resident)).extracting(t -> t.toList().get(0))
			.containsExactly("CREATE", "END_RESIDENCE", "VIEW", "SEARCH");
		assertThat(jdbc.sql("select detail from audit_entry where subject_id = ? and action = 'END_RESIDENCE'")
			.param(resident).query(String.class).single()).isEqualTo("MOVED_AWAY");
	}

	@Test
	void anEndDateInTheFutureIsRefused() {
		UUID household = registry.createHousehold(TestFixtures.household(world.buildingA1(), "2", "202"));
		UUID resident = registry.createResident(TestFixtures.resident(household, "李娜", null, null));
		assertThatThrownBy(() -> registry.endResidence(resident, EndReason.MOVED_AWAY, LocalDate.now().plusDays(2)))
			.isInstanceOfSatisfying(InvalidInputException.class,
					e -> assertThat(e.fieldErrors()).containsOnlyKeys("endedOn"));
		assertThat(registry.resident(resident).status()).isEqualTo(ResidentStatus.ACTIVE);
	}

	@Test
	void findsResidentsByPartOfTheirName() {
		UUID household = registry.createHousehold(TestFixtures.household(world.buildingA1(), "1", "301"));
		UUID tashi = registry.createResident(TestFixtures.resident(household, "扎西才让", null, null));
		UUID lhamo = registry.createResident(TestFixtures.resident(household, "拉毛才让", null, null));
		registry.createResident(TestFixtures.resident(household, "马福海", null, null));

		assertThat(ids(finder.find(ResidentSearch.byName("才让"), null, 20, false))).containsExactlyInAnyOrder(tashi, lhamo);
		assertThat(ids(finder.find(ResidentSearch.byName("扎西"), null, 20, false))).containsExactly(tashi);
		// like-wildcards typed by a user are literal characters
		assertThat(finder.find(ResidentSearch.byName("%"), null, 20, false).total().isEmpty()).isTrue();
		assertThat(finder.find(ResidentSearch.byName("_"), null, 20, false).total().isEmpty()).isTrue();
	}

	@Test
	void findsResidentsByTheLastFourDigitsOfTheirPhone() {
		UUID household = registry.createHousehold(TestFixtures.household(world.buildingA1(), "1", "302"));
		UUID match = registry.createResident(TestFixtures.resident(household, "其其格", "13812345678", null));
		registry.createResident(TestFixtures.resident(household, "巴特尔", "13812348765", null));
		registry.createResident(TestFixtures.resident(household, "乌兰", null, null));

		ResidentPage found = finder.find(new ResidentSearch(null, "5678", null, false), null, 20, false);
		assertThat(found.items()).extracting(ResidentSummary::id, ResidentSummary::maskedPhone)
			.containsExactly(tuple(match, "138****5678"));
		assertThat(finder.find(new ResidentSearch(null, "1234", null, false), null, 20, false).total().isEmpty()).isTrue();
		assertThatThrownBy(() -> finder.find(new ResidentSearch(null, "56a8", null, false), null, 20, false))
			.isInstanceOfSatisfying(InvalidInputException.class,
					e -> assertThat(e.fieldErrors()).containsOnlyKeys("phoneSuffix"));
		// the search is audited without the digits searched for
		assertThat(jdbc.sql("select count(*) from audit_entry where actor_name = ? and action = 'SEARCH' and detail like '%5678%'")
			.param(world.workerA()).query(Long.class).single()).isZero();
	}

	@Test
	void phonesAndIdNumbersAreNeverStoredInPlaintext() {
		UUID household = registry.createHousehold(TestFixtures.household(world.buildingA1(), "1", "303"));
		String idNumber = TestFixtures.uniqueIdNumber();
		UUID resident = registry.createResident(TestFixtures.resident(household, "索南", "13898765678", idNumber));
		registry.reveal(resident, SensitiveField.ID_NUMBER, TestFixtures.why("办理低保核对身份，上门走访前核实"));
		finder.find(new ResidentSearch(null, "5678", null, false), null, 20, false);

		assertThat(jdbc.sql("select count(*) from resident where phone_cipher like '%13898765678%'")
			.query(Long.class).single()).isZero();
		assertThat(jdbc.sql("select phone_cipher from resident where id = ?").param(resident).query(String.class).single())
			.isNotBlank();
		// no column of any resident row, nor of any audit entry, holds the phone or the ID number
		for (String plain : List.of("13898765678", idNumber, idNumber.substring(0, 17))) {
			assertThat(jdbc.sql("select count(*) from resident r where r::text like ?").param("%" + plain + "%")
				.query(Long.class).single()).as(plain).isZero();
			assertThat(jdbc.sql("select count(*) from audit_entry a where a::text like ?").param("%" + plain + "%")
				.query(Long.class).single()).as(plain).isZero();
		}
		assertThat(jdbc.sql("select count(*) from resident where phone_suffix_hash = '5678'").query(Long.class).single())
			.isZero();
	}

	@Test
	void findsResidentsByAddress() {
		UUID inOne = registry.createHousehold(TestFixtures.household(world.buildingA1(), "1", "401"));
		UUID inTwo = registry.createHousehold(TestFixtures.household(world.buildingA2(), "1", "401"));
		UUID first = registry.createResident(TestFixtures.resident(inOne, "白玛", null, null));
		UUID second = registry.createResident(TestFixtures.resident(inTwo, "德吉", null, null));

		assertThat(ids(finder.find(new ResidentSearch(null, null, "2号楼", false), null, 20, false)))
			.containsExactly(second);
		assertThat(ids(finder.find(new ResidentSearch(null, null, world.compoundName(), false), null, 20, false)))
			.containsExactlyInAnyOrder(first, second);
		assertThat(ids(finder.find(new ResidentSearch("白玛", null, "2号楼", false), null, 20, false))).isEmpty();
		assertThat(registry.findHouseholds("2号楼", null, 20, false).items()).extracting(HouseholdSummary::id)
			.containsExactly(inTwo);
	}

	@Test
	void aBadIdChecksumIsRefusedAndNothingIsWritten() {
		UUID household = registry.createHousehold(TestFixtures.household(world.buildingA1(), "1", "501"));
		String valid = TestFixtures.uniqueIdNumber();
		char wrongCheck = valid.charAt(17) == '1' ? '2' : '1';
		String badChecksum = valid.substring(0, 17) + wrongCheck;
		long residents = count("resident");
		long residences = count("residence");
		long audit = count("audit_entry");

		assertThatThrownBy(() -> registry.createResident(TestFixtures.resident(household, "错号", null, badChecksum)))
			.isInstanceOfSatisfying(InvalidInputException.class,
					e -> assertThat(e.fieldErrors()).isEqualTo(Map.of("idNumber", "error.idNumber")));

		assertThat(count("resident")).isEqualTo(residents);
		assertThat(count("residence")).isEqualTo(residences);
		assertThat(count("audit_entry")).isEqualTo(audit);
	}

	@Test
	void anIdNumberIsRegisteredOnceOnly() {
		UUID household = registry.createHousehold(TestFixtures.household(world.buildingA1(), "1", "502"));
		String idNumber = TestFixtures.uniqueIdNumber();
		UUID first = registry.createResident(TestFixtures.resident(household, "甲", null, idNumber));

		assertThatThrownBy(() -> registry.createResident(TestFixtures.resident(household, "乙", null, idNumber)))
			.isInstanceOfSatisfying(InvalidInputException.class,
					e -> assertThat(e.fieldErrors()).isEqualTo(Map.of("idNumber", "error.idNumber.taken")));
		// the same resident may keep their own number on an edit
		registry.updateResident(first, TestFixtures.resident(household, "甲", null, idNumber));
		assertThat(registry.reveal(first, SensitiveField.ID_NUMBER, TestFixtures.why("核对身份，上门走访前核实"))).isEqualTo(idNumber);
	}

	private long count(String table) {
		return jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

	private static List<UUID> ids(ResidentPage page) {
		return page.items().stream().map(ResidentSummary::id).toList();
	}

	/** (action, actor name) of the entries about one household or resident, oldest first. */
	@Test
	void aHouseholdMoveKeepsEachMembersOldAddressInTheirHistory() {
		UUID household = registry.createHousehold(TestFixtures.household(world.buildingA1(), "4", "401"));
		UUID resident = registry.createResident(TestFixtures.resident(household, "多杰", null, null));

		registry.updateHousehold(household, TestFixtures.household(world.buildingA2(), "4", "402"));

		assertThat(registry.resident(resident).residences())
			.extracting(ResidentDetails.Residence::address, ResidentDetails.Residence::endReason)
			.containsExactly(tuple(world.compoundName() + " 2号楼-4-402", null),
					tuple(world.compoundName() + " 1号楼-4-401", "HOUSEHOLD_MOVED"));
	}

	@Test
	void aDeclaredEthnicityCanBeWithdrawnAndAPhoneCleared() {
		UUID household = registry.createHousehold(TestFixtures.household(world.buildingA1(), "4", "403"));
		ResidentForm form = new ResidentForm(household, "其其格", Gender.FEMALE, LocalDate.of(1990, 5, 4), "13911112222",
				null, Language.MN, Ethnicity.MONGOL, null, false, null);
		UUID resident = registry.createResident(form);
		assertThat(jdbc.sql("select ethnicity_cipher is not null from resident where id = ?").param(resident)
			.query(Boolean.class).single()).isTrue();

		registry.updateResident(resident, new ResidentForm(household, "其其格", Gender.FEMALE, LocalDate.of(1990, 5, 4),
				null, null, Language.MN, null, null, false, null, Set.of(SensitiveField.ETHNICITY, SensitiveField.PHONE)));

		ResidentDetails after = registry.resident(resident);
		assertThat(after.maskedPhone()).isEmpty();
		assertThat(jdbc.sql("select ethnicity_cipher is null and phone_cipher is null and phone_suffix_hash is null "
				+ "from resident where id = ?").param(resident).query(Boolean.class).single()).isTrue();
	}

	@Test
	void aSearchIsOnTheOwnPageOfEveryResidentItShowed() {
		UUID household = registry.createHousehold(TestFixtures.household(world.buildingA1(), "4", "404"));
		UUID first = registry.createResident(TestFixtures.resident(household, "格桑" + world.suffix(), null, null));
		UUID second = registry.createResident(TestFixtures.resident(household, "格桑梅朵" + world.suffix(), null, null));

		finder.find(ResidentSearch.byName(world.suffix()), null, 20, false);

		for (UUID shown : List.of(first, second)) {
			assertThat(auditLog.accessesTo(shown, 10)).extracting(AuditRecord::action).contains(AuditAction.SEARCH);
		}
	}

	@Test
	void anEndedResidentCannotBeEditedOrMoved() {
		UUID household = registry.createHousehold(TestFixtures.household(world.buildingA1(), "4", "405"));
		UUID resident = registry.createResident(TestFixtures.resident(household, "才让", null, null));
		registry.endResidence(resident, EndReason.DECEASED, null);

		assertThatThrownBy(() -> registry.updateResident(resident, TestFixtures.resident(household, "才让", null, null)))
			.isInstanceOfSatisfying(InvalidInputException.class,
					e -> assertThat(e.fieldErrors()).containsEntry("status", "error.alreadyEnded"));
	}

	@Test
	void anEditStartedFromAnOlderVersionIsRefusedAndChangesNothing() {
		UUID household = registry.createHousehold(TestFixtures.household(world.buildingA1(), "4", "406"));
		UUID resident = registry.createResident(TestFixtures.resident(household, "巴图", null, null));
		int seen = registry.resident(resident).version();
		// someone else saves first
		registry.updateResident(resident, TestFixtures.resident(household, "巴图尔", null, null), seen);

		assertThatThrownBy(() -> registry.updateResident(resident, TestFixtures.resident(household, "巴特", null, null), seen))
			.isInstanceOf(ConflictException.class);
		assertThat(registry.resident(resident).name()).isEqualTo("巴图尔");

		int householdSeen = registry.household(household).version();
		registry.updateHousehold(household, TestFixtures.household(world.buildingA1(), "4", "407"), householdSeen);
		assertThatThrownBy(() -> registry.updateHousehold(household,
				TestFixtures.household(world.buildingA1(), "4", "408"), householdSeen))
			.isInstanceOf(ConflictException.class);
	}

	private List<org.assertj.core.groups.Tuple> auditOf(UUID subject) {
		return jdbc.sql("""
				select action, actor_name from audit_entry where subject_id = ? or resident_id = ? order by id""")
			.params(subject, subject)
			.query((rs, n) -> tuple(rs.getString(1), rs.getString(2))).list();
	}
}
