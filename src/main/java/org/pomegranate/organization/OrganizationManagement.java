package org.pomegranate.organization;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.pomegranate.organization.internal.OrgUnitRepository;
import org.pomegranate.shared.web.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organisation tree: prefecture → county/city → street/town → community → grid.
 * Scope checks elsewhere are built on {@link #subtree(UUID)}.
 */
@Service
@Transactional(readOnly = true)
public class OrganizationManagement {

	private final OrgUnitRepository units;

	OrganizationManagement(OrgUnitRepository units) {
		this.units = units;
	}

	public Optional<OrgUnit> find(UUID id) {
		return units.findById(id);
	}

	public Optional<OrgUnit> findByCode(String code) {
		return units.findByCode(code);
	}

	public List<OrgUnit> children(UUID parentId) {
		return units.children(parentId);
	}

	/** Units at the top of the tree (normally the prefecture). */
	public List<OrgUnit> roots() {
		return units.roots();
	}

	/** Every unit of one level, e.g. the communities a resident without an account can choose from. */
	public List<OrgUnit> unitsAt(OrgLevel level) {
		return units.atLevel(level);
	}

	/** The unit and all its ancestors, root first: a breadcrumb. */
	public List<OrgUnit> lineage(UUID id) {
		return units.lineage(id);
	}

	/** Ids of the unit and every unit below it; empty when the unit does not exist. */
	public Set<UUID> subtree(UUID id) {
		return units.subtreeIds(id);
	}

	/**
	 * Adds a unit under a parent. The level must be the one directly below the parent's;
	 * a unit without parent must be a prefecture.
	 */
	@Transactional
	public OrgUnit create(UUID parentId, String code, String nameZh, String nameEn, OrgLevel level) {
		OrgUnit parent = parentId == null ? null
				: units.findById(parentId).orElseThrow(() -> new InvalidInputException("parentId", "error.unknownUnit"));
		OrgLevel expected = parent == null ? OrgLevel.PREFECTURE : parent.level().below();
		if (level != expected) {
			throw new InvalidInputException("level", "error.unitLevel");
		}
		UUID id = UUID.randomUUID();
		String path = (parent == null ? "/" : parent.path()) + id + "/";
		OrgUnit unit = new OrgUnit(id, parentId, code, nameZh, nameEn, level, path);
		units.insert(unit);
		return unit;
	}
}
