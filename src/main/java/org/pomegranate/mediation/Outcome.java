package org.pomegranate.mediation;

/** How mediation ended. Only {@code AGREED} counts as resolved (化解) in the rate. */
public enum Outcome {
	AGREED, PARTIAL, FAILED
}
