package org.pomegranate.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pomegranate.evaluation.EvaluationWorld.month;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pomegranate.IntegrationTest;
import org.pomegranate.TestFixtures;
import org.pomegranate.identity.Role;
import org.pomegranate.registry.RegistryManagement;
import org.pomegranate.servicedesk.RequestHandling;
import org.pomegranate.servicedesk.ResolutionAnswer;
import org.pomegranate.servicedesk.SatisfactionAnswer;
import org.pomegranate.servicedesk.ServiceCatalogue;
import org.pomegranate.servicedesk.ServiceDesk;
import org.pomegranate.servicedesk.ServiceDeskHistory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every rate on small fixtures computed by hand, through the real service desk: the figures of a
 * worker, their grid and every unit above, in the month each rule names.
 */
@IntegrationTest
class EvaluationRatesTests {

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

	EvaluationWorld w;

	@BeforeEach
	void world() {
		w = new EvaluationWorld(fixtures, registry, desk, handling, history, catalogue, transactions, jdbc);
	}

	/**
	 * Four repairs in March 2026 in grid A, each accepted by worker A:
	 * <ol>
	 * <li>answered and resolved in time, rated resolved and satisfied;</li>
	 * <li>answered late, resolved late, rated partly resolved and basically satisfied;</li>
	 * <li>in time, rated not resolved and unsatisfied; the call back in April finds the resident
	 * basically satisfied;</li>
	 * <li>in time, never rated: closed unrated after 7 days.</li>
	 * </ol>
	 * Response 3/4 = 75 %, on time 3/4 = 75 %, resolution 1/3 = 33.3 % (partly 1/3), satisfaction
	 * 2/3 = 66.7 % first and 3/3 = 100 % final; composite 0.30·75 + 0.35·33.3 + 0.35·66.7 = 57.5.
	 */
	@Test
	void everyRateOfAMonthByHand() {
		String worker = w.world.workerA();
		UUID r1 = w.repair("2026-03-02T10:00");
		w.accept(r1, "2026-03-02T12:00", worker);
		w.resolve(r1, "2026-03-04T09:00", worker);
		w.rate(r1, "2026-03-05T09:00", ResolutionAnswer.RESOLVED, SatisfactionAnswer.SATISFIED);

		UUID r2 = w.repair("2026-03-03T10:00");
		w.accept(r2, "2026-03-05T10:00", worker);
		w.resolve(r2, "2026-03-20T10:00", worker);
		w.rate(r2, "2026-03-21T10:00", ResolutionAnswer.PARTLY_RESOLVED, SatisfactionAnswer.BASICALLY_SATISFIED);

		UUID r3 = w.repair("2026-03-06T10:00");
		w.accept(r3, "2026-03-06T11:00", worker);
		w.resolve(r3, "2026-03-07T10:00", worker);
		w.rate(r3, "2026-03-08T10:00", ResolutionAnswer.NOT_RESOLVED, SatisfactionAnswer.UNSATISFIED);
		w.revisit(r3, "2026-04-02T10:00", SatisfactionAnswer.BASICALLY_SATISFIED);

		UUID r4 = w.repair("2026-03-10T10:00");
		w.accept(r4, "2026-03-10T11:00", worker);
		w.resolve(r4, "2026-03-11T10:00", worker);
		w.tick("2026-03-19T10:00");

		// every level up to the prefecture, each seen by the officer of that level
		String prefectureOfficer = fixtures.account("pref" + w.world.suffix(), "州干部", Role.PREFECTURE_OFFICER,
				w.world.prefecture().id());
		for (UUID unit : List.of(w.world.gridA().id(), w.world.community().id(), w.world.street().id(),
				w.world.county().id(), w.world.prefecture().id())) {
			assertMarch(fixtures.as(prefectureOfficer,
					() -> evaluation.rates(unit, null, month("2026-03"), month("2026-03"))).get(0).figures());
		}
		assertMarch(marchOf(w.world.gridA().id(), fixtures.accountId(worker)));
		assertThat(marchOf(w.world.gridB().id(), null).counts().submitted()).isZero();

		Figures april = fixtures.as(w.world.officer(),
				() -> evaluation.rates(w.world.gridA().id(), null, month("2026-04"), month("2026-04"))).get(0).figures();
		assertThat(april.counts().revisited()).isEqualTo(1);
		assertThat(april.counts().rated()).isZero();
	}

	private Figures marchOf(UUID unit, UUID worker) {
		return fixtures.as(w.world.officer(), () -> evaluation.rates(unit, worker, month("2026-03"), month("2026-03")))
			.get(0).figures();
	}

	private static void assertMarch(Figures f) {
		assertThat(f.counts().submitted()).isEqualTo(4);
		assertThat(f.response()).isEqualTo(new Rate(3, 4, 75.0));
		assertThat(f.onTime()).isEqualTo(new Rate(3, 4, 75.0));
		assertThat(f.resolution()).isEqualTo(new Rate(1, 3, 33.3));
		assertThat(f.partly()).isEqualTo(new Rate(1, 3, 33.3));
		assertThat(f.satisfaction()).isEqualTo(new Rate(2, 3, 66.7));
		assertThat(f.finalSatisfaction()).isEqualTo(new Rate(3, 3, 100.0));
		assertThat(f.composite()).isEqualTo(57.5);
		assertThat(f.counts().closedUnrated()).isEqualTo(1);
	}

	/**
	 * Months are Asia/Shanghai months. A response is due in the month its deadline falls, even
	 * when the request came in the month before and nobody answered; a resolution at 04:00 on
	 * 1 July in Shanghai (still 30 June in UTC) counts in July.
	 */
	@Test
	void monthsAreShanghaiMonthsAndTheResponseCountsInItsDeadlinesMonth() {
		String worker = w.world.workerA();
		UUID unanswered = w.repair("2026-05-31T08:00");
		w.tick("2026-06-02T08:00");
		UUID lateNight = w.repair("2026-05-30T23:00");
		w.accept(lateNight, "2026-05-31T22:00", worker);
		UUID july = w.repair("2026-06-28T10:00");
		w.accept(july, "2026-06-28T11:00", worker);
		w.resolve(july, "2026-07-01T04:00", worker);

		List<MonthFigures> months = fixtures.as(w.world.head(),
				() -> evaluation.rates(w.world.gridA().id(), null, month("2026-05"), month("2026-07")));
		assertThat(months.get(0).figures().response()).isEqualTo(new Rate(1, 1, 100.0));
		assertThat(months.get(1).figures().response()).isEqualTo(new Rate(1, 2, 50.0));
		assertThat(months.get(1).figures().onTime().denominator()).isZero();
		assertThat(months.get(2).figures().onTime()).isEqualTo(new Rate(1, 1, 100.0));
		assertThat(months.get(0).figures().counts().submitted()).isEqualTo(2);
		assertThat(unanswered).isNotNull();
	}

	/**
	 * A figure belongs to whoever held the request when it was earned: the first response to grid
	 * A's worker, the resolution and the rating to grid B after the transfer; the community above
	 * both counts each once.
	 */
	@Test
	void aTransferMovesOnlyTheFiguresStillToBeEarned() {
		UUID id = w.repair("2026-08-03T09:00");
		w.accept(id, "2026-08-03T10:00", w.world.workerA());
		w.transfer(id, "2026-08-03T11:00", w.world.gridB().id());
		w.accept(id, "2026-08-03T12:00", w.world.workerB());
		w.resolve(id, "2026-08-04T12:00", w.world.workerB());
		w.rate(id, "2026-08-05T12:00", ResolutionAnswer.RESOLVED, SatisfactionAnswer.SATISFIED);

		Figures a = august(w.world.gridA().id());
		Figures b = august(w.world.gridB().id());
		Figures community = august(w.world.community().id());
		assertThat(a.response()).isEqualTo(new Rate(1, 1, 100.0));
		assertThat(a.counts().resolved()).isZero();
		assertThat(a.counts().rated()).isZero();
		assertThat(b.response().denominator()).isZero();
		assertThat(b.onTime()).isEqualTo(new Rate(1, 1, 100.0));
		assertThat(b.resolution()).isEqualTo(new Rate(1, 1, 100.0));
		assertThat(b.counts().transferred()).isEqualTo(1);
		assertThat(community.response()).isEqualTo(new Rate(1, 1, 100.0));
		assertThat(community.onTime()).isEqualTo(new Rate(1, 1, 100.0));
		assertThat(community.counts().submitted()).isEqualTo(1);
		List<FigureRequest> behind = fixtures.as(w.world.head(), () -> evaluation.requestsBehind(
				w.world.community().id(), null, month("2026-08"), Figure.RESPONSE, null, 10));
		assertThat(behind).singleElement().satisfies(r -> {
			assertThat(r.requestId()).isEqualTo(id);
			assertThat(r.unitId()).isEqualTo(w.world.gridA().id());
			assertThat(r.inNumerator()).isTrue();
		});
	}

	private Figures august(UUID unit) {
		return fixtures.as(w.world.officer(), () -> evaluation.rates(unit, null, month("2026-08"), month("2026-08")))
			.get(0).figures();
	}
}
