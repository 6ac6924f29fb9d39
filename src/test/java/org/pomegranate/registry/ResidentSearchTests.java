package org.pomegranate.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pomegranate.IntegrationTest;
import org.pomegranate.TestFixtures;
import org.pomegranate.TestFixtures.World;
import org.pomegranate.shared.web.InvalidInputException;
import org.pomegranate.shared.web.Total;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Finding residents by part of the name or address through the bigram indexes: two characters of a
 * Chinese, Tibetan or Mongolian name, Latin in any case or width, one character as the start of a
 * name; never a false hit from bigrams that only look alike, never anyone outside the scope, and
 * pages by cursor that together give every match once.
 */
@IntegrationTest
class ResidentSearchTests {

	@Autowired
	RegistryManagement registry;

	@Autowired
	ResidentFinder finder;

	@Autowired
	TestFixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	World world;
	UUID householdA;
	UUID householdB;

	@BeforeEach
	void setUp() {
		world = fixtures.world();
		fixtures.signIn(world.head());
		householdA = registry.createHousehold(TestFixtures.household(world.buildingA1(), "1", "101"));
		householdB = registry.createHousehold(TestFixtures.household(world.buildingB(), "2", "202"));
	}

	@AfterEach
	void tearDown() {
		TestFixtures.signOut();
	}

	@Test
	void twoCharactersFindAnyPartOfANameInEveryScript() {
		UUID drolma = resident(householdA, "扎西卓玛");
		UUID lhamo = resident(householdB, "卓玛拉姆");
		resident(householdA, "玛卓");
		UUID tibetan = resident(householdA, "བཀྲ་ཤིས་སྒྲོལ་མ");
		UUID mongolian = resident(householdB, "ᠰᠠᠷᠠᠨᠭᠡᠷᠡᠯ");
		UUID latin = resident(householdA, "Dolma Tsering");

		assertThat(ids("卓玛")).containsExactlyInAnyOrder(drolma, lhamo);
		assertThat(ids("才让")).isEmpty();
		assertThat(ids("སྒྲོལ་མ")).containsExactly(tibetan);
		assertThat(ids("ᠰᠠᠷᠠ")).containsExactly(mongolian);
		// Latin in any case, full-width letters as their plain forms
		assertThat(ids("dolma")).containsExactly(latin);
		assertThat(ids("ＴＳＥＲＩＮＧ")).containsExactly(latin);
	}

	@Test
	void bigramsInCommonAreNotAMatch() {
		// 玛卓玛 holds both bigrams of 卓玛卓 (卓玛, 玛卓) without containing it
		resident(householdA, "玛卓玛");
		UUID match = resident(householdA, "卓玛卓");

		assertThat(ids("卓玛卓")).containsExactly(match);
		assertThat(ids("玛卓玛卓")).isEmpty();
	}

	@Test
	void oneCharacterFindsTheNamesBeginningWithIt() {
		UUID wang = resident(householdA, "王芳");
		resident(householdA, "李王");

		assertThat(ids("王")).containsExactly(wang);
		// wildcards of LIKE are plain characters
		assertThat(ids("%")).isEmpty();
		assertThat(ids("_")).isEmpty();
	}

	@Test
	void findsByPartOfTheAddressAndKeepsUpWithARenamedBuilding() {
		UUID inA = resident(householdA, "多杰");
		UUID inB = resident(householdB, "索南");

		assertThat(byAddress("3号楼")).containsExactly(inB);
		assertThat(byAddress(world.compoundName())).containsExactlyInAnyOrder(inA, inB);
		assertThat(byAddress("1号楼-1-101")).containsExactly(inA);
		assertThat(byAddress("号楼-2-2")).containsExactly(inB);

		// a building renamed (by an operator, an import or plain SQL) is found by its new name at once
		jdbc.sql("update building set name = ? where id = ?").params("东楼" + world.suffix(), world.buildingB()).update();
		assertThat(byAddress("东楼" + world.suffix())).containsExactly(inB);
		assertThat(byAddress("3号楼")).isEmpty();
		jdbc.sql("update compound set name = ? where id = ?").params("西园" + world.suffix(), world.compound()).update();
		assertThat(byAddress("西园" + world.suffix() + " 1号楼")).containsExactly(inA);
	}

	@Test
	void aRowWrittenInPlainSqlIsFoundToo() {
		// the bench generator and imports insert with set-based SQL: the generated column needs no help
		UUID id = UUID.randomUUID();
		jdbc.sql("insert into resident (id, household_id, name, gender, birth_date) values (?, ?, ?, 'FEMALE', date '1990-01-01')")
			.params(id, householdA, "央金卓玛").update();

		assertThat(ids("金卓")).containsExactly(id);
	}

	@Test
	void nobodyOutsideTheScopeIsFound() {
		UUID inA = resident(householdA, "才让卓玛");
		UUID inB = resident(householdB, "才让东智");

		fixtures.signIn(world.workerA());
		assertThat(ids("才让")).containsExactly(inA);
		assertThat(ids("东智")).isEmpty();
		fixtures.signIn(world.workerB());
		assertThat(ids("才让")).containsExactly(inB);
		assertThat(finder.find(new ResidentSearch(null, null, "1号楼", false), null, 20, false).items()).isEmpty();
	}

	@Test
	void pagesFollowEachOtherByCursorWithEveryMatchOnce() {
		List<UUID> all = new ArrayList<>();
		for (String name : List.of("卓玛", "卓玛", "卓玛", "阿卓玛", "卓玛吉", "卓玛吉", "拉姆卓玛")) {
			all.add(resident(name.length() % 2 == 0 ? householdA : householdB, name));
		}
		resident(householdA, "卓嘎");

		List<UUID> seen = new ArrayList<>();
		String after = null;
		int pages = 0;
		do {
			ResidentPage page = finder.find(ResidentSearch.byName("卓玛"), after, 3, false);
			// the first page says "more than 3"; pages after it count nothing
			assertThat(page.total()).isEqualTo(pages == 0 ? Total.moreThan(3) : null);
			page.items().forEach(r -> seen.add(r.id()));
			after = page.next();
			pages++;
		}
		while (after != null);

		assertThat(pages).isEqualTo(3);
		assertThat(seen).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(all);
		assertThat(new HashSet<>(seen)).hasSize(7);
		ResidentPage counted = finder.find(ResidentSearch.byName("卓玛"), null, 3, true);
		assertThat(counted.total()).isEqualTo(Total.exact(7));
	}

	@Test
	void refusesAQueryTooLongAControlCharacterOrAForgedCursor() {
		assertRefused(new ResidentSearch("卓".repeat(ResidentFinder.MAX_QUERY + 1), null, null, false), null, "name",
				"error.search.tooLong");
		assertRefused(new ResidentSearch(null, null, "路".repeat(ResidentFinder.MAX_QUERY + 1), false), null, "address",
				"error.search.tooLong");
		assertRefused(new ResidentSearch("卓\u0000玛", null, null, false), null, "name", "error.controlCharacters");
		assertRefused(ResidentSearch.byName("卓玛"), "not-a-cursor", "after", "error.search.after");
		// 50 characters are still a search
		assertThat(finder.find(ResidentSearch.byName("卓".repeat(ResidentFinder.MAX_QUERY)), null, 20, false).items())
			.isEmpty();
	}

	private void assertRefused(ResidentSearch search, String after, String field, String key) {
		assertThatThrownBy(() -> finder.find(search, after, 20, false))
			.isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsEntry(field, key));
	}

	private UUID resident(UUID household, String name) {
		return registry.createResident(TestFixtures.resident(household, name, null, null));
	}

	private List<UUID> ids(String name) {
		return finder.find(ResidentSearch.byName(name), null, 50, false).items().stream().map(ResidentSummary::id).toList();
	}

	private List<UUID> byAddress(String address) {
		return finder.find(new ResidentSearch(null, null, address, false), null, 50, false).items().stream()
			.map(ResidentSummary::id).toList();
	}
}
