package org.pomegranate.partybuilding;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.pomegranate.identity.CurrentUser;
import org.pomegranate.identity.IdentityManagement;
import org.pomegranate.identity.Permission;
import org.pomegranate.organization.OrgUnit;
import org.pomegranate.partybuilding.internal.PartyNetworkRepository;
import org.pomegranate.shared.web.InvalidInputException;
import org.pomegranate.shared.web.NotFoundException;
import org.pomegranate.shared.web.RuleViolationException;
import org.pomegranate.volunteers.Volunteers;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Vanguard demonstration teams (民族团结进步先锋示范队) of a community: staff, volunteers and registered
 * cadres side by side. Lists show members counted by kind, never who they are.
 */
@Service
@Transactional
public class VanguardTeams {

	private final PartyNetworkRepository network;
	private final PartyNetwork networks;
	private final IdentityManagement identity;
	private final Volunteers volunteers;
	private final Clock clock;

	VanguardTeams(PartyNetworkRepository network, PartyNetwork networks, IdentityManagement identity,
			Volunteers volunteers, Clock clock) {
		this.network = network;
		this.networks = networks;
		this.identity = identity;
		this.volunteers = volunteers;
		this.clock = clock;
	}

	/** A new team of a community of the caller's scope; a second team of the same name is 409. */
	public UUID create(UUID unitId, String name) {
		identity.require(Permission.EDIT_RESIDENTS);
		OrgUnit community;
		try {
			community = networks.community(unitId);
		}
		catch (NotFoundException e) {
			throw new InvalidInputException("unitId", "error.unknownUnit");
		}
		String text = PartyNetwork.text("name", name, 100);
		UUID id = UUID.randomUUID();
		try {
			network.insertTeam(id, community.id(), text, clock.instant());
		}
		catch (DuplicateKeyException e) {
			throw new RuleViolationException("partybuilding.error.teamName");
		}
		return id;
	}

	/** Teams of the caller's scope (or of one community of it), by name, with members counted. */
	@Transactional(readOnly = true)
	public List<VanguardTeam> list(UUID unitId) {
		CurrentUser user = identity.require(Permission.VIEW_ORGANIZATION);
		UUID[] units = unitId == null ? identity.scopeOf(user).asArray() : new UUID[] { networks.community(unitId).id() };
		return network.teamsIn(units, 200);
	}

	@Transactional(readOnly = true)
	public VanguardTeam get(UUID id) {
		CurrentUser user = identity.require(Permission.VIEW_ORGANIZATION);
		return network.team(id).filter(t -> identity.scopeOf(user).contains(t.communityId()))
			.orElseThrow(() -> new NotFoundException("team"));
	}

	/**
	 * Adds one member: a staff account of the community or its grids, a volunteer of the community, or a
	 * cadre registered with it (an id from elsewhere is 400 naming its field). A member twice is 409.
	 */
	public VanguardTeam addMember(UUID teamId, MemberForm form) {
		CurrentUser user = identity.require(Permission.EDIT_RESIDENTS);
		VanguardTeam team = network.team(teamId).filter(t -> identity.scopeOf(user).contains(t.communityId()))
			.orElseThrow(() -> new NotFoundException("team"));
		int given = (form == null ? 0 : (form.accountId() != null ? 1 : 0) + (form.volunteerId() != null ? 1 : 0)
				+ (form.cadreId() != null ? 1 : 0));
		if (given != 1) {
			throw new InvalidInputException("accountId", "partybuilding.error.member");
		}
		if (form.accountId() != null && !networks.staffOf(team.communityId()).contains(form.accountId())) {
			throw new InvalidInputException("accountId", "partybuilding.error.leader");
		}
		if (form.volunteerId() != null && !team.communityId().equals(volunteerCommunity(form.volunteerId()))) {
			throw new InvalidInputException("volunteerId", "volunteers.error.volunteer");
		}
		if (form.cadreId() != null && network.cadre(form.cadreId())
			.filter(c -> c.communityId().equals(team.communityId())).isEmpty()) {
			throw new InvalidInputException("cadreId", "partybuilding.error.cadre");
		}
		if (!network.addMember(teamId, form.accountId(), form.volunteerId(), form.cadreId(), clock.instant())) {
			throw new RuleViolationException("partybuilding.error.memberTwice");
		}
		return network.team(teamId).orElseThrow();
	}

	private UUID volunteerCommunity(UUID volunteerId) {
		try {
			return volunteers.communityOfActive(volunteerId);
		}
		catch (NotFoundException e) {
			return null;
		}
	}
}
