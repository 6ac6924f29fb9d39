package org.pomegranate.evaluation.incentive;

/** Why points were earned or lost; the amount of each comes from {@link PointsRules}. */
public enum PointsRule {
	/** The worker resolved a request within its resolution deadline. */
	ON_TIME_RESOLUTION,
	/** The resident's first rating was "satisfied" or "basically satisfied". */
	SATISFIED_RATING,
	/** A revisit turned an unhappy resident into a satisfied one. */
	REVISIT_TURNED_AROUND,
	/** The request climbed the escalation ladder while the worker held it (deduction). */
	ESCALATION,
	/** The resident's first rating was "unsatisfied" (deduction). */
	UNSATISFIED_RATING
}
