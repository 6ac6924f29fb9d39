package org.pomegranate.imports;

/** Where an import stands. */
public enum ImportStatus {
	VALIDATING, READY, REFUSED, COMMITTING, COMMITTED, FAILED;

	/** Whether work is still running, so a page keeps polling. */
	public boolean isRunning() {
		return this == VALIDATING || this == COMMITTING;
	}
}
