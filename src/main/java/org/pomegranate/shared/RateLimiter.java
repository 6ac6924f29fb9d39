package org.pomegranate.shared;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts calls per key in fixed windows kept in PostgreSQL, so a limit holds across instances and
 * against parallel requests: each call is one {@code INSERT … ON CONFLICT DO UPDATE … RETURNING}, which
 * the database serialises on the key's row. A window starts at a multiple of its length since the epoch,
 * so every instance agrees on it without talking to the others.
 * <p>
 * A counted call stays counted even when the caller's own work later fails and rolls back (the count
 * runs in its own transaction): otherwise a flood of failing requests would never be throttled.
 * Count before the caller's transaction begins (in a filter, a controller, or ahead of a
 * {@code TransactionTemplate} as {@code RequestLookup} does). Called inside one, each call holds two
 * pooled connections at once, and as many parallel callers as the pool has connections wait on
 * each other until the pool gives up.
 * <p>
 * Keys name what is limited and by whom, e.g. {@code "intake:ip:203.0.113.7"}. Never put personal
 * data in clear into a key: hash it with a key first.
 */
@Component
public class RateLimiter {

	private final JdbcClient jdbc;
	private final Clock clock;

	RateLimiter(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Counts one call under the key and tells whether it is within the limit.
	 *
	 * @param key what is limited and for whom
	 * @param limit calls allowed per window (at least 1)
	 * @param window the window's length (at least one second)
	 * @return {@code true} when this call is one of the first {@code limit} of its window
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public boolean tryAcquire(String key, int limit, Duration window) {
		return count(key, window) <= limit;
	}

	/**
	 * Counts one call under the key, or refuses it.
	 *
	 * @throws TooManyRequestsException when the window's limit is used up; it names the time until the window ends
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void acquire(String key, int limit, Duration window) {
		if (count(key, window) > limit) {
			throw new TooManyRequestsException(retryAfter(window));
		}
	}

	/**
	 * Whether the key's current window is used up, without counting a call: for limits that count
	 * only failures, which are known after the work. One read on its own needs no transaction: without
	 * one it is a single round trip, which counts since every API call asks it.
	 */
	public boolean exhausted(String key, int limit, Duration window) {
		Integer used = jdbc.sql("select count from rate_limit_window where key = :key and window_start = :start")
			.param("key", key)
			.param("start", java.sql.Timestamp.from(windowStart(window)))
			.query(Integer.class)
			.optional()
			.orElse(0);
		return used >= limit;
	}

	/** The time until the key's current window ends, for a refusal's {@code Retry-After}. */
	public Duration retryAfter(Duration window) {
		return Duration.between(clock.instant(), windowStart(window).plus(window));
	}

	private int count(String key, Duration window) {
		if (window.toMillis() < 1000) {
			throw new IllegalArgumentException("a window lasts at least one second");
		}
		Instant start = windowStart(window);
		return jdbc.sql("""
				insert into rate_limit_window (key, window_start, window_end, count) values (:key, :start, :end, 1)
				on conflict (key, window_start) do update set count = rate_limit_window.count + 1
				returning count""")
			.param("key", key)
			.param("start", java.sql.Timestamp.from(start))
			.param("end", java.sql.Timestamp.from(start.plus(window)))
			.query(Integer.class)
			.single();
	}

	private Instant windowStart(Duration window) {
		long length = window.toMillis();
		long now = clock.instant().toEpochMilli();
		return Instant.ofEpochMilli(now - Math.floorMod(now, length)).truncatedTo(ChronoUnit.MILLIS);
	}

	/** Windows that are over count for nothing; every instance may run this, a delete twice is harmless. */
	@Scheduled(fixedDelayString = "${pomegranate.rate-limit.cleanup-interval:PT10M}")
	@Transactional
	public void forgetPastWindows() {
		jdbc.sql("delete from rate_limit_window where window_end < :now")
			.param("now", java.sql.Timestamp.from(clock.instant().minus(Duration.ofMinutes(1))))
			.update();
	}
}
