package org.pomegranate.evaluation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.pomegranate.servicedesk.RequestFirstResponded;
import org.pomegranate.servicedesk.RequestRated;
import org.pomegranate.servicedesk.RequestResolved;
import org.pomegranate.servicedesk.RequestResponseOverdue;
import org.pomegranate.servicedesk.RequestSnapshot;
import org.pomegranate.servicedesk.ResolutionAnswer;
import org.pomegranate.servicedesk.RevisitDone;
import org.pomegranate.servicedesk.SatisfactionAnswer;
import org.pomegranate.servicedesk.ServiceRequestEvent;
import org.pomegranate.servicedesk.Tier;

/** The per-request rules without a database: order does not matter, months are Beijing months, weights add up. */
class RequestFactTests {

	static final UUID ROOT = UUID.randomUUID();
	static final UUID GRID = UUID.randomUUID();
	static final RequestSnapshot AT_GRID = new RequestSnapshot(UUID.randomUUID(), "HX-1", GRID,
			"/" + ROOT + "/" + GRID + "/", UUID.randomUUID(), "HOUSING_REPAIR", Tier.GENERAL);

	@Test
	void theFactsAreTheSameInWhateverOrderTheEventsArrive() {
		Instant t = Instant.parse("2026-03-31T15:30:00Z");
		List<ServiceRequestEvent> events = List.of(
				new RequestResponseOverdue(UUID.randomUUID(), AT_GRID, t, t),
				new RequestFirstResponded(UUID.randomUUID(), AT_GRID, t, false, t.plusSeconds(3600)),
				new RequestResolved(UUID.randomUUID(), AT_GRID, t.plusSeconds(86_400), true, t.plusSeconds(7200)),
				new RequestResolved(UUID.randomUUID(), AT_GRID, t.plusSeconds(86_400), false, t.plusSeconds(999_999)),
				new RequestRated(UUID.randomUUID(), AT_GRID, ResolutionAnswer.NOT_RESOLVED, SatisfactionAnswer.UNSATISFIED,
						true, t.plusSeconds(10_000)),
				new RevisitDone(UUID.randomUUID(), AT_GRID, SatisfactionAnswer.BASICALLY_SATISFIED, t.plusSeconds(20_000)),
				new RevisitDone(UUID.randomUUID(), AT_GRID, SatisfactionAnswer.SATISFIED, t.plusSeconds(30_000)),
				new RevisitDone(UUID.randomUUID(), AT_GRID, null, t.plusSeconds(40_000)));
		RequestFact inOrder = applyAll(events);
		for (int i = 0; i < 20; i++) {
			List<ServiceRequestEvent> shuffled = new ArrayList<>(events);
			Collections.shuffle(shuffled, new java.util.Random(i));
			assertThat(applyAll(shuffled)).isEqualTo(inOrder);
		}
		// due on 31 March 23:30 in Beijing: March; resolved 1 April 01:30 in Beijing: April
		assertThat(inOrder.response().month()).hasToString("2026-03-01");
		assertThat(inOrder.response().onTime()).isFalse();
		assertThat(inOrder.resolved().month()).hasToString("2026-04-01");
		assertThat(inOrder.resolved().onTime()).isTrue();
		assertThat(inOrder.finalAnswer()).isEqualTo(SatisfactionAnswer.SATISFIED);
		assertThat(inOrder.rated().satisfaction()).isEqualTo(SatisfactionAnswer.UNSATISFIED);
	}

	@Test
	void aFigureCountsForTheHolderAndEveryUnitAbove() {
		Tally tally = new Tally();
		RequestFact.empty(new RequestResolved(UUID.randomUUID(), AT_GRID, Instant.EPOCH, true, Instant.EPOCH))
			.apply(new RequestResolved(UUID.randomUUID(), AT_GRID, Instant.EPOCH, true, Instant.EPOCH))
			.countInto(tally, 1);
		// the grid, the root above it, and the worker
		assertThat(tally.changes()).hasSize(3);
		assertThat(tally.changes().values()).allSatisfy(c -> {
			assertThat(c[Counter.RESOLVED.ordinal()]).isEqualTo(1);
			assertThat(c[Counter.RESOLVED_ON_TIME.ordinal()]).isEqualTo(1);
		});
	}

	@Test
	void weightsMustSumToAHundred() {
		assertThat(new CompositeWeights(30, 35, 35).composite(org.pomegranate.evaluation.Rate.of(3, 4),
				org.pomegranate.evaluation.Rate.of(1, 3), org.pomegranate.evaluation.Rate.of(2, 3))).isEqualTo(57.5);
		assertThat(new CompositeWeights(30, 35, 35).composite(org.pomegranate.evaluation.Rate.of(1, 2),
				org.pomegranate.evaluation.Rate.of(0, 0), org.pomegranate.evaluation.Rate.of(0, 0))).isEqualTo(50.0);
		assertThatThrownBy(() -> new CompositeWeights(30, 35, 30)).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("sum to 100");
		assertThatThrownBy(() -> new CompositeWeights(-10, 55, 55)).isInstanceOf(IllegalStateException.class);
	}

	private static RequestFact applyAll(List<ServiceRequestEvent> events) {
		RequestFact fact = RequestFact.empty(events.get(0));
		for (ServiceRequestEvent e : events) {
			fact = fact.apply(e);
		}
		return fact;
	}
}
