package org.pomegranate.imports.internal;

import org.pomegranate.imports.ImportKind;

/** The checks and the writing of one kind of file. */
interface KindRows {

	ImportKind kind();

	/** Every problem of the row, without writing anything. */
	Checked check(SheetRow row, ImportContext context);

	/**
	 * Writes the row into the register inside the caller's transaction. Throws
	 * {@link org.pomegranate.shared.web.InvalidInputException} when the register changed since the
	 * check (someone registered the same person meanwhile).
	 */
	void write(SheetRow row, ImportContext context);

	/** Checks that need the whole file (a unit loop); after all rows are staged. */
	default void afterStaging(ImportContext context, StagedRows rows) {
	}
}
