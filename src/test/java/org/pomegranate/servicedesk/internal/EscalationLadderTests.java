package org.pomegranate.servicedesk.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.pomegranate.servicedesk.internal.EscalationLadder.Climb;
import org.pomegranate.servicedesk.internal.EscalationLadder.Step;

/** Grid worker → community → street → county, one rung per window, the county at the top. */
class EscalationLadderTests {

	static final Duration WINDOW = Duration.ofHours(2);
	static final Instant DUE = Instant.parse("2026-03-01T08:00:00Z");

	final Units units = new Units();

	@Test
	void nothingHappensBeforeTheDeadline() {
		Climb climb = EscalationLadder.climb(units.lineage(units.grid), units.grid.id(), DUE, WINDOW,
				DUE.minusSeconds(1), 0);
		assertThat(climb.steps()).isEmpty();
		assertThat(climb.nextEscalateAt()).isEqualTo(DUE);
	}

	@Test
	void oneStepWhenDueAndTheNextRungGetsOneWindow() {
		Climb climb = EscalationLadder.climb(units.lineage(units.grid), units.grid.id(), DUE, WINDOW, DUE, 0);
		assertThat(climb.steps()).containsExactly(new Step(units.community.id(), DUE, 1));
		assertThat(climb.nextEscalateAt()).isEqualTo(DUE.plus(WINDOW));
	}

	@Test
	void aCatchUpTakesEveryStepThatFellDueEachAWindowApart() {
		Instant now = DUE.plus(WINDOW.multipliedBy(2)).plusSeconds(60);
		Climb climb = EscalationLadder.climb(units.lineage(units.grid), units.grid.id(), DUE, WINDOW, now, 0);
		assertThat(climb.steps()).containsExactly(new Step(units.community.id(), DUE, 1),
				new Step(units.street.id(), DUE.plus(WINDOW), 2),
				new Step(units.county.id(), DUE.plus(WINDOW.multipliedBy(2)), 3));
		assertThat(climb.nextEscalateAt()).isNull();
	}

	@Test
	void aPartialCatchUpStopsAtTheRungNotYetDue() {
		Instant now = DUE.plus(WINDOW).plusSeconds(60);
		Climb climb = EscalationLadder.climb(units.lineage(units.grid), units.grid.id(), DUE, WINDOW, now, 0);
		assertThat(climb.steps()).extracting(Step::unitId).containsExactly(units.community.id(), units.street.id());
		assertThat(climb.nextEscalateAt()).isEqualTo(DUE.plus(WINDOW.multipliedBy(2)));
	}

	@Test
	void itStopsAtTheCountyHoweverLateItIs() {
		Instant muchLater = DUE.plus(Duration.ofDays(30));
		Climb fromGrid = EscalationLadder.climb(units.lineage(units.grid), units.grid.id(), DUE, WINDOW, muchLater, 0);
		assertThat(fromGrid.steps()).hasSize(3).last().extracting(Step::unitId).isEqualTo(units.county.id());
		assertThat(fromGrid.nextEscalateAt()).isNull();

		Climb atCounty = EscalationLadder.climb(units.lineage(units.grid), units.county.id(), DUE, WINDOW, muchLater, 3);
		assertThat(atCounty.steps()).isEmpty();
		assertThat(atCounty.nextEscalateAt()).isNull();
	}

	@Test
	void stepsAreNumberedAfterTheEarlierOnes() {
		Climb climb = EscalationLadder.climb(units.lineage(units.grid), units.community.id(), DUE, WINDOW, DUE, 1);
		assertThat(climb.steps()).containsExactly(new Step(units.street.id(), DUE, 2));
		assertThat(climb.nextEscalateAt()).isEqualTo(DUE.plus(WINDOW));
	}

	@Test
	void aRequestHeldAtTheCommunityClimbsFromThere() {
		Climb climb = EscalationLadder.climb(units.lineage(units.community), units.community.id(), DUE, WINDOW,
				DUE.plus(WINDOW), 0);
		assertThat(climb.steps()).extracting(Step::unitId).containsExactly(units.street.id(), units.county.id());
		assertThat(climb.nextEscalateAt()).isNull();
	}

	@Test
	void aHolderOutsideTheLineageClimbsFromTheRequestsOwnUnit() {
		UUID elsewhere = UUID.randomUUID();
		Climb climb = EscalationLadder.climb(units.lineage(units.grid), elsewhere, DUE, WINDOW, DUE, 2);
		assertThat(climb.steps()).containsExactly(new Step(units.community.id(), DUE, 3));
	}

	@Test
	void noDeadlineMeansNoClimb() {
		Climb climb = EscalationLadder.climb(units.lineage(units.grid), units.grid.id(), null, WINDOW, DUE, 0);
		assertThat(climb.steps()).isEmpty();
		assertThat(climb.nextEscalateAt()).isNull();
	}
}
