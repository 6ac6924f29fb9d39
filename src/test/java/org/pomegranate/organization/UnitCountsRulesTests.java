package org.pomegranate.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.pomegranate.IntegrationTest;
import org.pomegranate.TestFixtures;
import org.pomegranate.registry.RegistryManagement;
import org.pomegranate.servicedesk.RequestStatus;
import org.pomegranate.servicedesk.ServiceCatalogue;
import org.pomegranate.servicedesk.ServiceDesk;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The rules around the kept counts: the database's open statuses are the application's, set-based
 * writes (as the bench generator and imports do them) are counted per statement, folding keeps one
 * row per unit and every sum, and the unit page shows the kept figures.
 */
@IntegrationTest
class UnitCountsRulesTests {

	@Autowired
	TestFixtures fixtures;
	@Autowired
	OrganizationManagement organization;
	@Autowired
	RegistryManagement registry;
	@Autowired
	ServiceDesk desk;
	@Autowired
	ServiceCatalogue catalogue;
	@Autowired
	UnitCounts counts;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	MockMvc mvc;
	@Autowired
	UserDetailsService users;

	@Test
	void theDatabaseCallsOpenWhatTheApplicationCallsOpen() {
		for (RequestStatus status : RequestStatus.values()) {
			assertThat(jdbc.sql("select request_status_is_open(?)").param(status.name()).query(Boolean.class).single())
				.as(status.name()).isEqualTo(status.isOpen());
		}
		String index = jdbc.sql("select pg_get_indexdef('service_request_open_deadline_idx'::regclass)")
			.query(String.class).single();
		for (RequestStatus status : RequestStatus.values()) {
			assertThat(index.contains("'" + status.name() + "'")).as(status.name() + " in " + index)
				.isEqualTo(status.isOpen());
		}
	}

	@Test
	void setBasedWritesAreCountedPerStatementAndBackAgain() {
		CountsWorld w = world();
		OrgUnit grid = w.world.gridB();
		HeadCounts before = counts.of(grid);
		jdbc.sql("""
				insert into household (id, building_id, unit_no, room)
				select gen_random_uuid(), ?, '9', 'B' || n from generate_series(1, 40) n""")
			.param(w.world.buildingB()).update();
		jdbc.sql("""
				insert into resident (id, household_id, name, gender, birth_date, status)
				select gen_random_uuid(), h.id, '批量', 'FEMALE', date '1970-01-01',
				       case when n = 3 then 'DECEASED' else 'ACTIVE' end
				from household h cross join generate_series(1, 3) n where h.building_id = ? and h.unit_no = '9'""")
			.param(w.world.buildingB()).update();
		assertThat(counts.of(grid)).isEqualTo(new HeadCounts(before.buildings(), before.households() + 40,
				before.residents() + 80, before.staff(), before.openRequests()));
		assertThat(counts.of(grid)).isEqualTo(w.recount(grid.path()));

		jdbc.sql("delete from resident where household_id in (select id from household where building_id = ? and unit_no = '9')")
			.param(w.world.buildingB()).update();
		jdbc.sql("delete from household where building_id = ? and unit_no = '9'").param(w.world.buildingB()).update();
		assertThat(counts.of(grid)).isEqualTo(before);
	}

	@Test
	void foldingLeavesOneRowPerUnitAndEverySum() {
		CountsWorld w = world();
		UUID household = w.as(w.world.head(),
				() -> registry.createHousehold(TestFixtures.household(w.world.buildingA2(), "1", "201")));
		for (int i = 0; i < 3; i++) {
			w.as(w.world.head(), () -> registry.createResident(w.resident(household, "折叠")));
			w.intake(desk, w.world.head(), w.phoneRepair(household, null));
		}
		OrgUnit grid = w.world.gridA();
		HeadCounts kept = counts.of(grid);

		counts.compact();
		assertThat(rowsOf(grid.id())).isEqualTo(1);
		assertThat(counts.of(grid)).isEqualTo(kept).isEqualTo(w.recount(grid.path()));
		assertThat(counts.of(w.world.prefecture())).isEqualTo(w.recount(w.world.prefecture().path()));
	}

	@Test
	void theUnitPageShowsTheKeptFiguresAndTheOverdueOnes() throws Exception {
		CountsWorld w = world();
		UUID household = w.as(w.world.head(),
				() -> registry.createHousehold(TestFixtures.household(w.world.buildingA1(), "1", "301")));
		UUID late = w.intake(desk, w.world.head(), w.phoneRepair(household, null));
		w.intake(desk, w.world.head(), w.phoneRepair(household, null));
		w.backdate(late, 24 * 30);

		String page = mvc.perform(get("/org/units/" + w.world.community().id()).param("lang", "en")
			.with(user(users.loadUserByUsername(w.world.head())))).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(stat(page, "Open service requests")).isEqualTo("2");
		assertThat(stat(page, "Of them overdue now")).isEqualTo("1");
		assertThat(stat(page, "Households")).isEqualTo("1");
		assertThat(stat(page, "Buildings")).isEqualTo("3");
		// the head, two grid workers and the street officer's unit is above: three staff in the community
		assertThat(stat(page, "Staff")).isEqualTo("3");
	}

	private CountsWorld world() {
		return new CountsWorld(fixtures, organization, jdbc, catalogue.byCode("HOUSING_REPAIR").id());
	}

	private long rowsOf(UUID unit) {
		return jdbc.sql("select count(*) from unit_count where unit_id = ?").param(unit).query(Long.class).single();
	}

	/** The figure shown beside a label in the page's stats. */
	private static String stat(String page, String label) {
		var m = java.util.regex.Pattern.compile("<span>" + java.util.regex.Pattern.quote(label)
				+ "</span>\\s*<strong>([^<]*)</strong>").matcher(page);
		assertThat(m.find()).as("a stat named " + label).isTrue();
		return m.group(1);
	}
}
