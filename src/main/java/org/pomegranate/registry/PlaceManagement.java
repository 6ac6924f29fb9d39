package org.pomegranate.registry;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.pomegranate.identity.CurrentUser;
import org.pomegranate.identity.IdentityManagement;
import org.pomegranate.identity.Permission;
import org.pomegranate.organization.OrgLevel;
import org.pomegranate.organization.OrgUnit;
import org.pomegranate.organization.OrganizationManagement;
import org.pomegranate.privacy.AuditAction;
import org.pomegranate.privacy.AuditLog;
import org.pomegranate.registry.internal.PlaceRegister;
import org.pomegranate.registry.internal.PlaceText;
import org.pomegranate.shared.web.InvalidInputException;
import org.pomegranate.shared.web.NotFoundException;
import org.pomegranate.shared.web.RuleViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Compounds (小区) and their buildings, each building in a grid: that grid serves its households,
 * since routing finds a household's grid through its building at the moment a request arrives.
 * Kept by the community's staff (who may edit residents there) and by the keepers of the tree
 * (the administrator, a county officer below their county). Every change is audited.
 */
@Service
@Transactional
public class PlaceManagement {

	static final String COMPOUND = "COMPOUND";
	static final String BUILDING = "BUILDING";
	private static final int MAX_PAGE = 100;

	private final PlaceRegister places;
	private final OrganizationManagement organization;
	private final IdentityManagement identity;
	private final AuditLog audit;

	PlaceManagement(PlaceRegister places, OrganizationManagement organization, IdentityManagement identity,
			AuditLog audit) {
		this.places = places;
		this.organization = organization;
		this.identity = identity;
		this.audit = audit;
	}

	/** The communities whose places the signed-in user keeps, for choosing one. */
	@Transactional(readOnly = true)
	public List<OrgUnit> communities() {
		return organization.unitsAt(OrgLevel.COMMUNITY).stream().filter(c -> keeps(c.id())).toList();
	}

	@Transactional(readOnly = true)
	public Slice<CompoundView> compounds(UUID communityId, UUID after, int size) {
		if (!keeps(communityId)) {
			throw new NotFoundException("unit");
		}
		return slice(places.compounds(communityId, after, limit(size) + 1), limit(size), CompoundView::id);
	}

	@Transactional(readOnly = true)
	public CompoundView compound(UUID id) {
		return places.compound(id).filter(c -> keeps(c.communityId())).orElseThrow(() -> new NotFoundException("compound"));
	}

	public UUID createCompound(UUID communityId, String name, String address) {
		OrgUnit community = openUnit(communityId, OrgLevel.COMMUNITY, "communityId");
		Map<String, String> errors = PlaceText.errors();
		String cleanName = PlaceText.required(name, "name", 100, errors);
		String cleanAddress = PlaceText.required(address, "address", 200, errors);
		PlaceText.throwIfAny(errors);
		UUID id = UUID.randomUUID();
		places.insertCompound(id, community.id(), cleanName, cleanAddress);
		audit.record(AuditAction.CREATE, COMPOUND, id, null, cleanName + ", " + cleanAddress, null);
		return id;
	}

	public void updateCompound(UUID id, String name, String address) {
		CompoundView compound = places.lockCompound(id).filter(c -> keeps(c.communityId()))
			.orElseThrow(() -> new NotFoundException("compound"));
		Map<String, String> errors = PlaceText.errors();
		String cleanName = PlaceText.required(name, "name", 100, errors);
		String cleanAddress = PlaceText.required(address, "address", 200, errors);
		PlaceText.throwIfAny(errors);
		places.updateCompound(id, cleanName, cleanAddress);
		audit.record(AuditAction.UPDATE, COMPOUND, id, null,
				compound.name() + ", " + compound.address() + " → " + cleanName + ", " + cleanAddress, null);
	}

	@Transactional(readOnly = true)
	public Slice<BuildingView> buildings(UUID compoundId, UUID after, int size) {
		compound(compoundId);
		return slice(places.buildings(compoundId, after, limit(size) + 1), limit(size), BuildingView::id);
	}

	@Transactional(readOnly = true)
	public BuildingView building(UUID id) {
		return keptBuilding(places.building(id).orElse(null));
	}

	/** @param gridId a grid of the compound's community */
	public UUID createBuilding(UUID compoundId, UUID gridId, String name) {
		CompoundView compound = places.compound(compoundId).filter(c -> keeps(c.communityId()))
			.orElseThrow(() -> new InvalidInputException("compoundId", "error.place.unknownCompound"));
		OrgUnit grid = gridOf(compound, gridId);
		Map<String, String> errors = PlaceText.errors();
		String clean = PlaceText.required(name, "name", 50, errors);
		PlaceText.throwIfAny(errors);
		UUID id = UUID.randomUUID();
		places.insertBuilding(id, compound.id(), grid.id(), clean);
		audit.record(AuditAction.CREATE, BUILDING, id, null, compound.name() + " " + clean, null);
		return id;
	}

	public void renameBuilding(UUID id, String name) {
		BuildingView building = lockedBuilding(id);
		Map<String, String> errors = PlaceText.errors();
		String clean = PlaceText.required(name, "name", 50, errors);
		PlaceText.throwIfAny(errors);
		places.renameBuilding(id, clean);
		audit.record(AuditAction.UPDATE, BUILDING, id, null, building.name() + " → " + clean, null);
	}

	/**
	 * Puts the building in another grid of its community. Its households need no change: routing
	 * reads the building's grid when a request arrives, so the next one goes to the new grid.
	 */
	public void moveBuilding(UUID id, UUID gridId) {
		BuildingView building = lockedBuilding(id);
		OrgUnit grid = gridOf(places.compound(building.compoundId()).orElseThrow(), gridId);
		if (grid.id().equals(building.gridId())) {
			return;
		}
		places.moveBuilding(id, grid.id());
		audit.record(AuditAction.MOVE, BUILDING, id, null, building.gridId() + " → " + grid.id(), null);
	}

	/** Takes the building out of service; refused while anyone still lives in it. */
	public void retireBuilding(UUID id) {
		BuildingView building = lockedBuilding(id);
		if (building.households() > 0) {
			throw new RuleViolationException("error.place.buildingInUse",
					List.of(new org.springframework.context.support.DefaultMessageSourceResolvable(
							new String[] { "place.households" }, new Object[] { building.households() })));
		}
		places.retireBuilding(id);
		audit.record(AuditAction.RETIRE, BUILDING, id, null, building.compoundName() + " " + building.name(), null);
	}

	/** Whether any building is in service yet (the first-run checklist). */
	@Transactional(readOnly = true)
	public boolean anyBuilding() {
		return places.anyBuilding();
	}

	private BuildingView lockedBuilding(UUID id) {
		BuildingView building = keptBuilding(places.lockBuilding(id).orElse(null));
		if (building.retired()) {
			throw new RuleViolationException("error.place.retired");
		}
		return building;
	}

	private BuildingView keptBuilding(BuildingView building) {
		if (building == null || !places.compound(building.compoundId()).map(c -> keeps(c.communityId())).orElse(false)) {
			throw new NotFoundException("building");
		}
		return building;
	}

	private OrgUnit gridOf(CompoundView compound, UUID gridId) {
		OrgUnit grid = openUnit(gridId, OrgLevel.GRID, "gridId");
		if (!compound.communityId().equals(grid.parentId())) {
			throw new InvalidInputException("gridId", "error.place.gridElsewhere");
		}
		return grid;
	}

	/** An open unit of the level that the caller keeps, held open until the act commits; otherwise the field is bad. */
	private OrgUnit openUnit(UUID id, OrgLevel level, String field) {
		if (id == null) {
			throw new InvalidInputException(field, "error.unknownUnit");
		}
		boolean kept = keeps(id);
		return organization.holdOpen(id).filter(u -> kept && u.level() == level)
			.orElseThrow(() -> new InvalidInputException(field, "error.unknownUnit"));
	}

	/** Staff who edit residents there, or the keepers of the tree. */
	private boolean keeps(UUID unitId) {
		CurrentUser user = identity.currentUser();
		if (user.can(Permission.EDIT_RESIDENTS) && identity.scopeOf(user).contains(unitId)) {
			return true;
		}
		return user.can(Permission.MANAGE_ORGANIZATION) && organization.mayAddUnder(unitId);
	}

	private static int limit(int size) {
		return Math.max(1, Math.min(size, MAX_PAGE));
	}

	private static <T> Slice<T> slice(List<T> fetched, int limit, java.util.function.Function<T, UUID> id) {
		boolean more = fetched.size() > limit;
		List<T> items = more ? fetched.subList(0, limit) : fetched;
		return new Slice<>(List.copyOf(items), more ? id.apply(items.get(items.size() - 1)) : null);
	}
}
