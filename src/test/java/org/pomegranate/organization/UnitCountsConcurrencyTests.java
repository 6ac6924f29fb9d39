package org.pomegranate.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.pomegranate.IntegrationTest;
import org.pomegranate.TestFixtures;
import org.pomegranate.registry.RegistryManagement;
import org.pomegranate.servicedesk.ServiceCatalogue;
import org.pomegranate.servicedesk.ServiceDesk;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Many writers in one grid at once lose no count: intakes and registrations run side by side from
 * several threads while the deltas are folded over and over, and the grid's kept counts grow by
 * exactly what was written and equal the recount.
 */
@IntegrationTest
class UnitCountsConcurrencyTests {

	static final int THREADS = 6;
	static final int EACH = 5;

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
	UnitCounts counts;
	@Autowired
	JdbcClient jdbc;

	@Test
	void concurrentIntakesAndRegistrationsInOneGridAreAllCounted() throws Exception {
		CountsWorld w = new CountsWorld(fixtures, organization, jdbc, catalogue.byCode("HOUSING_REPAIR").id());
		OrgUnit grid = w.world.gridA();
		UUID household = w.as(w.world.head(),
				() -> registry.createHousehold(TestFixtures.household(w.world.buildingA1(), "1", "101")));
		HeadCounts before = counts.of(grid);

		ExecutorService pool = Executors.newFixedThreadPool(THREADS + 1);
		CyclicBarrier start = new CyclicBarrier(THREADS);
		AtomicBoolean writing = new AtomicBoolean(true);
		try {
			Future<Integer> folding = pool.submit(() -> {
				int rounds = 0;
				while (writing.get()) {
					counts.compact();
					rounds++;
				}
				return rounds;
			});
			List<Future<?>> writers = new ArrayList<>();
			for (int t = 0; t < THREADS; t++) {
				int thread = t;
				writers.add(pool.submit(() -> {
					start.await(30, TimeUnit.SECONDS);
					for (int i = 0; i < EACH; i++) {
						if (thread % 2 == 0) {
							w.intake(desk, w.world.head(), w.phoneRepair(household, null));
						}
						else {
							String name = "并发" + thread + "-" + i;
							w.as(w.world.head(), () -> registry.createResident(w.resident(household, name)));
						}
					}
					return null;
				}));
			}
			for (Future<?> writer : writers) {
				writer.get(120, TimeUnit.SECONDS);
			}
			writing.set(false);
			assertThat(folding.get(60, TimeUnit.SECONDS)).isPositive();
		}
		finally {
			writing.set(false);
			pool.shutdownNow();
		}

		int perKind = THREADS / 2 * EACH;
		HeadCounts after = counts.of(grid);
		assertThat(after.openRequests()).isEqualTo(before.openRequests() + perKind);
		assertThat(after.residents()).isEqualTo(before.residents() + perKind);
		assertThat(after).isEqualTo(w.recount(grid.path()));
		counts.compact();
		assertThat(counts.of(grid)).isEqualTo(after);
	}
}
