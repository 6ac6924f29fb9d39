package org.pomegranate.partybuilding;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.pomegranate.identity.CurrentUser;
import org.pomegranate.identity.IdentityManagement;
import org.pomegranate.identity.Permission;
import org.pomegranate.identity.StaffMember;
import org.pomegranate.organization.OrgLevel;
import org.pomegranate.organization.OrgUnit;
import org.pomegranate.organization.OrganizationManagement;
import org.pomegranate.partybuilding.internal.PartyNetworkRepository;
import org.pomegranate.partybuilding.internal.PartyNetworkRepository.BuildingPlace;
import org.pomegranate.privacy.AuditAction;
import org.pomegranate.privacy.AuditLog;
import org.pomegranate.privacy.Masking;
import org.pomegranate.registry.RegistryManagement;
import org.pomegranate.registry.Whereabouts;
import org.pomegranate.shared.TimeConfiguration;
import org.pomegranate.shared.web.ControlCharacters;
import org.pomegranate.shared.web.InvalidInputException;
import org.pomegranate.shared.web.NotFoundException;
import org.pomegranate.shared.web.RuleViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The party-building network of a community: its organisations and their leaders, cadres reporting to
 * it (报到). Staff read it within their scope ({@code VIEW_ORGANIZATION}); staff with
 * {@code EDIT_RESIDENTS} keep it. Vanguard teams are kept by {@link VanguardTeams}.
 */
@Service
@Transactional
public class PartyNetwork {

	static final String CADRE = "CADRE";

	private final PartyNetworkRepository network;
	private final OrganizationManagement organization;
	private final IdentityManagement identity;
	private final RegistryManagement registry;
	private final Whereabouts whereabouts;
	private final AuditLog audit;
	private final Clock clock;

	PartyNetwork(PartyNetworkRepository network, OrganizationManagement organization, IdentityManagement identity,
			RegistryManagement registry, Whereabouts whereabouts, AuditLog audit, Clock clock) {
		this.network = network;
		this.organization = organization;
		this.identity = identity;
		this.registry = registry;
		this.whereabouts = whereabouts;
		this.audit = audit;
		this.clock = clock;
	}

	/** The tree of the community named, or of the community of the grid named (404 outside the scope). */
	@Transactional(readOnly = true)
	public Network of(UUID unitId) {
		identity.require(Permission.VIEW_ORGANIZATION);
		OrgUnit community = community(unitId);
		Map<UUID, Network.Organization> orgs = network.organizationsOf(community.id());
		List<OrgUnit> grids = organization.children(community.id()).stream().filter(u -> u.level() == OrgLevel.GRID)
			.filter(u -> !u.closed()).toList();
		List<BuildingPlace> buildings = network.buildingsOf(grids.stream().map(OrgUnit::id).toArray(UUID[]::new));
		List<Network.GridNode> nodes = grids.stream().map(g -> new Network.GridNode(g.id(), g.nameZh(), orgs.get(g.id()),
				buildings.stream().filter(b -> b.gridId().equals(g.id()))
					.map(b -> new Network.BuildingNode(b.id(), b.name(), orgs.get(b.id()))).toList()))
			.toList();
		return new Network(community.id(), community.nameZh(), orgs.get(community.id()), nodes,
				network.teamsIn(new UUID[] { community.id() }, 100), network.countCadres(community.id()));
	}

	/** The communities of the caller's scope, for choosing one. */
	@Transactional(readOnly = true)
	public List<OrgUnit> communities() {
		CurrentUser user = identity.require(Permission.VIEW_ORGANIZATION);
		Set<UUID> scope = identity.scopeOf(user).unitIds();
		return organization.unitsAt(OrgLevel.COMMUNITY).stream().filter(u -> scope.contains(u.id())).limit(500).toList();
	}

	/**
	 * Sets up the organisation of a community (general branch), grid (branch) or building (group), or
	 * renames it and names its secretary or leader: a staff account of the community or its grids.
	 */
	public void setOrganization(OrganizationForm form) {
		CurrentUser user = identity.require(Permission.EDIT_RESIDENTS);
		if (form == null || (form.unitId() == null) == (form.buildingId() == null)) {
			throw new InvalidInputException("unitId", "partybuilding.error.carrier");
		}
		String name = text("name", form.name(), 100);
		UUID community;
		String kind;
		if (form.buildingId() != null) {
			BuildingPlace building = network.building(form.buildingId())
				.filter(b -> identity.scopeOf(user).contains(b.gridId()))
				.orElseThrow(() -> new InvalidInputException("buildingId", "error.unknownBuilding"));
			community = building.communityId();
			kind = "GROUP";
		}
		else {
			OrgUnit unit = organization.find(form.unitId()).filter(u -> identity.scopeOf(user).contains(u.id()))
				.orElseThrow(() -> new InvalidInputException("unitId", "error.unknownUnit"));
			if (unit.level() == OrgLevel.COMMUNITY) {
				community = unit.id();
				kind = "GENERAL_BRANCH";
			}
			else if (unit.level() == OrgLevel.GRID) {
				community = unit.parentId();
				kind = "BRANCH";
			}
			else {
				throw new InvalidInputException("unitId", "partybuilding.error.carrier");
			}
		}
		if (form.leaderId() != null && !staffOf(community).contains(form.leaderId())) {
			throw new InvalidInputException("leaderId", "partybuilding.error.leader");
		}
		network.upsert(community, form.unitId(), form.buildingId(), kind, name, form.leaderId(), clock.instant());
	}

	/**
	 * Registers a cadre with the community where she lives (报到): a resident of the caller's scope
	 * (else 400 naming {@code residentId}), a day not in the future, what she offers. Registered already: 409.
	 */
	public UUID registerCadre(CadreForm form) {
		CurrentUser user = identity.require(Permission.EDIT_RESIDENTS);
		if (form == null || form.residentId() == null) {
			throw new InvalidInputException("residentId", "error.required");
		}
		try {
			registry.requireResidentVisible(form.residentId());
		}
		catch (NotFoundException e) {
			throw new InvalidInputException("residentId", "volunteers.error.resident");
		}
		LocalDate today = LocalDate.now(clock.withZone(TimeConfiguration.DISPLAY_ZONE));
		if (form.registeredOn() == null) {
			throw new InvalidInputException("registeredOn", "error.required");
		}
		if (form.registeredOn().isAfter(today) || form.registeredOn().isBefore(today.minusYears(30))) {
			throw new InvalidInputException("registeredOn", "partybuilding.error.registeredOn");
		}
		String offers = text("offers", form.offers(), 300);
		UUID community = whereabouts.ofResident(form.residentId()).map(p -> p.communityId())
			.orElseThrow(() -> new InvalidInputException("residentId", "error.resident.notActive"));
		UUID id = UUID.randomUUID();
		try {
			network.insertCadre(id, form.residentId(), community, form.registeredOn(), offers, clock.instant(),
					user.accountId());
		}
		catch (DuplicateKeyException e) {
			throw new RuleViolationException("partybuilding.error.cadreTwice");
		}
		audit.record(AuditAction.CREATE, CADRE, id, form.residentId(), "cadre registered", null);
		return id;
	}

	/** The cadres of a community of the caller's scope, names masked; audited as a list of them. */
	public List<Cadre> cadres(UUID unitId) {
		identity.require(Permission.VIEW_RESIDENTS);
		OrgUnit community = community(unitId);
		List<Cadre> cadres = network.cadresOf(community.id(), 200);
		audit.recordSearch(CADRE, cadres.stream().map(Cadre::residentId).toList(), "cadres of " + community.id());
		return cadres.stream().map(c -> new Cadre(c.id(), c.residentId(), Masking.name(c.name()), c.communityId(),
				c.registeredOn(), c.offers())).toList();
	}

	/** The community of a community or grid in the caller's scope. */
	OrgUnit community(UUID unitId) {
		CurrentUser user = identity.currentUser();
		OrgUnit unit = unitId == null ? null : organization.find(unitId)
			.filter(u -> identity.scopeOf(user).contains(u.id())).orElse(null);
		if (unit == null) {
			throw new NotFoundException("unit");
		}
		if (unit.level() == OrgLevel.GRID) {
			return organization.find(unit.parentId()).orElseThrow();
		}
		if (unit.level() != OrgLevel.COMMUNITY) {
			throw new InvalidInputException("unitId", "partybuilding.error.community");
		}
		return unit;
	}

	/** Staff accounts bound to the community or one of its grids. */
	Set<UUID> staffOf(UUID community) {
		Set<UUID> staff = new HashSet<>();
		for (UUID unit : organization.subtree(community)) {
			identity.staffAt(unit).stream().map(StaffMember::accountId).forEach(staff::add);
		}
		return staff;
	}

	static String text(String field, String value, int max) {
		String text = value == null ? "" : value.strip();
		if (text.isEmpty()) {
			throw new InvalidInputException(field, "error.required");
		}
		if (text.length() > max) {
			throw new InvalidInputException(field, "error.tooLong");
		}
		return ControlCharacters.check(field, text);
	}
}
