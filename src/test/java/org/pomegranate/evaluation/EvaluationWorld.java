package org.pomegranate.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import org.pomegranate.TestFixtures;
import org.pomegranate.TestFixtures.World;
import org.pomegranate.registry.Gender;
import org.pomegranate.registry.Language;
import org.pomegranate.registry.RegistryManagement;
import org.pomegranate.registry.ResidentForm;
import org.pomegranate.servicedesk.Channel;
import org.pomegranate.servicedesk.Intake;
import org.pomegranate.servicedesk.Rating;
import org.pomegranate.servicedesk.RequestHandling;
import org.pomegranate.servicedesk.ResolutionAnswer;
import org.pomegranate.servicedesk.SatisfactionAnswer;
import org.pomegranate.servicedesk.ServiceCatalogue;
import org.pomegranate.servicedesk.ServiceDesk;
import org.pomegranate.servicedesk.ServiceDeskHistory;
import org.pomegranate.shared.TimeConfiguration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A test world for the evaluation: {@link TestFixtures#world()} with a household in each grid and
 * a resident with a portal account in grid A, and service-desk acts done at chosen past moments
 * (Asia/Shanghai wall-clock times) through the real services, then waited for until the
 * evaluation has applied their events.
 */
final class EvaluationWorld {

	final TestFixtures fixtures;
	final World world;
	final ServiceDesk desk;
	final RequestHandling handling;
	final ServiceDeskHistory history;
	final TransactionTemplate transactions;
	final JdbcClient jdbc;
	final UUID categoryRepair;
	final UUID householdA;
	final UUID householdB;
	final String resident;
	final UUID residentId;
	final List<UUID> requests = new ArrayList<>();

	EvaluationWorld(TestFixtures fixtures, RegistryManagement registry, ServiceDesk desk, RequestHandling handling,
			ServiceDeskHistory history, ServiceCatalogue catalogue, TransactionTemplate transactions, JdbcClient jdbc) {
		this.fixtures = fixtures;
		this.world = fixtures.world();
		this.desk = desk;
		this.handling = handling;
		this.history = history;
		this.transactions = transactions;
		this.jdbc = jdbc;
		this.categoryRepair = catalogue.byCode("HOUSING_REPAIR").id();
		this.householdA = fixtures.as(world.head(),
				() -> registry.createHousehold(TestFixtures.household(world.buildingA1(), "1", "101")));
		this.householdB = fixtures.as(world.head(),
				() -> registry.createHousehold(TestFixtures.household(world.buildingB(), "1", "301")));
		this.residentId = fixtures.as(world.head(), () -> registry.createResident(new ResidentForm(householdA,
				"评价居民" + world.suffix(), Gender.FEMALE, java.time.LocalDate.of(1975, 5, 1), null, null, Language.ZH,
				null, java.util.Set.of(), false, java.util.Set.of())));
		this.resident = fixtures.residentAccount("er" + world.suffix(), "评价居民", residentId);
	}

	/** A moment given as Asia/Shanghai wall-clock time, e.g. {@code "2026-03-02T10:00"}. */
	static Instant at(String shanghai) {
		return LocalDateTime.parse(shanghai).atZone(TimeConfiguration.DISPLAY_ZONE).toInstant();
	}

	/** A housing repair (general tier: 24 h to respond, 7 days to resolve) taken by phone by the head. */
	UUID repairIn(UUID household, String when) {
		UUID id = act(when, world.head(), () -> desk.intake(new Intake(categoryRepair, "窗户漏风", Map.of("part", "window"),
				Channel.PHONE, household.equals(householdA) ? residentId : null, household, null, null, "来电人", null, null, null), null).id());
		requests.add(id);
		// act() settled before the new request was known here; wait for its own intake event now
		settle();
		return id;
	}

	UUID repair(String when) {
		return repairIn(householdA, when);
	}

	void accept(UUID id, String when, String login) {
		act(when, login, () -> handling.accept(id));
	}

	void resolve(UUID id, String when, String login) {
		act(when, login, () -> handling.resolve(id, "修好了"));
	}

	void rate(UUID id, String when, ResolutionAnswer resolution, SatisfactionAnswer satisfaction) {
		act(when, world.head(), () -> handling.rate(id, new Rating(resolution, satisfaction, null, Channel.PHONE)));
	}

	void transfer(UUID id, String when, UUID unit) {
		act(when, world.head(), () -> handling.transfer(id, unit, "属于另一个网格"));
	}

	/** The head's call back on the request's open revisit, with the resident's satisfaction now. */
	void revisit(UUID requestId, String when, SatisfactionAnswer after) {
		UUID revisit = jdbc.sql("select id from revisit where request_id = ?").param(requestId).query(UUID.class).single();
		act(when, world.head(), () -> handling.completeRevisit(revisit, "电话回访", after));
	}

	/** The clocks' tick at that moment: escalations, response deadlines passed, unrated closings. */
	void tick(String when) {
		transactions.executeWithoutResult(tx -> history.escalateDue(at(when)));
		settle();
	}

	void act(String when, String login, Runnable act) {
		act(when, login, () -> {
			act.run();
			return null;
		});
	}

	<T> T act(String when, String login, Supplier<T> act) {
		T result = transactions.execute(tx -> {
			fixtures.signIn(login);
			try {
				T[] out = newArray();
				history.at(at(when), () -> out[0] = act.get());
				return out[0];
			}
			finally {
				TestFixtures.signOut();
			}
		});
		settle();
		return result;
	}

	@SuppressWarnings("unchecked")
	private static <T> T[] newArray() {
		return (T[]) new Object[1];
	}

	/**
	 * Waits until the evaluation has applied every event of this world's requests: up to 30 s, for a
	 * listener queue behind other tests' events on a busy two-core runner.
	 */
	void settle() {
		long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
		while (System.nanoTime() < deadline) {
			long open = requests.isEmpty() ? 0 : jdbc.sql("""
					select count(*) from event_publication
					where completion_date is null and listener_id like '%EvaluationListener%'
					  and serialized_event like any(?)""")
				.param(requests.stream().map(id -> "%" + id + "%").toArray(String[]::new)).query(Long.class).single();
			if (open == 0) {
				return;
			}
			try {
				Thread.sleep(25);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return;
			}
		}
		assertThat(false).as("the evaluation applied the events in time").isTrue();
	}

	static YearMonth month(String text) {
		return YearMonth.parse(text);
	}
}
