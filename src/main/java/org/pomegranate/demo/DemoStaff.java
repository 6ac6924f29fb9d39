package org.pomegranate.demo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.pomegranate.identity.Role;
import org.pomegranate.organization.OrgLevel;

/**
 * Who works where among the demo logins, and so who acts on a household's requests: the grid's
 * worker, else the community's staff or head, else the street's officer, else the county's.
 * Worked out from the logins plan alone, so it needs no database.
 */
final class DemoStaff {

	private static final Set<Role> HANDLERS = Set.of(Role.GRID_WORKER, Role.COMMUNITY_STAFF, Role.COMMUNITY_HEAD,
			Role.STREET_OFFICER, Role.COUNTY_OFFICER);

	private final Map<String, List<DemoLogin>> byUnit = new HashMap<>();

	DemoStaff(List<DemoLogin> logins) {
		for (DemoLogin login : logins) {
			if (login.unitCode() != null && HANDLERS.contains(login.role())) {
				byUnit.computeIfAbsent(login.unitCode(), c -> new ArrayList<>()).add(login);
			}
		}
	}

	/**
	 * The username acting at that level or the nearest above it that has someone; among a
	 * community's people its staff before its head. {@code null} when nobody does.
	 */
	String handler(DemoCommunities.Plan community, int grid, OrgLevel level) {
		List<String> codes = new ArrayList<>();
		if (level == OrgLevel.GRID) {
			codes.add(community.gridCode(grid));
		}
		if (level.ordinal() >= OrgLevel.COMMUNITY.ordinal()) {
			codes.add(community.code());
		}
		if (level.ordinal() >= OrgLevel.STREET.ordinal()) {
			codes.add(community.streetCode());
		}
		codes.add(community.countyCode());
		return codes.stream()
			.flatMap(code -> byUnit.getOrDefault(code, List.of()).stream()
				.sorted(Comparator.comparing((DemoLogin l) -> l.role() == Role.COMMUNITY_HEAD)))
			.map(DemoLogin::username).findFirst().orElse(null);
	}

	String gridWorker(DemoCommunities.Plan community, int grid) {
		return byUnit.getOrDefault(community.gridCode(grid), List.of()).stream().map(DemoLogin::username).findFirst()
			.orElse(null);
	}

	/** A grid worker or the community's own people serve it: the county does not take the phone. */
	boolean servesLocally(DemoCommunities.Plan community, int grid) {
		return gridWorker(community, grid) != null || !byUnit.getOrDefault(community.code(), List.of()).isEmpty();
	}

	/** Who calls back after an unhappy rating: the community head, else whoever handles the community. */
	String revisitor(DemoCommunities.Plan community, int grid) {
		return byUnit.getOrDefault(community.code(), List.of()).stream().filter(l -> l.role() == Role.COMMUNITY_HEAD)
			.map(DemoLogin::username).findFirst().orElseGet(() -> handler(community, grid, OrgLevel.COMMUNITY));
	}
}
