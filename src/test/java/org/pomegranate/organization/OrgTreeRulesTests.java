package org.pomegranate.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pomegranate.IntegrationTest;
import org.pomegranate.TestFixtures;
import org.pomegranate.TestFixtures.World;
import org.pomegranate.identity.Role;
import org.pomegranate.registry.Gender;
import org.pomegranate.registry.Language;
import org.pomegranate.registry.RegistryManagement;
import org.pomegranate.registry.ResidentForm;
import org.pomegranate.servicedesk.Intake;
import org.pomegranate.servicedesk.ServiceCatalogue;
import org.pomegranate.servicedesk.ServiceDesk;
import org.pomegranate.shared.web.InvalidInputException;
import org.pomegranate.shared.web.NotFoundException;
import org.pomegranate.shared.web.RuleViolationException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The rules of keeping the tree: levels, codes and names, moves with their subtree and without
 * loops (also two at once), closing refused for each thing a unit still holds, and the history.
 */
@IntegrationTest
class OrgTreeRulesTests {

	@Autowired
	TestFixtures fixtures;

	@Autowired
	OrganizationManagement organization;

	@Autowired
	RegistryManagement registry;

	@Autowired
	ServiceDesk desk;

	@Autowired
	ServiceCatalogue catalogue;

	@Autowired
	MessageSource messages;

	@Autowired
	JdbcClient jdbc;

	World world;
	String admin;

	@BeforeEach
	void setUp() {
		world = fixtures.world();
		admin = fixtures.account("adm" + world.suffix(), "管理员", Role.SYSTEM_ADMIN, null);
	}

	@Test
	void eachLevelSitsExactlyOneBelowItsParentWithACodeOfItsForm() {
		String p = TestFixtures.statisticalPrefix();
		OrgUnit prefecture = as(admin, () -> organization.createUnit(null, p + "00", null, names("州")));
		OrgUnit county = as(admin, () -> organization.createUnit(prefecture.id(), p + "01", null, names("县")));
		OrgUnit street = as(admin, () -> organization.createUnit(county.id(), p + "01001", OrgLevel.STREET, names("街道")));
		OrgUnit community = as(admin, () -> organization.createUnit(street.id(), null, null, names("社区")));
		OrgUnit grid = as(admin, () -> organization.createUnit(community.id(), "G-1" + p, null, names("网格")));

		assertThat(List.of(prefecture, county, street, community, grid)).extracting(OrgUnit::level)
			.containsExactly(OrgLevel.values());
		assertThat(grid.path()).isEqualTo(community.path() + grid.id() + "/");
		assertThat(community.code()).isNull();

		assertField(() -> organization.createUnit(county.id(), null, OrgLevel.COMMUNITY, names("跳级社区")), "level",
				"error.unitLevel");
		assertField(() -> organization.createUnit(grid.id(), null, null, names("网格下")), "level", "error.unit.belowGrid");
		assertField(() -> organization.createUnit(street.id(), "12345", null, names("短码社区")), "code",
				"error.unit.code.COMMUNITY");
		assertField(() -> organization.createUnit(prefecture.id(), p + "01", null, names("重码县")), "code",
				"error.unit.codeTaken");
		assertField(() -> organization.createUnit(UUID.randomUUID(), null, null, names("孤儿")), "parentId",
				"error.unknownUnit");
	}

	@Test
	void renamesInFourLanguagesAndShowsTheReadersLanguageFallingBackToChinese() {
		OrgUnit renamed = as(admin, () -> organization.update(world.community().id(), world.street().id(), null,
				new UnitNames("团结社区", "Unity Community", "མཐུན་སྒྲིལ་སྡོད་ཁུལ།", "ᠡᠪ ᠨᠠᠶᠢᠷ ᠬᠣᠷᠢᠶᠠᠯᠠᠩ")));
		assertThat(renamed.name(Locale.forLanguageTag("bo"))).isEqualTo("མཐུན་སྒྲིལ་སྡོད་ཁུལ།");
		assertThat(renamed.name(Locale.forLanguageTag("mn"))).isEqualTo("ᠡᠪ ᠨᠠᠶᠢᠷ ᠬᠣᠷᠢᠶᠠᠯᠠᠩ");
		assertThat(renamed.name(Locale.ENGLISH)).isEqualTo("Unity Community");
		assertThat(renamed.name(Locale.SIMPLIFIED_CHINESE)).isEqualTo("团结社区");
		assertThat(renamed.code()).isNull();

		OrgUnit chineseOnly = as(admin, () -> organization.update(world.gridA().id(), world.community().id(), null,
				new UnitNames("一号网格", " ", null, "")));
		assertThat(chineseOnly.name(Locale.forLanguageTag("mn"))).isEqualTo("一号网格");
		assertThat(chineseOnly.name(Locale.ENGLISH)).isEqualTo("一号网格");

		assertThat(as(admin, () -> organization.history(world.community().id(), null, 10))).first()
			.satisfies(c -> {
				assertThat(c.kind()).isEqualTo(UnitChange.Kind.RENAME);
				assertThat(c.actorName()).isEqualTo(admin);
				assertThat(c.detail()).contains("石榴社区").contains("Unity Community");
			});
	}

	@Test
	void badNamesAreRefusedFieldByFieldAndNothingIsWritten() {
		long before = units();
		assertField(() -> organization.createUnit(world.community().id(), null, null,
				new UnitNames("网格\u0007", null, null, null)), "nameZh", "error.unit.control");
		assertField(() -> organization.createUnit(world.community().id(), null, null,
				new UnitNames("网".repeat(101), null, null, null)), "nameZh", "error.unit.nameTooLong");
		assertField(() -> organization.createUnit(world.community().id(), null, null,
				new UnitNames("网格", "a\nb", null, null)), "nameEn", "error.unit.control");
		assertField(() -> organization.createUnit(world.community().id(), null, null, new UnitNames(" ", "Grid", null,
				null)), "nameZh", "error.unit.nameRequired");
		assertThat(units()).isEqualTo(before);
	}

	@Test
	void aMoveCarriesTheWholeSubtreeAndRefusesLoopsAndWrongLevels() {
		OrgUnit otherStreet = as(admin, () -> organization.createUnit(world.county().id(), null, null, names("新街道")));

		OrgUnit moved = as(admin, () -> organization.update(world.community().id(), otherStreet.id(), null,
				world.community().names()));

		assertThat(moved.parentId()).isEqualTo(otherStreet.id());
		assertThat(moved.path()).isEqualTo(otherStreet.path() + moved.id() + "/");
		assertThat(organization.find(world.gridA().id()).orElseThrow().path())
			.isEqualTo(moved.path() + world.gridA().id() + "/");
		assertThat(organization.subtree(otherStreet.id())).contains(world.gridA().id(), world.gridB().id());
		assertThat(organization.subtree(world.street().id())).doesNotContain(world.gridA().id());
		assertTreeIsConsistent(world.prefecture());

		assertField(() -> organization.update(otherStreet.id(), world.gridA().id(), null, otherStreet.names()),
				"parentId", "error.unit.loop");
		assertField(() -> organization.update(world.street().id(), world.street().id(), null, world.street().names()),
				"parentId", "error.unit.loop");
		assertField(() -> organization.update(world.gridA().id(), otherStreet.id(), null, world.gridA().names()),
				"parentId", "error.unitLevel");
		assertField(() -> organization.update(world.gridA().id(), UUID.randomUUID(), null, world.gridA().names()),
				"parentId", "error.unknownUnit");
		assertThat(as(admin, () -> organization.history(world.community().id(), null, 10))).first()
			.satisfies(c -> assertThat(c.kind()).isEqualTo(UnitChange.Kind.MOVE));
	}

	@Test
	void movesAtTheSameTimeKeepEveryPathTrue() throws Exception {
		OrgUnit otherCounty = as(admin, () -> organization.createUnit(world.prefecture().id(), null, null, names("县二")));
		OrgUnit otherStreet = as(admin, () -> organization.createUnit(world.county().id(), null, null, names("街道二")));
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			for (int round = 0; round < 6; round++) {
				boolean there = round % 2 == 0;
				CyclicBarrier start = new CyclicBarrier(2);
				// the street changes county while its community changes street: overlapping subtrees
				Callable<OrgUnit> moveStreet = () -> {
					start.await();
					return as(admin, () -> organization.update(world.street().id(),
							there ? otherCounty.id() : world.county().id(), null, world.street().names()));
				};
				Callable<OrgUnit> moveCommunity = () -> {
					start.await();
					return as(admin, () -> organization.update(world.community().id(),
							there ? otherStreet.id() : world.street().id(), null, world.community().names()));
				};
				List<Future<OrgUnit>> both = new ArrayList<>(List.of(pool.submit(moveStreet), pool.submit(moveCommunity)));
				for (Future<OrgUnit> f : both) {
					f.get();
				}
				assertTreeIsConsistent(world.prefecture());
			}
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void closingIsRefusedNamingEverythingTheUnitStillHolds() {
		UUID household = fixtures.as(world.head(),
				() -> registry.createHousehold(TestFixtures.household(world.buildingA1(), "1", "101")));
		UUID resident = fixtures.as(world.head(), () -> registry.createResident(new ResidentForm(household, "卓玛",
				Gender.FEMALE, LocalDate.of(1980, 3, 1), null, null, Language.ZH, null, Set.of(), false, Set.of())));
		String login = fixtures.residentAccount("rc" + world.suffix(), "卓玛", resident);
		fixtures.as(login, () -> desk.intake(new Intake(catalogue.byCode("HOUSING_REPAIR").id(), "厨房水管漏水",
				Map.of("part", "pipe"), null, null, null, null, null, null, null, null, null), "close-" + world.suffix()));

		assertThat(refusal(world.gridA().id())).contains(text("unit.hold.staff", 1), text("unit.hold.buildings", 2),
				text("unit.hold.requests", 1));
		assertThat(refusal(world.community().id())).contains(text("unit.hold.children", 2),
				text("unit.hold.compounds", 1), text("unit.hold.staff", 1));
		assertThat(organization.find(world.gridA().id()).orElseThrow().closed()).isFalse();

		OrgUnit empty = as(admin, () -> organization.createUnit(world.community().id(), null, null, names("空网格")));
		fixtures.as(admin, () -> {
			organization.close(empty.id());
			return null;
		});
		assertThat(organization.find(empty.id()).orElseThrow().closed()).isTrue();
		assertThat(organization.children(world.community().id())).extracting(OrgUnit::id).doesNotContain(empty.id());
		assertField(() -> organization.createUnit(empty.id(), null, null, names("x")), "parentId", "error.unit.closedParent");
		assertThatThrownBy(() -> as(admin, () -> organization.update(empty.id(), world.community().id(), null,
				names("再改")))).isInstanceOf(RuleViolationException.class);
		assertThat(as(admin, () -> organization.history(empty.id(), null, 10))).extracting(UnitChange::kind)
			.containsExactly(UnitChange.Kind.CLOSE, UnitChange.Kind.CREATE);
	}

	@Test
	void aCountyOfficerKeepsOnlyTheUnitsBelowTheirCounty() {
		String officer = fixtures.account("cty" + world.suffix(), "县干部", Role.COUNTY_OFFICER, world.county().id());
		World other = fixtures.world();

		OrgUnit street = as(officer, () -> organization.createUnit(world.county().id(), null, null, names("新镇")));
		assertThat(street.level()).isEqualTo(OrgLevel.STREET);
		assertThatThrownBy(() -> as(officer, () -> organization.update(other.community().id(), other.street().id(),
				null, names("他县")))).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> as(officer, () -> organization.update(world.county().id(), world.prefecture().id(),
				null, names("自己")))).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> as(officer, () -> organization.history(other.community().id(), null, 10)))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> as(officer, () -> organization.update(world.community().id(), other.street().id(),
				null, world.community().names()))).isInstanceOf(InvalidInputException.class)
			.satisfies(e -> assertThat(((InvalidInputException) e).fieldErrors()).containsKey("parentId"));
	}

	// ---- helpers -------------------------------------------------------------------------------

	private String refusal(UUID unit) {
		try {
			fixtures.as(admin, () -> {
				organization.close(unit);
				return null;
			});
		}
		catch (RuleViolationException e) {
			return messages.getMessage(e.messageKey(), e.messageArguments(messages, Locale.ENGLISH), Locale.ENGLISH);
		}
		throw new AssertionError("closing was not refused");
	}

	private String text(String key, long count) {
		return messages.getMessage(key, new Object[] { count }, Locale.ENGLISH);
	}

	/** Every unit's path is its parent's path plus its own id, and no unit lies below itself. */
	private void assertTreeIsConsistent(OrgUnit root) {
		List<Map<String, Object>> rows = jdbc.sql("""
				select u.id, u.path, p.path as parent_path from org_unit u left join org_unit p on p.id = u.parent_id
				where u.path like ? || '%'""").param(root.path()).query().listOfRows();
		assertThat(rows).isNotEmpty().allSatisfy(r -> {
			String expected = (r.get("parent_path") == null ? "/" : (String) r.get("parent_path")) + r.get("id") + "/";
			assertThat(r.get("path")).isEqualTo(expected);
		});
	}

	private long units() {
		return jdbc.sql("select count(*) from org_unit").query(Long.class).single();
	}

	private void assertField(Runnable act, String field, String key) {
		assertThatThrownBy(() -> as(admin, () -> {
			act.run();
			return null;
		})).isInstanceOf(InvalidInputException.class)
			.satisfies(e -> assertThat(((InvalidInputException) e).fieldErrors()).containsEntry(field, key));
	}

	private <T> T as(String login, java.util.function.Supplier<T> work) {
		return fixtures.as(login, work);
	}

	private static UnitNames names(String zh) {
		return UnitNames.of(zh, null);
	}
}
