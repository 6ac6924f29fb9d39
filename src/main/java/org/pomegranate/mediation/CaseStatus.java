package org.pomegranate.mediation;

/**
 * Where a case stands. {@code OPEN} until the first session, {@code IN_PROGRESS} while sessions go
 * on; an outcome ({@code AGREED}, {@code PARTIAL}, {@code FAILED}); an agreement, full or partial,
 * is {@code CLOSED} by its follow-up visit.
 */
public enum CaseStatus {
	OPEN, IN_PROGRESS, AGREED, PARTIAL, FAILED, CLOSED;

	/** Still to be settled: on the deadline clock. */
	public boolean isOpen() {
		return this == OPEN || this == IN_PROGRESS;
	}
}
