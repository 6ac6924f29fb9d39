package org.pomegranate.servicedesk;

import java.time.Duration;

/**
 * How urgent a kind of request is, with the default deadlines of the service-desk rules: first
 * response (dispatch) and resolution, counted in calendar time from submission.
 */
public enum Tier {
	EMERGENCY(Duration.ofHours(1), Duration.ofHours(2)),
	UTILITIES(Duration.ofHours(2), Duration.ofHours(24)),
	GENERAL(Duration.ofHours(24), Duration.ofDays(7)),
	COMPLEX(Duration.ofHours(24), Duration.ofDays(15));

	private final Duration response;
	private final Duration resolve;

	Tier(Duration response, Duration resolve) {
		this.response = response;
		this.resolve = resolve;
	}

	public Duration defaultResponse() {
		return response;
	}

	public Duration defaultResolve() {
		return resolve;
	}
}
