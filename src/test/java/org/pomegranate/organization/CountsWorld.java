package org.pomegranate.organization;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import org.pomegranate.TestFixtures;
import org.pomegranate.TestFixtures.World;
import org.pomegranate.identity.Role;
import org.pomegranate.registry.Gender;
import org.pomegranate.registry.Language;
import org.pomegranate.registry.RegistryManagement;
import org.pomegranate.registry.ResidentForm;
import org.pomegranate.servicedesk.Channel;
import org.pomegranate.servicedesk.Intake;
import org.pomegranate.servicedesk.RequestStatus;
import org.pomegranate.servicedesk.ServiceDesk;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A test world for the kept counts: {@link TestFixtures#world()} with a second street (so the
 * community can move), a prefecture officer, and what the acts made so far. It also recounts a
 * subtree straight from the base tables, independently of the triggers and of
 * {@code unit_counts_rebuild()}.
 */
final class CountsWorld {

	/** The open statuses from the Java rule, not from the database's function. */
	static final String[] OPEN = Arrays.stream(RequestStatus.values()).filter(RequestStatus::isOpen)
		.map(RequestStatus::name).toArray(String[]::new);

	final TestFixtures fixtures;
	final World world;
	final OrgUnit street2;
	final String admin;
	final String officer;
	final UUID repair;
	final List<UUID> buildings = new ArrayList<>();
	final List<UUID> households = new ArrayList<>();
	final List<UUID> residents = new ArrayList<>();
	/** Residents with a portal account, by id. */
	final Map<UUID, String> logins = new java.util.HashMap<>();
	final List<UUID> requests = new ArrayList<>();
	/** Grids made during the acts (to move buildings into, or to close). */
	final List<OrgUnit> extraGrids = new ArrayList<>();
	final List<UUID> staff = new ArrayList<>();
	private final JdbcClient jdbc;
	private int serial;

	CountsWorld(TestFixtures fixtures, OrganizationManagement organization, JdbcClient jdbc, UUID repairCategory) {
		this.fixtures = fixtures;
		this.jdbc = jdbc;
		this.world = fixtures.world();
		String prefix = world.prefecture().code().substring(0, 4);
		this.street2 = organization.create(world.county().id(), prefix + "01002", "第二街道" + world.suffix(),
				"Street 2 " + world.suffix(), OrgLevel.STREET);
		this.admin = fixtures.account("ca" + world.suffix(), "管理员", Role.SYSTEM_ADMIN, null);
		this.officer = fixtures.account("cp" + world.suffix(), "州干部", Role.PREFECTURE_OFFICER, world.prefecture().id());
		this.repair = repairCategory;
		buildings.addAll(List.of(world.buildingA1(), world.buildingA2(), world.buildingB()));
	}

	String next() {
		return world.suffix() + "x" + (++serial);
	}

	<T> T as(String login, Supplier<T> work) {
		return fixtures.as(login, work);
	}

	void as(String login, Runnable work) {
		fixtures.as(login, () -> {
			work.run();
			return null;
		});
	}

	ResidentForm resident(UUID household, String name) {
		return new ResidentForm(household, name, Gender.FEMALE, LocalDate.of(1980, 3, 1), null, null, Language.ZH, null,
				Set.of(), false, Set.of());
	}

	/** A housing repair taken on the phone by the head for a household (and its resident, if given). */
	Intake phoneRepair(UUID household, UUID resident) {
		return new Intake(repair, "水管漏水", Map.of("part", "pipe"), Channel.PHONE, resident, household, null, null,
				"来电人", null, null, null);
	}

	/** The same asked for by the resident herself on the portal. */
	Intake portalRepair() {
		return new Intake(repair, "窗户漏风", Map.of("part", "window"), null, null, null, null, null, null, null, null,
				null);
	}

	UUID intake(ServiceDesk desk, String login, Intake intake) {
		return as(login, () -> desk.intake(intake, null).id());
	}

	/** Every open unit of the world's tree (the prefecture's subtree), read fresh. */
	List<OrgUnit> units(OrganizationManagement organization) {
		return organization.subtree(world.prefecture().id()).stream().map(organization::find)
			.flatMap(java.util.Optional::stream).toList();
	}

	/** The head counts of the subtree at this path, counted from the base tables. */
	HeadCounts recount(String path) {
		return jdbc.sql("""
				select
				  (select count(*) from building b join org_unit u on u.id = b.grid_id where u.path like :p),
				  (select count(*) from household h join building b on b.id = h.building_id
				     join org_unit u on u.id = b.grid_id where u.path like :p),
				  (select count(*) from resident x join household h on h.id = x.household_id
				     join building b on b.id = h.building_id join org_unit u on u.id = b.grid_id
				     where u.path like :p and x.status = 'ACTIVE'),
				  (select count(*) from account a join org_unit u on u.id = a.org_unit_id
				     where u.path like :p and a.role not in ('RESIDENT', 'SYSTEM_ADMIN')),
				  (select count(*) from service_request r join org_unit u on u.id = r.unit_id
				     where u.path like :p and r.status = any(:open))""")
			.param("p", path + "%").param("open", OPEN)
			.query((rs, n) -> new HeadCounts(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)))
			.single();
	}

	/** Open requests of the subtree whose deadline that matters now has passed, counted row by row. */
	int recountOverdue(String path) {
		return jdbc.sql("""
				select count(*)::int from service_request r join org_unit u on u.id = r.unit_id
				where u.path like :p and r.status = any(:open)
				  and coalesce(case when r.first_response_at is null then r.response_due end, r.resolve_due) < now()""")
			.param("p", path + "%").param("open", OPEN).query(Integer.class).single();
	}

	/** Moves a request's clock back, as if it had arrived that many hours earlier. */
	void backdate(UUID request, int hours) {
		jdbc.sql("""
				update service_request set submitted_at = submitted_at - make_interval(hours => :h),
				    response_due = response_due - make_interval(hours => :h),
				    resolve_due = resolve_due - make_interval(hours => :h)
				where id = :id""").param("h", hours).param("id", request).update();
	}
}
