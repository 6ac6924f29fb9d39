package org.pomegranate.evaluation.internal;

import java.util.Locale;

/** The counts of a monthly rollup row, in the order of its columns. */
public enum Counter {
	RESPONSE_DUE, RESPONSE_ON_TIME, RESOLVED, RESOLVED_ON_TIME, RATED, RATED_RESOLVED, RATED_PARTLY,
	RATED_SATISFIED, RATED_BASICALLY, FINAL_SATISFIED, FINAL_BASICALLY, SUBMITTED, ESCALATED, TRANSFERRED,
	REOPENED, CLOSED_UNRATED, REVISITED;

	public String column() {
		return name().toLowerCase(Locale.ROOT);
	}
}
