package org.pomegranate.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.pomegranate.IntegrationTest;
import org.pomegranate.TestFixtures;
import org.pomegranate.identity.IdentityManagement;
import org.pomegranate.identity.Role;
import org.pomegranate.registry.EndReason;
import org.pomegranate.registry.PlaceManagement;
import org.pomegranate.registry.RegistryManagement;
import org.pomegranate.servicedesk.RequestCounts;
import org.pomegranate.servicedesk.RequestHandling;
import org.pomegranate.servicedesk.ServiceCatalogue;
import org.pomegranate.servicedesk.ServiceDesk;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The kept head counts equal a fresh recount, whatever happens: random sequences of acts through the
 * application (households and residents registered, moved and ended; buildings added and moved
 * between grids; staff opened and moved; requests taken in, accepted, transferred, resolved,
 * rejected, reopened and fallen overdue; the community moved to another street, grids added and
 * closed) and a few set-based writes as the bench generator does them, refused acts included. Then,
 * for every unit of the tree, the kept sums equal the recount from the base tables, the overdue
 * counts equal a count row by row, and {@code unit_counts_rebuild()} changes nothing (twice). The seed
 * is printed with any failure; {@code -Dcounts.seed=…} replays one.
 */
@IntegrationTest
class UnitCountsPropertyTests {

	static final int TRIES = 3;

	@Autowired
	TestFixtures fixtures;
	@Autowired
	OrganizationManagement organization;
	@Autowired
	RegistryManagement registry;
	@Autowired
	PlaceManagement places;
	@Autowired
	IdentityManagement identity;
	@Autowired
	ServiceDesk desk;
	@Autowired
	RequestHandling handling;
	@Autowired
	RequestCounts requestCounts;
	@Autowired
	ServiceCatalogue catalogue;
	@Autowired
	UnitCounts counts;
	@Autowired
	JdbcClient jdbc;

	@Test
	void keptCountsEqualTheRecountAfterAnySequenceOfActs() {
		long seed = Long.getLong("counts.seed", System.nanoTime());
		Random random = new Random(seed);
		for (int t = 0; t < TRIES; t++) {
			CountsWorld w = new CountsWorld(fixtures, organization, jdbc, catalogue.byCode("HOUSING_REPAIR").id());
			List<String> done = new ArrayList<>();
			// something of each kind to act on from the start: households, residents (with accounts), requests
			for (int kind : new int[] { 0, 0, 0, 1, 1, 1, 1, 5, 6, 6 }) {
				act(w, kind, random);
			}
			for (int n = 40 + random.nextInt(40); done.size() < n;) {
				int kind = random.nextInt(17);
				try {
					act(w, kind, random);
					done.add(String.valueOf(kind));
				}
				catch (RuntimeException refused) {
					// a refused act (wrong status, a unit still holding something) writes nothing: part of the test
					done.add(kind + "!");
				}
			}
			check(w, "acts " + done + " (seed " + seed + ")");
		}
	}

	private void check(CountsWorld w, String what) {
		List<OrgUnit> units = w.units(organization);
		Map<UUID, HeadCounts> kept = new LinkedHashMap<>();
		Map<UUID, HeadCounts> recounted = new LinkedHashMap<>();
		for (OrgUnit unit : units) {
			kept.put(unit.id(), counts.of(unit));
			recounted.put(unit.id(), w.recount(unit.path()));
		}
		assertThat(kept).as("kept sums against the recount after %s", what).isEqualTo(recounted);

		List<UUID> ids = units.stream().map(OrgUnit::id).toList();
		Map<UUID, Integer> overdue = w.as(w.officer, () -> requestCounts.overdueNow(ids));
		for (OrgUnit unit : units) {
			assertThat(overdue.getOrDefault(unit.id(), 0)).as("overdue in %s after %s", unit.nameZh(), what)
				.isEqualTo(w.recountOverdue(unit.path()));
		}

		Map<UUID, HeadCounts> own = ownOf(ids);
		counts.rebuild();
		assertThat(ownOf(ids)).as("kept rows against the rebuild after %s", what).isEqualTo(own);
		counts.rebuild();
		assertThat(ownOf(ids)).as("a second rebuild after %s", what).isEqualTo(own);
	}

	private Map<UUID, HeadCounts> ownOf(List<UUID> units) {
		Map<UUID, HeadCounts> own = new LinkedHashMap<>(counts.own());
		own.keySet().retainAll(units);
		return own;
	}

	private void act(CountsWorld w, int kind, Random random) {
		String head = w.world.head();
		switch (kind) {
			case 0 -> w.households.add(w.as(head, () -> registry.createHousehold(
					TestFixtures.household(pick(w.buildings, random), "1", w.next()))));
			case 1 -> {
				UUID household = pick(w.households, random);
				UUID resident = w.as(head, () -> registry.createResident(w.resident(household, "居民" + w.next())));
				w.residents.add(resident);
				if (w.logins.isEmpty() || random.nextBoolean()) {
					w.logins.put(resident, w.fixtures.residentAccount("cr" + w.next(), "居民", resident));
				}
			}
			case 2 -> w.as(head, () -> registry.endResidence(pick(w.residents, random),
					random.nextBoolean() ? EndReason.MOVED_AWAY : EndReason.DECEASED, null));
			case 3 -> w.as(head, () -> registry.updateHousehold(pick(w.households, random),
					TestFixtures.household(pick(w.buildings, random), "2", w.next())));
			case 4 -> {
				UUID resident = pick(w.residents, random);
				w.as(head, () -> registry.updateResident(resident, w.resident(pick(w.households, random), "搬家" + w.next())));
			}
			case 5 -> {
				UUID household = pick(w.households, random);
				w.requests.add(w.intake(desk, head, w.phoneRepair(household, null)));
			}
			case 6 -> {
				UUID resident = pick(new ArrayList<>(w.logins.keySet()), random);
				w.requests.add(w.intake(desk, w.logins.get(resident), w.portalRepair()));
			}
			case 7 -> w.as(random.nextBoolean() ? head : w.world.workerA(), () -> handling.accept(pick(w.requests, random)));
			case 8 -> w.as(head, () -> handling.resolve(pick(w.requests, random), "修好了"));
			case 9 -> {
				List<UUID> targets = List.of(w.world.gridA().id(), w.world.gridB().id(), w.world.community().id());
				w.as(head, () -> handling.transfer(pick(w.requests, random), pick(targets, random), "属于别处"));
			}
			case 10 -> reopen(w, random);
			case 11 -> w.as(head, () -> handling.reject(pick(w.requests, random), "请找物业"));
			case 12 -> buildings(w, random);
			case 13 -> staff(w, random);
			case 14 -> tree(w, random);
			case 15 -> w.backdate(pick(w.requests, random), 1 + random.nextInt(24 * 10));
			default -> setBased(w, random);
		}
	}

	private void reopen(CountsWorld w, Random random) {
		UUID request = pick(w.requests, random);
		String login = jdbc.sql("select resident_id from service_request where id = ?").param(request).query(UUID.class)
			.optional().map(w.logins::get).orElseThrow(() -> new IllegalStateException("no resident to reopen it"));
		w.as(login, () -> handling.reopen(request, "还没修好"));
	}

	private void buildings(CountsWorld w, Random random) {
		List<UUID> grids = new ArrayList<>(List.of(w.world.gridA().id(), w.world.gridB().id()));
		w.extraGrids.forEach(g -> grids.add(g.id()));
		if (random.nextBoolean()) {
			w.buildings.add(w.as(w.world.head(), () -> places.createBuilding(w.world.compound(), pick(grids, random),
					w.next() + "号楼")));
		}
		else {
			w.as(w.world.head(), () -> places.moveBuilding(pick(w.buildings, random), pick(grids, random)));
		}
	}

	private void staff(CountsWorld w, Random random) {
		if (w.staff.isEmpty() || random.nextBoolean()) {
			String name = w.fixtures.account("cs" + w.next(), "社工", Role.COMMUNITY_STAFF, w.world.community().id());
			w.staff.add(w.fixtures.accountId(name));
			return;
		}
		UUID account = pick(w.staff, random);
		boolean toGrid = random.nextBoolean();
		w.as(w.admin, () -> identity.changeRole(account, toGrid ? Role.GRID_WORKER : Role.COMMUNITY_STAFF,
				toGrid ? w.world.gridB().id() : w.world.community().id()));
	}

	private void tree(CountsWorld w, Random random) {
		OrgUnit community = organization.find(w.world.community().id()).orElseThrow();
		switch (random.nextInt(3)) {
			case 0 -> {
				UUID to = community.parentId().equals(w.world.street().id()) ? w.street2.id() : w.world.street().id();
				w.as(w.admin, () -> organization.update(community.id(), to, community.code(), community.names()));
			}
			case 1 -> w.extraGrids.add(w.as(w.admin, () -> organization.createUnit(community.id(), null, OrgLevel.GRID,
					UnitNames.of("新网格" + w.next(), null))));
			default -> {
				OrgUnit grid = pick(w.extraGrids, random);
				w.as(w.admin, () -> organization.close(grid.id()));
				w.extraGrids.remove(grid);
			}
		}
	}

	/**
	 * Writes as the bench generator does, in one statement each: a few residents into a household,
	 * or every active resident of a household ended at once.
	 */
	private void setBased(CountsWorld w, Random random) {
		UUID household = pick(w.households, random);
		if (random.nextBoolean()) {
			jdbc.sql("""
					insert into resident (id, household_id, name, gender, birth_date, status)
					select gen_random_uuid(), ?, '批量' || n, 'MALE', date '1990-01-01',
					       case when n % 4 = 0 then 'MOVED_AWAY' else 'ACTIVE' end
					from generate_series(1, ?) n""").params(household, 1 + random.nextInt(8)).update();
		}
		else {
			jdbc.sql("update resident set status = 'DECEASED', ended_on = current_date where household_id = ? and status = 'ACTIVE'")
				.param(household).update();
		}
	}

	private static <T> T pick(List<T> items, Random random) {
		if (items.isEmpty()) {
			throw new IllegalStateException("nothing to pick yet");
		}
		return items.get(random.nextInt(items.size()));
	}
}
