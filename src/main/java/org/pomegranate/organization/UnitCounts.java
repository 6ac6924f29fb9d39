package org.pomegranate.organization;

import java.util.Map;
import java.util.UUID;

import org.pomegranate.organization.internal.KeptCounts;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The head counts kept per unit: triggers on the registry, the accounts and the requests write a
 * delta row for the unit a change belongs to (its own rows only), and a read sums the rows of the
 * subtree. A move of a unit in the tree changes no count; a count never needs the base tables on a
 * view. {@link #rebuild()} recounts everything from the base tables, and must agree with what was
 * kept.
 */
@Service
public class UnitCounts {

	private final KeptCounts kept;

	UnitCounts(KeptCounts kept) {
		this.kept = kept;
	}

	/** The unit's counts, every unit below it included. */
	@Transactional(readOnly = true)
	public HeadCounts of(OrgUnit unit) {
		return kept.subtree(unit.path());
	}

	/** Each unit's own counts, nothing below it summed (units without any are left out): for checks. */
	@Transactional(readOnly = true)
	public Map<UUID, HeadCounts> own() {
		return kept.own();
	}

	/**
	 * Recounts every unit from the base tables and replaces the kept counts (SQL {@code
	 * unit_counts_rebuild()}). Writers of counted rows wait until it commits; reads go on.
	 */
	@Transactional
	public void rebuild() {
		kept.rebuild();
	}

	/** Folds each unit's delta rows into one; answers how many units were folded. */
	@Transactional
	public int compact() {
		return kept.compact();
	}
}
