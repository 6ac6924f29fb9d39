package org.pomegranate.organization.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.pomegranate.organization.OrgLevel;
import org.pomegranate.organization.OrgUnit;
import org.pomegranate.organization.UnitChange;
import org.pomegranate.organization.UnitClosingCheck;
import org.pomegranate.organization.UnitNames;
import org.pomegranate.organization.UnitSummary;
import org.pomegranate.shared.web.InvalidInputException;
import org.pomegranate.shared.web.NotFoundException;
import org.pomegranate.shared.web.RuleViolationException;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The rules of changing the tree: a child sits exactly one level below its parent, nothing moves
 * under itself, nothing is added under a closed unit, and a unit closes only when empty. Each
 * change writes its history line in the caller's transaction. Who may change what is decided by
 * the caller ({@code OrganizationManagement}).
 */
@Component
public class TreeEditor {

	/**
	 * Every move takes this transaction lock first. A move rewrites the paths of a whole subtree,
	 * and two moves in overlapping subtrees (a street to another county while one of its
	 * communities moves to another street) would each rewrite from a path the other is changing.
	 * Moves are rare administrative acts, so running them one at a time costs nothing.
	 */
	private static final long MOVE_LOCK = 0x6f72675f6d6f7665L;

	private final OrgUnitRepository units;
	private final UnitHistoryRepository history;
	private final List<UnitClosingCheck> closingChecks;
	private final JdbcClient jdbc;

	TreeEditor(OrgUnitRepository units, UnitHistoryRepository history, List<UnitClosingCheck> closingChecks,
			JdbcClient jdbc) {
		this.units = units;
		this.history = history;
		this.closingChecks = closingChecks;
		this.jdbc = jdbc;
	}

	/** @param level {@code null} for "the level below the parent's" */
	public OrgUnit create(UUID parentId, String code, OrgLevel level, UnitNames names, String actor) {
		return create(parentId, code, level, names, actor, UnitChange.Kind.CREATE);
	}

	/** @param kind how the history tells it: created by a person, or loaded from a file */
	public OrgUnit create(UUID parentId, String code, OrgLevel level, UnitNames names, String actor,
			UnitChange.Kind kind) {
		Map<String, String> errors = UnitInput.errors();
		// locked so that the parent cannot close while a child is being added
		OrgUnit parent = parentId == null ? null : units.lock(parentId).orElse(null);
		if (parentId != null && parent == null) {
			errors.put("parentId", "error.unknownUnit");
		}
		else if (parent != null && parent.closed()) {
			errors.put("parentId", "error.unit.closedParent");
		}
		OrgLevel expected = parent == null ? OrgLevel.PREFECTURE : parent.level().below();
		OrgLevel actual = level == null ? expected : level;
		if ((parentId == null || parent != null) && (expected == null || actual != expected)) {
			errors.put("level", expected == null ? "error.unit.belowGrid" : "error.unitLevel");
		}
		UnitNames clean = UnitInput.names(names, errors);
		String cleanCode = UnitInput.code(code, actual, errors);
		if (cleanCode != null && !errors.containsKey("code") && units.findByCode(cleanCode).isPresent()) {
			errors.put("code", "error.unit.codeTaken");
		}
		UnitInput.throwIfAny(errors);
		UUID id = UUID.randomUUID();
		OrgUnit unit = new OrgUnit(id, parentId, cleanCode, clean.zh(), clean.en(), clean.bo(), clean.mn(), actual,
				(parent == null ? "/" : parent.path()) + id + "/", false);
		units.insert(unit);
		history.append(id, actor, kind, describe(unit));
		return unit;
	}

	/**
	 * Waits for any other move to finish. Taken before any row lock of the change (re-entrant
	 * within the transaction), so a move never holds a row another move waits for while it waits.
	 */
	public void serializeMoves() {
		jdbc.sql("select pg_advisory_xact_lock(?)").param(MOVE_LOCK).query(Object.class).single();
	}

	/** Changes code and names; refused for a closed unit. */
	public OrgUnit rename(UUID id, String code, UnitNames names, String actor) {
		OrgUnit unit = openUnit(id);
		Map<String, String> errors = UnitInput.errors();
		UnitNames clean = UnitInput.names(names, errors);
		String cleanCode = UnitInput.code(code, unit.level(), errors);
		if (cleanCode != null && !errors.containsKey("code")
				&& units.findByCode(cleanCode).filter(other -> !other.id().equals(id)).isPresent()) {
			errors.put("code", "error.unit.codeTaken");
		}
		UnitInput.throwIfAny(errors);
		if (Objects.equals(cleanCode, unit.code()) && clean.equals(unit.names())) {
			return unit;
		}
		units.rename(id, cleanCode, clean);
		history.append(id, actor, UnitChange.Kind.RENAME, describe(unit) + " → " + describe(cleanCode, clean));
		return units.findById(id).orElseThrow();
	}

	/**
	 * Hangs the unit and its subtree under another parent of the level directly above its own.
	 * Refused when the new parent is the unit itself or lies below it (a loop), is closed, or sits
	 * at another level.
	 */
	public OrgUnit move(UUID id, UUID newParentId, String actor) {
		serializeMoves();
		OrgUnit unit = openUnit(id);
		if (Objects.equals(unit.parentId(), newParentId)) {
			return unit;
		}
		OrgUnit parent = newParentId == null ? null : units.lock(newParentId).orElse(null);
		if (parent == null) {
			throw new InvalidInputException("parentId",
					newParentId == null ? "error.unit.parentRequired" : "error.unknownUnit");
		}
		if (unit.contains(parent)) {
			throw new InvalidInputException("parentId", "error.unit.loop");
		}
		if (parent.closed()) {
			throw new InvalidInputException("parentId", "error.unit.closedParent");
		}
		if (parent.level().below() != unit.level()) {
			throw new InvalidInputException("parentId", "error.unitLevel");
		}
		OrgUnit oldParent = unit.parentId() == null ? null : units.findById(unit.parentId()).orElse(null);
		units.move(unit, parent);
		history.append(id, actor, UnitChange.Kind.MOVE,
				(oldParent == null ? "-" : describe(oldParent)) + " → " + describe(parent));
		return units.findById(id).orElseThrow();
	}

	/**
	 * Closes a unit that holds nothing any more: no open units below it, and nothing the other
	 * modules keep there (staff, places, open requests). Otherwise refused, naming what is left.
	 */
	public void close(UUID id, String actor) {
		OrgUnit unit = openUnit(id);
		List<UnitSummary> held = new ArrayList<>();
		long children = units.countOpenChildren(id);
		if (children > 0) {
			held.add(UnitSummary.count("unit.hold.children", children));
		}
		closingChecks.forEach(check -> held.addAll(check.stillHeld(id)));
		held.removeIf(h -> h.count() == 0);
		if (!held.isEmpty()) {
			throw new RuleViolationException("error.unit.closeHolds", held.stream()
				.map(h -> new DefaultMessageSourceResolvable(new String[] { h.labelKey() }, new Object[] { h.count() },
						h.labelKey()))
				.toList());
		}
		units.close(id);
		history.append(id, actor, UnitChange.Kind.CLOSE, describe(unit));
	}

	/** The unit with its row locked; closed units are not changed any more. */
	private OrgUnit openUnit(UUID id) {
		OrgUnit unit = units.lock(id).orElseThrow(() -> new NotFoundException("unit"));
		if (unit.closed()) {
			throw new RuleViolationException("error.unit.closed");
		}
		return unit;
	}

	static String describe(OrgUnit unit) {
		return describe(unit.code(), unit.names());
	}

	static String describe(String code, UnitNames names) {
		StringBuilder text = new StringBuilder(names.zh());
		for (String other : new String[] { names.en(), names.bo(), names.mn() }) {
			if (other != null) {
				text.append(" / ").append(other);
			}
		}
		return code == null ? text.toString() : text.append(" (").append(code).append(')').toString();
	}
}
