package org.pomegranate.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.pomegranate.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The shared rate limiter against the real database: parallel callers cannot outrun it, keys are
 * counted apart, a refusal names when to come back, and past windows are forgotten.
 */
@IntegrationTest
class RateLimiterTests {

	/**
	 * Windows start at multiples of their length since the epoch; one of a hundred years has its
	 * next start in 2069, so no test's calls are split between two windows by the clock.
	 */
	private static final Duration NO_BOUNDARY = Duration.ofDays(36_500);

	@Autowired
	RateLimiter limiter;

	@Autowired
	JdbcClient jdbc;

	@Test
	void fiftyParallelCallsWithALimitOfFiveLetExactlyFiveThrough() throws Exception {
		String key = "test:parallel:" + UUID.randomUUID();
		ExecutorService pool = Executors.newFixedThreadPool(16);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<Boolean>> calls = new ArrayList<>();
		try {
			for (int i = 0; i < 50; i++) {
				calls.add(pool.submit(() -> {
					start.await();
					try {
						limiter.acquire(key, 5, NO_BOUNDARY);
						return true;
					}
					catch (TooManyRequestsException e) {
						return false;
					}
				}));
			}
			start.countDown();
			int passed = 0;
			for (Future<Boolean> call : calls) {
				passed += call.get() ? 1 : 0;
			}
			assertThat(passed).isEqualTo(5);
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void tryAcquireCountsEachKeyApart() {
		String a = "test:a:" + UUID.randomUUID();
		String b = "test:b:" + UUID.randomUUID();
		assertThat(limiter.tryAcquire(a, 2, NO_BOUNDARY)).isTrue();
		assertThat(limiter.tryAcquire(a, 2, NO_BOUNDARY)).isTrue();
		assertThat(limiter.tryAcquire(a, 2, NO_BOUNDARY)).isFalse();
		assertThat(limiter.tryAcquire(b, 2, NO_BOUNDARY)).isTrue();
	}

	@Test
	void aRefusalNamesTheTimeUntilTheWindowEnds() {
		String key = "test:retry:" + UUID.randomUUID();
		limiter.acquire(key, 1, NO_BOUNDARY);
		assertThatThrownBy(() -> limiter.acquire(key, 1, NO_BOUNDARY))
			.isInstanceOfSatisfying(TooManyRequestsException.class, e -> {
				assertThat(e.retryAfter()).isPositive().isLessThanOrEqualTo(NO_BOUNDARY);
				assertThat(e.retryAfterSeconds()).isBetween(1L, NO_BOUNDARY.toSeconds());
			});
	}

	@Test
	void pastWindowsAreForgotten() {
		String key = "test:old:" + UUID.randomUUID();
		jdbc.sql("""
				insert into rate_limit_window (key, window_start, window_end, count)
				values (:key, now() - interval '2 hours', now() - interval '1 hour', 3)""").param("key", key).update();
		limiter.forgetPastWindows();
		assertThat(jdbc.sql("select count(*) from rate_limit_window where key = :key").param("key", key)
			.query(Long.class).single()).isZero();
	}
}
