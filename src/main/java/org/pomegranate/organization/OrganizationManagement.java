package org.pomegranate.organization;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.pomegranate.identity.CurrentUser;
import org.pomegranate.identity.IdentityManagement;
import org.pomegranate.identity.Permission;
import org.pomegranate.identity.Role;
import org.pomegranate.identity.Scope;
import org.pomegranate.organization.internal.DivisionsLoader;
import org.pomegranate.organization.internal.OrgUnitRepository;
import org.pomegranate.organization.internal.TreeEditor;
import org.pomegranate.organization.internal.UnitHistoryRepository;
import org.pomegranate.shared.web.ForbiddenException;
import org.pomegranate.shared.web.InvalidInputException;
import org.pomegranate.shared.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organisation tree: prefecture → county/city → street/town → community → grid.
 * Scope checks elsewhere are built on {@link #subtree(UUID)}. Changes by people
 * ({@link #createUnit}, {@link #update}, {@link #close}) need {@link Permission#MANAGE_ORGANIZATION}:
 * the administrator changes any unit, a county officer the units below their own.
 */
@Service
@Transactional(readOnly = true)
public class OrganizationManagement {

	private static final int MAX_HISTORY_PAGE = 100;

	/** The actor of changes the application makes on its own (files, the demo). */
	private static final String SYSTEM_ACTOR = "system";

	private final OrgUnitRepository units;
	private final TreeEditor editor;
	private final UnitHistoryRepository history;
	private final IdentityManagement identity;
	private final DivisionsLoader divisions;

	OrganizationManagement(OrgUnitRepository units, TreeEditor editor, UnitHistoryRepository history,
			IdentityManagement identity, DivisionsLoader divisions) {
		this.divisions = divisions;
		this.units = units;
		this.editor = editor;
		this.history = history;
		this.identity = identity;
	}

	public Optional<OrgUnit> find(UUID id) {
		return units.findById(id);
	}

	public Optional<OrgUnit> findByCode(String code) {
		return units.findByCode(code);
	}

	/** The open units directly below. */
	public List<OrgUnit> children(UUID parentId) {
		return units.children(parentId);
	}

	/** Units at the top of the tree (normally the prefecture). */
	public List<OrgUnit> roots() {
		return units.roots();
	}

	/** Every open unit of one level, e.g. the communities a resident without an account can choose from. */
	public List<OrgUnit> unitsAt(OrgLevel level) {
		return units.atLevel(level);
	}

	/** Whether any open unit of the level exists (the first-run checklist). */
	public boolean anyAt(OrgLevel level) {
		return units.anyAt(level);
	}

	/** The unit and all its ancestors, root first: a breadcrumb. */
	public List<OrgUnit> lineage(UUID id) {
		return units.lineage(id);
	}

	/**
	 * The lineage of each of these units at once (root first, as {@link #lineage}), for work that
	 * climbs the tree for many requests together; a unit that does not exist is left out.
	 */
	public Map<UUID, List<OrgUnit>> lineages(Collection<UUID> ids) {
		return ids.isEmpty() ? Map.of() : units.lineages(ids);
	}

	/** Ids of the unit and every unit below it; empty when the unit does not exist. */
	public Set<UUID> subtree(UUID id) {
		return units.subtreeIds(id);
	}

	/**
	 * The unit, locked against closing until the caller's transaction ends, if it exists and is
	 * open: for modules that put something into a unit (a building into a grid).
	 */
	@Transactional
	public Optional<OrgUnit> holdOpen(UUID id) {
		return id == null ? Optional.empty() : units.lockShared(id).filter(u -> !u.closed());
	}

	/**
	 * Adds a unit under a parent, as the application does for files and the demo (no permission
	 * asked). The level must be the one directly below the parent's; a unit without parent must
	 * be a prefecture. Names and code are checked as for {@link #createUnit}.
	 */
	@Transactional
	public OrgUnit create(UUID parentId, String code, String nameZh, String nameEn, OrgLevel level) {
		return editor.create(parentId, code, level, UnitNames.of(nameZh, nameEn), actor());
	}

	/**
	 * Adds a unit with its names in every language given, as the application does for the demo (no permission
	 * asked); otherwise like {@link #create(UUID, String, String, String, OrgLevel)}.
	 */
	@Transactional
	public OrgUnit create(UUID parentId, String code, OrgLevel level, UnitNames names) {
		return editor.create(parentId, code, level, names, actor());
	}

	/**
	 * A person adds a unit. An unknown parent, or one outside what the caller may change, is a
	 * bad {@code parentId}; {@code level} may be {@code null} for "the level below the parent's".
	 */
	@Transactional
	public OrgUnit createUnit(UUID parentId, String code, OrgLevel level, UnitNames names) {
		Stewardship steward = steward();
		if (parentId == null ? !steward.everywhere() : !steward.mayAddUnder(parentId)) {
			throw new InvalidInputException("parentId", "error.unknownUnit");
		}
		return editor.create(parentId, code, level, names, actor());
	}

	/**
	 * Renames the unit and, when {@code parentId} differs from its parent, moves it there with its
	 * whole subtree. A unit outside the caller's reach is not found; a new parent outside it is a
	 * bad {@code parentId}.
	 */
	@Transactional
	public OrgUnit update(UUID id, UUID parentId, String code, UnitNames names) {
		Stewardship steward = steward();
		editor.serializeMoves();
		OrgUnit unit = changeable(steward, id);
		if (parentId != null && !parentId.equals(unit.parentId()) && !steward.mayAddUnder(parentId)) {
			throw new InvalidInputException("parentId", "error.unknownUnit");
		}
		editor.rename(id, code, names, actor());
		return editor.move(id, parentId, actor());
	}

	/** Closes a unit that holds nothing any more; refused (409) naming what it still holds. */
	@Transactional
	public void close(UUID id) {
		changeable(steward(), id);
		editor.close(id, actor());
	}

	/**
	 * Loads a divisions file as the upper levels of the tree: whole or not at all, and a second
	 * load of the same file changes nothing. The administrator's act; with nobody signed in, the
	 * application's own (the demo).
	 */
	@Transactional
	public DivisionsReport loadDivisions(DivisionsFile file) {
		if (identity.signedIn().isPresent() && !steward().everywhere()) {
			throw new ForbiddenException("only the administrator loads divisions");
		}
		return divisions.load(file, actor());
	}

	/** The units the signed-in user may change, each with everything below: the whole tree for the administrator. */
	public List<OrgUnit> stewardRoots() {
		Stewardship steward = steward();
		return steward.everywhere() ? roots()
				: units.findById(steward.scope().root()).map(List::of).orElse(List.of());
	}

	/** Whether the signed-in user may rename, move or close this unit. */
	public boolean mayChange(UUID id) {
		CurrentUser user = identity.signedIn().orElse(null);
		return user != null && user.can(Permission.MANAGE_ORGANIZATION) && steward().mayChange(id);
	}

	/** Whether the signed-in user may add units below this one (and open its page on the tree). */
	public boolean mayAddUnder(UUID id) {
		CurrentUser user = identity.signedIn().orElse(null);
		return user != null && user.can(Permission.MANAGE_ORGANIZATION) && steward().mayAddUnder(id);
	}

	/**
	 * A unit's history, newest first, for those who may see or change the unit.
	 *
	 * @param beforeId the last id of the previous page, {@code null} for the first
	 */
	public List<UnitChange> history(UUID id, Long beforeId, int size) {
		CurrentUser user = identity.currentUser();
		boolean mayView = user.can(Permission.VIEW_ORGANIZATION) && identity.scopeOf(user).contains(id);
		boolean mayManage = user.can(Permission.MANAGE_ORGANIZATION) && steward().mayAddUnder(id);
		if (!mayView && !mayManage) {
			throw new NotFoundException("unit");
		}
		return history.of(id, beforeId, Math.max(1, Math.min(size, MAX_HISTORY_PAGE)));
	}

	private OrgUnit changeable(Stewardship steward, UUID id) {
		if (!steward.mayChange(id)) {
			throw new NotFoundException("unit");
		}
		return units.findById(id).orElseThrow(() -> new NotFoundException("unit"));
	}

	private Stewardship steward() {
		CurrentUser user = identity.require(Permission.MANAGE_ORGANIZATION);
		return new Stewardship(user.role() == Role.SYSTEM_ADMIN, identity.scopeOf(user), units);
	}

	private String actor() {
		return identity.signedIn().map(CurrentUser::username).orElse(SYSTEM_ACTOR);
	}

	/** Who changes what: the administrator everything; a county officer below their own unit. */
	private record Stewardship(boolean everywhere, Scope scope, OrgUnitRepository units) {

		boolean mayAddUnder(UUID parentId) {
			return everywhere ? units.findById(parentId).isPresent() : scope.contains(parentId);
		}

		boolean mayChange(UUID id) {
			return everywhere ? units.findById(id).isPresent() : scope.contains(id) && !id.equals(scope.root());
		}
	}
}
