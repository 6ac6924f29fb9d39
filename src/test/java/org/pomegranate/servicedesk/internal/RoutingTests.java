package org.pomegranate.servicedesk.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.pomegranate.organization.OrgLevel;
import org.pomegranate.servicedesk.internal.Routing.Basis;
import org.pomegranate.servicedesk.internal.Routing.Decision;

/** First responsible: the household's grid, the level a category needs, the county as the fallback. */
class RoutingTests {

	final Units units = new Units();

	@Test
	void aHouseholdsRequestGoesToItsGrid() {
		Decision decision = Routing.route(units.grid.id(), Basis.HOUSEHOLD, units.lineage(units.grid), OrgLevel.GRID,
				units.county);
		assertThat(decision).isEqualTo(new Decision(units.grid, Basis.HOUSEHOLD));
	}

	@Test
	void aCategoryAnsweredHigherUpClimbsToThatLevel() {
		assertThat(Routing.route(units.grid.id(), Basis.HOUSEHOLD, units.lineage(units.grid), OrgLevel.COMMUNITY,
				units.county)).isEqualTo(new Decision(units.community, Basis.HOUSEHOLD));
		assertThat(Routing.route(units.grid.id(), Basis.ADDRESS, units.lineage(units.grid), OrgLevel.STREET,
				units.county)).isEqualTo(new Decision(units.street, Basis.ADDRESS));
	}

	@Test
	void aUnitAlreadyAtOrAboveTheLevelKeepsIt() {
		assertThat(Routing.route(units.community.id(), Basis.COMMUNITY, units.lineage(units.community), OrgLevel.GRID,
				units.county)).isEqualTo(new Decision(units.community, Basis.COMMUNITY));
		assertThat(Routing.route(units.community.id(), Basis.ADDRESS, units.lineage(units.community),
				OrgLevel.COMMUNITY, units.county))
			.isEqualTo(new Decision(units.community, Basis.ADDRESS));
	}

	@Test
	void nothingFoundGoesToTheFallbackCounty() {
		assertThat(Routing.route(null, Basis.COMMUNITY, List.of(), OrgLevel.GRID, units.county))
			.isEqualTo(new Decision(units.county, Basis.FALLBACK));
		assertThat(Routing.route(units.grid.id(), Basis.COMMUNITY, List.of(), OrgLevel.GRID, units.county))
			.extracting(Decision::basis).isEqualTo(Basis.FALLBACK);
	}
}
