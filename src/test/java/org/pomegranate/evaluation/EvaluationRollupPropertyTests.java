package org.pomegranate.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.pomegranate.IntegrationTest;
import org.pomegranate.TestFixtures;
import org.pomegranate.evaluation.internal.EvaluationQueries;
import org.pomegranate.registry.RegistryManagement;
import org.pomegranate.servicedesk.RequestHandling;
import org.pomegranate.servicedesk.ResolutionAnswer;
import org.pomegranate.servicedesk.SatisfactionAnswer;
import org.pomegranate.servicedesk.ServiceCatalogue;
import org.pomegranate.servicedesk.ServiceDesk;
import org.pomegranate.servicedesk.ServiceDeskHistory;
import org.pomegranate.shared.TimeConfiguration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rollups kept event by event equal the rebuild from the timelines, whatever happens: random
 * sequences of service-desk acts (drawn at random, the seed printed with any failure) run against the real services at moving past
 * moments — intake, accepting by the worker or the head, resolving, transfers between the grids,
 * ratings, reopening, call-backs, rejections and clock ticks, refused acts included — then the
 * rollups are compared with a rebuild. The sequences run in the suite's one Spring context; a
 * failing sequence is printed with its seed.
 */
@IntegrationTest
class EvaluationRollupPropertyTests {

	static final int TRIES = 4;

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
	EvaluationQueries queries;
	@Autowired
	EvaluationRebuild rebuild;

	/** One act: what, on which of the world's requests, how long after the previous act, with which answer. */
	record Step(int kind, int request, int minutesLater, int answer) {
	}

	static List<Step> sequence(Random random) {
		List<Step> steps = new ArrayList<>();
		for (int n = 12 + random.nextInt(19); steps.size() < n;) {
			steps.add(new Step(random.nextInt(10), random.nextInt(4), 1 + random.nextInt(60 * 40), random.nextInt(9)));
		}
		return steps;
	}

	@Test
	void rollupsEqualTheRebuildAfterAnySequenceOfActs() {
		long seed = System.nanoTime();
		Random random = new Random(seed);
		for (int t = 0; t < TRIES; t++) {
			List<Step> steps = sequence(random);
			run(steps, LocalDateTime.of(2026, 1, 1, 8, 0).plusDays(random.nextInt(201)));
			var incremental = queries.everything();
			rebuild.rebuild();
			assertThat(queries.everything()).as("rollups after %s (seed %d)", steps, seed).isEqualTo(incremental);
		}
	}

	private void run(List<Step> steps, LocalDateTime start) {
		EvaluationWorld w = new EvaluationWorld(fixtures, registry, desk, handling, history, catalogue, transactions,
				jdbc);
		List<UUID> requests = new ArrayList<>();
		Instant now = start.atZone(TimeConfiguration.DISPLAY_ZONE).toInstant();
		for (Step s : steps) {
			now = now.plus(Duration.ofMinutes(s.minutesLater()));
			String when = LocalDateTime.ofInstant(now, ZoneId.of("Asia/Shanghai")).toString();
			if (s.request() >= requests.size() || s.kind() == 0 && requests.size() < 4) {
				requests.add(w.repairIn(s.answer() % 3 == 0 ? w.householdB : w.householdA, when));
				continue;
			}
			UUID id = requests.get(s.request());
			try {
				act(w, s, id, when);
			}
			catch (RuntimeException refused) {
				// a refused act (wrong status, out of scope, too late) writes nothing: that is part of the test
			}
		}
	}

	private void act(EvaluationWorld w, Step s, UUID id, String when) {
		ResolutionAnswer resolution = ResolutionAnswer.values()[s.answer() % 3];
		SatisfactionAnswer satisfaction = SatisfactionAnswer.values()[(s.answer() / 3) % 3];
		switch (s.kind()) {
			case 0 -> w.accept(id, when, s.answer() % 2 == 0 ? w.world.workerA() : w.world.workerB());
			case 1 -> w.accept(id, when, w.world.head());
			case 2 -> w.resolve(id, when, w.world.head());
			case 3 -> w.transfer(id, when, s.answer() % 2 == 0 ? w.world.gridA().id() : w.world.gridB().id());
			case 4 -> w.rate(id, when, resolution, satisfaction);
			case 5 -> w.act(when, w.resident, () -> handling.reopen(id, "还没修好"));
			case 6 -> w.revisit(id, when, s.answer() % 4 == 0 ? null : satisfaction);
			case 7 -> w.act(when, w.world.head(), () -> handling.reject(id, "请联系供热公司"));
			case 8 -> w.tick(when);
			default -> w.act(when, w.world.head(), () -> handling.start(id));
		}
	}
}
