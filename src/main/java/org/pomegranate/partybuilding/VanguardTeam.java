package org.pomegranate.partybuilding;

import java.util.UUID;

/** A vanguard demonstration team of a community, with its members counted by kind. */
public record VanguardTeam(UUID id, UUID communityId, String name, int staff, int volunteers, int cadres) {

	public int members() {
		return staff + volunteers + cadres;
	}
}
