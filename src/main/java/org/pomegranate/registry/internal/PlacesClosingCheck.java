package org.pomegranate.registry.internal;

import java.util.List;
import java.util.UUID;

import org.pomegranate.organization.UnitClosingCheck;
import org.pomegranate.organization.UnitSummary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Buildings in service keep their grid open (their households are routed there), and compounds
 * keep their community open.
 */
@Component
class PlacesClosingCheck implements UnitClosingCheck {

	private final JdbcClient jdbc;

	PlacesClosingCheck(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<UnitSummary> stillHeld(UUID unitId) {
		long buildings = jdbc.sql("select count(*) from building where grid_id = ? and retired_at is null")
			.param(unitId).query(Long.class).single();
		long compounds = jdbc.sql("select count(*) from compound where community_id = ?").param(unitId)
			.query(Long.class).single();
		return List.of(UnitSummary.count("unit.hold.buildings", buildings),
				UnitSummary.count("unit.hold.compounds", compounds));
	}
}
