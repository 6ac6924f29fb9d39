package org.pomegranate.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;

import org.junit.jupiter.api.Test;
import org.pomegranate.IntegrationTest;
import org.pomegranate.TestFixtures;
import org.pomegranate.registry.RegistryManagement;
import org.pomegranate.servicedesk.RequestHandling;
import org.pomegranate.servicedesk.RequestStatus;
import org.pomegranate.servicedesk.ServiceCatalogue;
import org.pomegranate.servicedesk.ServiceDesk;
import org.pomegranate.servicedesk.ServiceDeskHistory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Resolved requests nobody rates close by themselves after 7 days, once each even when two
 * instances' jobs run at the same moment, and leave the rating figures.
 */
@IntegrationTest
class UnratedClosingTests {

	@Autowired
	TestFixtures fixtures;
	@Autowired
	RegistryManagement registry;
	@Autowired
	ServiceDesk desk;
	@Autowired
	RequestHandling handling;
	@Autowired
	ServiceDeskHistory history;
	@Autowired
	ServiceCatalogue catalogue;
	@Autowired
	TransactionTemplate transactions;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	EvaluationManagement evaluation;

	@Test
	void twoJobsAtOnceCloseEachUnratedRequestOnce() throws Exception {
		EvaluationWorld w = new EvaluationWorld(fixtures, registry, desk, handling, history, catalogue, transactions,
				jdbc);
		List<UUID> ids = List.of(w.repair("2026-10-05T09:00"), w.repair("2026-10-05T09:10"), w.repair("2026-10-05T09:20"));
		for (UUID id : ids) {
			w.accept(id, "2026-10-05T10:00", w.world.workerA());
			w.resolve(id, "2026-10-06T10:00", w.world.workerA());
		}
		w.tick("2026-10-12T10:00");
		assertThat(status(ids.get(0))).isEqualTo(RequestStatus.RESOLVED.name());

		CyclicBarrier together = new CyclicBarrier(2);
		Runnable job = () -> {
			try {
				together.await();
			}
			catch (Exception e) {
				throw new IllegalStateException(e);
			}
			transactions.executeWithoutResult(tx -> history.escalateDue(EvaluationWorld.at("2026-10-13T11:00")));
		};
		CompletableFuture.allOf(CompletableFuture.runAsync(job), CompletableFuture.runAsync(job)).get();
		w.settle();

		for (UUID id : ids) {
			assertThat(status(id)).isEqualTo(RequestStatus.CLOSED.name());
			assertThat(jdbc.sql("select count(*) from service_request_event where request_id = ? and kind = 'CLOSED_UNRATED'")
				.param(id).query(Long.class).single()).isEqualTo(1);
		}
		Figures october = fixtures.as(w.world.head(), () -> evaluation.rates(w.world.gridA().id(), null,
				EvaluationWorld.month("2026-10"), EvaluationWorld.month("2026-10"))).get(0).figures();
		assertThat(october.counts().closedUnrated()).isEqualTo(3);
		assertThat(october.counts().rated()).isZero();
		assertThat(october.resolution().denominator()).isZero();
		assertThat(october.onTime()).isEqualTo(new Rate(3, 3, 100.0));
	}

	private String status(UUID id) {
		return jdbc.sql("select status from service_request where id = ?").param(id).query(String.class).single();
	}
}
