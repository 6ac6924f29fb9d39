package org.pomegranate.servicedesk;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.pomegranate.organization.OrgLevel;

/**
 * A kind of request residents can make, with its deadlines and the level that answers it.
 *
 * @param responsibleLevel the lowest org level that handles it: a request found at a grid goes up
 *                         to the grid's community when this is {@code COMMUNITY}
 */
public record ServiceCategory(UUID id, String code, Translated name, Tier tier, int responseMinutes,
		int resolveMinutes, OrgLevel responsibleLevel, List<CategoryField> fields, boolean active) {

	public Duration responseTime() {
		return Duration.ofMinutes(responseMinutes);
	}

	public Duration resolveTime() {
		return Duration.ofMinutes(resolveMinutes);
	}
}
