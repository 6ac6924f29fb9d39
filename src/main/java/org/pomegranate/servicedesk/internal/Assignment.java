package org.pomegranate.servicedesk.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.pomegranate.identity.Role;
import org.pomegranate.identity.StaffMember;
import org.pomegranate.organization.OrgLevel;

/**
 * Picks the worker who takes a request at its unit: at a grid its grid workers, at a community its
 * staff. One who speaks the resident's language comes first; among equals the one with the fewest
 * open requests, then by name so the choice is the same every time. Above the community nobody is
 * picked: the unit's queue holds it.
 */
public final class Assignment {

	private Assignment() {
	}

	public static Role handlerRole(OrgLevel level) {
		return switch (level) {
			case GRID -> Role.GRID_WORKER;
			case COMMUNITY -> Role.COMMUNITY_STAFF;
			default -> null;
		};
	}

	public static Optional<StaffMember> choose(List<StaffMember> staff, OrgLevel level, String language,
			Map<UUID, Integer> openLoad) {
		Role role = handlerRole(level);
		if (role == null) {
			return Optional.empty();
		}
		Comparator<StaffMember> order = Comparator
			.comparing((StaffMember s) -> !s.languages().contains(language))
			.thenComparing(s -> openLoad.getOrDefault(s.accountId(), 0))
			.thenComparing(StaffMember::displayName);
		return staff.stream().filter(s -> s.role() == role).min(order);
	}
}
