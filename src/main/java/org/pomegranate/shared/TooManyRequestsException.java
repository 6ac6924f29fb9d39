package org.pomegranate.shared;

import java.time.Duration;

/**
 * A caller went over a {@link RateLimiter} limit. Answered as 429 with {@code Retry-After} and a
 * translated message, on the API and on pages alike.
 */
public class TooManyRequestsException extends RuntimeException {

	private final Duration retryAfter;

	public TooManyRequestsException(Duration retryAfter) {
		super("too many requests; retry after " + retryAfter.toSeconds() + " s");
		this.retryAfter = retryAfter;
	}

	/** How long until the current window ends (at least one second). */
	public Duration retryAfter() {
		return retryAfter;
	}

	/** {@link #retryAfter()} in whole seconds, rounded up, for the {@code Retry-After} header. */
	public long retryAfterSeconds() {
		long millis = retryAfter.toMillis();
		return Math.max(1, (millis + 999) / 1000);
	}
}
