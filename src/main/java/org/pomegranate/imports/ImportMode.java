package org.pomegranate.imports;

/** How a validated file goes into the register. */
public enum ImportMode {
	/** Every row in one transaction; refused while any row is bad. */
	ALL_OR_NOTHING,
	/** The good rows in batches that survive a crash; the bad rows stay in the report. */
	GOOD_ROWS
}
