package org.pomegranate.partybuilding;

import java.util.List;
import java.util.UUID;

/**
 * A community's party-building network as a tree: the community's general branch, each grid's branch,
 * each building's group (where one is set up), the vanguard teams with their members counted, and the
 * number of cadres registered with the community. Names no resident.
 */
public record Network(UUID communityId, String communityName, Organization organization, List<GridNode> grids,
		List<VanguardTeam> teams, int cadres) {

	/** An organisation with its secretary or leader (a staff account; {@code null} when not named yet). */
	public record Organization(UUID id, String kind, String name, UUID leaderId, String leaderName) {
	}

	/** A grid with its branch and its buildings. */
	public record GridNode(UUID gridId, String name, Organization organization, List<BuildingNode> buildings) {
	}

	/** A building (compound and building name) with its group, if any. */
	public record BuildingNode(UUID buildingId, String name, Organization organization) {
	}
}
