package org.pomegranate.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;

/** A replayed moment holds on its own thread for the work's duration, and nowhere else. */
class ApplicationClockTests {

	static final Instant REAL = Instant.parse("2026-06-01T00:00:00Z");
	static final Instant PAST = Instant.parse("2026-03-01T08:00:00Z");

	final ApplicationClock clock = new ApplicationClock(Clock.fixed(REAL, ZoneOffset.UTC));

	@Test
	void theSystemTimeOutsideAReplay() {
		assertThat(clock.instant()).isEqualTo(REAL);
	}

	@Test
	void theReplayedMomentInsideItOnlyOnThisThreadAndTheRealTimeAfter() throws Exception {
		Instant[] seen = new Instant[3];
		ApplicationClock.replayAt(PAST, () -> {
			seen[0] = clock.instant();
			seen[1] = CompletableFuture.supplyAsync(clock::instant).join();
			seen[2] = clock.withZone(ZoneId.of("Asia/Shanghai")).instant();
			return null;
		});
		assertThat(seen).containsExactly(PAST, REAL, PAST);
		assertThat(clock.instant()).isEqualTo(REAL);
	}

	@Test
	void anInnerReplayGivesBackTheOuterMoment() {
		Instant inner = PAST.plusSeconds(3600);
		Instant after = ApplicationClock.replayAt(PAST, () -> {
			ApplicationClock.replayAt(inner, () -> assertThat(clock.instant()).isEqualTo(inner));
			return clock.instant();
		});
		assertThat(after).isEqualTo(PAST);
	}

	@Test
	void aFailingReplayStillGivesTheTimeBack() {
		try {
			ApplicationClock.replayAt(PAST, () -> {
				throw new IllegalStateException("refused");
			});
		}
		catch (IllegalStateException expected) {
			// the act's own failure
		}
		assertThat(clock.instant()).isEqualTo(REAL);
	}
}
