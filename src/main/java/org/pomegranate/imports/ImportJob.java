package org.pomegranate.imports;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An uploaded file and what became of it.
 *
 * @param problem      why the whole file was refused (translated), or {@code null}
 * @param expectedRows the sheet's own idea of its size, for a progress bar while it is read
 * @param problems     the first problems of bad rows (all of them are in the downloadable report)
 */
public record ImportJob(UUID id, ImportKind kind, String fileName, ImportStatus status, ImportMode mode,
		String problem, int expectedRows, int totalRows, int goodRows, int badRows, int doneRows, String username,
		Instant createdAt, List<RowProblem> problems) {

	/** Percent done of the current step (reading, then writing), for a progress bar. */
	public int percent() {
		return switch (status) {
			case VALIDATING -> expectedRows <= 0 ? 0 : Math.min(99, totalRows * 100 / expectedRows);
			case COMMITTING -> {
				int target = mode == ImportMode.ALL_OR_NOTHING ? totalRows : goodRows;
				yield target <= 0 ? 0 : Math.min(99, doneRows * 100 / target);
			}
			default -> 100;
		};
	}
}
