package org.pomegranate.servicedesk.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.pomegranate.organization.OrgLevel;
import org.pomegranate.organization.OrgUnit;
import org.pomegranate.organization.OrganizationManagement;

/** The county office that takes what nobody else can: the configured one, else always the same first county. */
class DispatcherFallbackTests {

	final OrganizationManagement organization = mock(OrganizationManagement.class);
	final OrgUnit rootB = unit(null, "632900", OrgLevel.PREFECTURE);
	final OrgUnit rootA = unit(null, "632800", OrgLevel.PREFECTURE);
	final OrgUnit delingha = unit(rootA, "632802", OrgLevel.COUNTY);
	final OrgUnit golmud = unit(rootA, "632801", OrgLevel.COUNTY);
	final OrgUnit elsewhere = unit(rootB, "632901", OrgLevel.COUNTY);

	DispatcherFallbackTests() {
		when(organization.roots()).thenReturn(List.of(rootB, rootA));
		when(organization.children(rootA.id())).thenReturn(List.of(delingha, golmud));
		when(organization.children(rootB.id())).thenReturn(List.of(elsewhere));
		when(organization.findByCode("632802")).thenReturn(Optional.of(delingha));
		when(organization.findByCode("999999")).thenReturn(Optional.empty());
	}

	@Test
	void theConfiguredCountyOfficeWhenItExists() {
		assertThat(dispatcher("632802").fallback()).isEqualTo(delingha);
	}

	@Test
	void elseTheFirstCountyByCodeUnderTheFirstRootByCode() {
		assertThat(dispatcher("999999").fallback()).isEqualTo(golmud);
	}

	@Test
	void nothingFoundRoutesThere() {
		Routing.Decision decision = dispatcher("999999").route(null, Routing.Basis.COMMUNITY, OrgLevel.GRID);
		assertThat(decision).isEqualTo(new Routing.Decision(golmud, Routing.Basis.FALLBACK));
	}

	private Dispatcher dispatcher(String fallbackCode) {
		return new Dispatcher(organization, null, null, null, fallbackCode);
	}

	private static OrgUnit unit(OrgUnit parent, String code, OrgLevel level) {
		UUID id = UUID.randomUUID();
		return new OrgUnit(id, parent == null ? null : parent.id(), code, code, code, level,
				(parent == null ? "/" : parent.path()) + id + "/");
	}
}
