package org.pomegranate.mediation.internal;

import java.time.Duration;
import java.time.Instant;

import org.pomegranate.mediation.CaseType;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * How long a case may take to settle: {@code pomegranate.mediation.settle-days.<TYPE>}, else
 * {@code pomegranate.mediation.settle-days.default} (30 days, the People's Mediation practice);
 * labour disputes default to 15 days, after which the law lets the parties go to arbitration.
 */
@Component
public class Deadlines {

	static final int DEFAULT_DAYS = 30;
	/** The follow-up visit falls this many days after an agreement. */
	public static final int FOLLOW_UP_DAYS = 30;

	private final Environment environment;

	Deadlines(Environment environment) {
		this.environment = environment;
	}

	public int settleDays(CaseType type) {
		Integer fallback = environment.getProperty("pomegranate.mediation.settle-days.default", Integer.class,
				DEFAULT_DAYS);
		int days = environment.getProperty("pomegranate.mediation.settle-days." + type.name(), Integer.class, fallback);
		return Math.max(1, Math.min(days, 366));
	}

	public Instant settleDue(CaseType type, Instant openedAt) {
		return openedAt.plus(Duration.ofDays(settleDays(type)));
	}
}
