package org.pomegranate.evaluation.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Changes to monthly rollup rows, summed in memory before they are written: one row per unit of
 * the holder's line and one for the worker.
 */
public final class Tally {

	/** A rollup row's key. {@code workerId} is {@link Holder#NO_WORKER} on a unit's row. */
	public record Cell(UUID unitId, UUID workerId, LocalDate month, String categoryCode, String tier) {
	}

	private final Map<Cell, int[]> changes = new LinkedHashMap<>();

	public void add(Holder holder, LocalDate month, String categoryCode, String tier, Counter counter, int delta) {
		for (UUID unit : holder.unitAndAncestors()) {
			bump(new Cell(unit, Holder.NO_WORKER, month, categoryCode, tier), counter, delta);
		}
		if (holder.workerId() != null) {
			bump(new Cell(holder.unitId(), holder.workerId(), month, categoryCode, tier), counter, delta);
		}
	}

	private void bump(Cell cell, Counter counter, int delta) {
		changes.computeIfAbsent(cell, c -> new int[Counter.values().length])[counter.ordinal()] += delta;
	}

	/** The rows that change, with the change to each count; rows whose changes cancel out are left out. */
	public Map<Cell, int[]> changes() {
		Map<Cell, int[]> nonZero = new LinkedHashMap<>();
		changes.forEach((cell, counts) -> {
			for (int c : counts) {
				if (c != 0) {
					nonZero.put(cell, counts);
					return;
				}
			}
		});
		return nonZero;
	}
}
