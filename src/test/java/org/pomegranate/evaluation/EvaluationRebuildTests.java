package org.pomegranate.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pomegranate.evaluation.EvaluationWorld.month;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pomegranate.IntegrationTest;
import org.pomegranate.TestFixtures;
import org.pomegranate.evaluation.internal.EvaluationQueries;
import org.pomegranate.evaluation.internal.EventApplier;
import org.pomegranate.registry.RegistryManagement;
import org.pomegranate.servicedesk.RequestHandling;
import org.pomegranate.servicedesk.ResolutionAnswer;
import org.pomegranate.servicedesk.SatisfactionAnswer;
import org.pomegranate.servicedesk.ServiceCatalogue;
import org.pomegranate.servicedesk.ServiceDesk;
import org.pomegranate.servicedesk.ServiceDeskEvents;
import org.pomegranate.servicedesk.ServiceDeskHistory;
import org.pomegranate.servicedesk.ServiceRequestEvent;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An event delivered twice counts once; the rebuild from the timelines gives exactly the rollups
 * the events built one by one.
 */
@IntegrationTest
class EvaluationRebuildTests {

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
	@Autowired
	EvaluationRebuild rebuild;
	@Autowired
	EventApplier applier;
	@Autowired
	ServiceDeskEvents events;
	@Autowired
	EvaluationQueries queries;

	EvaluationWorld w;

	@BeforeEach
	void world() {
		w = new EvaluationWorld(fixtures, registry, desk, handling, history, catalogue, transactions, jdbc);
	}

	@Test
	void anEventDeliveredAgainCountsOnce() {
		UUID id = w.repair("2026-02-02T10:00");
		w.accept(id, "2026-02-02T11:00", w.world.workerA());
		w.resolve(id, "2026-02-03T11:00", w.world.workerA());
		w.rate(id, "2026-02-04T11:00", ResolutionAnswer.RESOLVED, SatisfactionAnswer.SATISFIED);
		Figures before = february();
		List<ServiceRequestEvent> again = new ArrayList<>();
		events.replay(batch -> batch.stream().filter(e -> e.request().requestId().equals(id)).forEach(again::add));
		assertThat(again).hasSizeGreaterThanOrEqualTo(5);

		List<Boolean> applied = transactions.execute(tx -> again.stream().map(applier::apply).toList());

		assertThat(applied).containsOnly(false);
		assertThat(february()).isEqualTo(before);
		assertThat(before.resolution()).isEqualTo(new Rate(1, 1, 100.0));
		assertThat(before.counts().submitted()).isEqualTo(1);
	}

	@Test
	void theRebuildEqualsTheRollupsTheEventsBuilt() {
		UUID id = w.repair("2026-02-09T10:00");
		w.accept(id, "2026-02-11T11:00", w.world.workerA());
		w.transfer(id, "2026-02-11T12:00", w.world.gridB().id());
		w.accept(id, "2026-02-11T13:00", w.world.workerB());
		w.resolve(id, "2026-02-12T11:00", w.world.workerB());
		w.act("2026-02-13T11:00", w.resident, () -> handling.reopen(id, "还是漏风"));
		w.accept(id, "2026-02-13T12:00", w.world.workerB());
		w.resolve(id, "2026-02-14T11:00", w.world.workerB());
		w.rate(id, "2026-02-15T11:00", ResolutionAnswer.NOT_RESOLVED, SatisfactionAnswer.UNSATISFIED);
		w.revisit(id, "2026-03-01T11:00", SatisfactionAnswer.SATISFIED);
		Map<String, List<Integer>> incremental = queries.everything();

		int replayed = rebuild.rebuild();

		assertThat(replayed).isPositive();
		assertThat(queries.everything()).isEqualTo(incremental);
		Figures feb = february();
		assertThat(feb.response()).isEqualTo(new Rate(0, 1, 0.0));
		assertThat(feb.counts().reopened()).isEqualTo(1);
	}

	private Figures february() {
		return fixtures.as(w.world.head(),
				() -> evaluation.rates(w.world.community().id(), null, month("2026-02"), month("2026-02"))).get(0)
			.figures();
	}
}
