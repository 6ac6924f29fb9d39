package org.pomegranate.servicedesk;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.pomegranate.TestFixtures;
import org.pomegranate.TestFixtures.World;
import org.pomegranate.registry.Gender;
import org.pomegranate.registry.Language;
import org.pomegranate.registry.RegistryManagement;
import org.pomegranate.registry.ResidentForm;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A test world for the service desk: {@link TestFixtures#world()} plus residents with their own
 * accounts, and the few direct reads and writes the tests need (moving a request's clock into the
 * past, counting rows). Plain object, made per test from the injected beans.
 */
final class DeskWorld {

	final TestFixtures fixtures;
	final World world;
	final RegistryManagement registry;
	final ServiceDesk desk;
	final ServiceCatalogue catalogue;
	final JdbcClient jdbc;
	private int households;

	DeskWorld(TestFixtures fixtures, RegistryManagement registry, ServiceDesk desk, ServiceCatalogue catalogue,
			JdbcClient jdbc) {
		this.fixtures = fixtures;
		this.world = fixtures.world();
		this.registry = registry;
		this.desk = desk;
		this.catalogue = catalogue;
		this.jdbc = jdbc;
	}

	/** A resident living in the building, with their own portal account; answers the username. */
	Resident resident(UUID building, String name, Language language) {
		int n = ++households;
		UUID household = fixtures.as(world.head(),
				() -> registry.createHousehold(TestFixtures.household(building, "1", String.valueOf(100 + n))));
		UUID id = fixtures.as(world.head(), () -> registry.createResident(new ResidentForm(household, name,
				Gender.FEMALE, LocalDate.of(1980, 3, 1), null, null, language, null, Set.of(), false, Set.of())));
		String login = fixtures.residentAccount("r" + n + world.suffix(), name, id);
		return new Resident(id, household, login);
	}

	Resident residentInGridA() {
		return resident(world.buildingA1(), "居民" + (households + 1), Language.ZH);
	}

	UUID category(String code) {
		return catalogue.byCode(code).id();
	}

	/** A housing repair (a general-tier request handled at the grid) asked for on the portal. */
	IntakeReceipt repair(Resident resident, String key) {
		return fixtures.as(resident.login(), () -> desk.intake(portal("HOUSING_REPAIR", "厨房水管漏水",
				Map.of("part", "pipe")), key));
	}

	static Intake portal(UUID category, String description, Map<String, Object> extra) {
		return new Intake(category, description, extra, null, null, null, null, null, null, null, null, null);
	}

	Intake portal(String categoryCode, String description, Map<String, Object> extra) {
		return portal(category(categoryCode), description, extra);
	}

	<T> T as(String login, java.util.function.Supplier<T> work) {
		return fixtures.as(login, work);
	}

	void as(String login, Runnable work) {
		fixtures.as(login, () -> {
			work.run();
			return null;
		});
	}

	/**
	 * Moves the request's whole clock back: it was submitted that long ago, and every deadline and
	 * the next escalation move with it.
	 */
	void backdate(UUID request, java.time.Duration by) {
		jdbc.sql("""
				update service_request set submitted_at = submitted_at - ?::interval, response_due = response_due - ?::interval,
				    resolve_due = resolve_due - ?::interval, escalate_at = escalate_at - ?::interval,
				    resolved_at = resolved_at - ?::interval, first_response_at = first_response_at - ?::interval
				where id = ?""")
			.params(interval(by), interval(by), interval(by), interval(by), interval(by), interval(by), request)
			.update();
	}

	long count(String table) {
		return jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

	List<String> timelineKinds(UUID request) {
		return jdbc.sql("select kind from service_request_event where request_id = ? order by id").param(request)
			.query(String.class).list();
	}

	private static String interval(java.time.Duration d) {
		return d.toSeconds() + " seconds";
	}

	record Resident(UUID id, UUID household, String login) {
	}
}
