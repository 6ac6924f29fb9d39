package org.pomegranate.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pomegranate.ApiClient;
import org.pomegranate.IntegrationTest;
import org.pomegranate.TestFixtures;
import org.pomegranate.evaluation.incentive.PointsRule;
import org.pomegranate.evaluation.incentive.internal.PointsRepository;
import org.pomegranate.registry.RegistryManagement;
import org.pomegranate.servicedesk.RequestHandling;
import org.pomegranate.servicedesk.ResolutionAnswer;
import org.pomegranate.servicedesk.SatisfactionAnswer;
import org.pomegranate.servicedesk.ServiceCatalogue;
import org.pomegranate.servicedesk.ServiceDesk;
import org.pomegranate.servicedesk.ServiceDeskHistory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Incentive points from the service desk's events: on time, satisfied, unsatisfied, a revisit that
 * turned it around, an escalation; every line with its reason and request; an event applied twice
 * counts once; the ledger refuses updates; rankings within the caller's scope only.
 */
@IntegrationTest
class PointsLedgerTests {

	@LocalServerPort
	int port;
	@Autowired
	JsonMapper json;
	@Autowired
	TestFixtures fixtures;
	@Autowired
	RegistryManagement registry;
	@Autowired
	ServiceDesk desk;
	@Autowired
	RequestHandling handling;
	@Autowired
	ServiceDeskHistory history;
	@Autowired
	ServiceCatalogue catalogue;
	@Autowired
	TransactionTemplate transactions;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	PointsRepository ledger;

	EvaluationWorld w;
	ApiClient api;

	@BeforeEach
	void world() {
		w = new EvaluationWorld(fixtures, registry, desk, handling, history, catalogue, transactions, jdbc);
		api = new ApiClient(port, json).language("en");
	}

	@Test
	void theWorkerHoldingTheRequestEarnsAndLosesPointsWithTheReasonAndTheRequest() {
		String worker = w.world.workerA();
		UUID good = w.repair("2026-03-02T10:00");
		w.accept(good, "2026-03-02T11:00", worker);
		w.resolve(good, "2026-03-03T10:00", worker);
		w.rate(good, "2026-03-03T12:00", ResolutionAnswer.RESOLVED, SatisfactionAnswer.SATISFIED);
		UUID turned = w.repair("2026-03-04T10:00");
		w.accept(turned, "2026-03-04T11:00", worker);
		w.resolve(turned, "2026-03-05T10:00", worker);
		w.rate(turned, "2026-03-05T12:00", ResolutionAnswer.PARTLY_RESOLVED, SatisfactionAnswer.UNSATISFIED);
		w.revisit(turned, "2026-03-06T09:00", SatisfactionAnswer.BASICALLY_SATISFIED);
		settle();

		JsonNode mine = api.as(worker).get("/api/v1/evaluation/points?month=2026-03").json();
		// +2 on time, +3 satisfied; +2 on time, -3 unsatisfied, +2 turned around
		assertThat(mine.path("total").asInt()).isEqualTo(6);
		assertThat(mine.path("lines").findValuesAsString("rule")).containsExactlyInAnyOrder("ON_TIME_RESOLUTION",
				"SATISFIED_RATING", "ON_TIME_RESOLUTION", "UNSATISFIED_RATING", "REVISIT_TURNED_AROUND");
		assertThat(mine.path("lines").findValuesAsString("requestId")).containsOnly(good.toString(), turned.toString());
		assertThat(api.as(worker).get("/api/v1/evaluation/points?month=2026-04").json().path("total").asInt()).isZero();
		// another worker has none of it
		assertThat(api.as(w.world.workerB()).get("/api/v1/evaluation/points?month=2026-03").json().path("total").asInt())
			.isZero();

		// rankings: the head sees the worker of her community; another community's head does not see this one
		JsonNode board = api.as(w.world.head())
			.get("/api/v1/evaluation/points/rankings?unitId=" + w.world.community().id() + "&month=2026-03").json();
		assertThat(board.path("workers").get(0).path("points").asInt()).isEqualTo(6);
		assertThat(board.path("workers").get(0).path("rank").asInt()).isEqualTo(1);
		JsonNode street = api.as(w.world.officer())
			.get("/api/v1/evaluation/points/rankings?unitId=" + w.world.street().id() + "&month=2026-03").json();
		assertThat(street.path("communities").get(0).path("id").asString()).isEqualTo(w.world.community().id().toString());
		TestFixtures.World other = fixtures.world();
		assertThat(api.as(other.head())
			.get("/api/v1/evaluation/points/rankings?unitId=" + w.world.community().id() + "&month=2026-03").status())
			.isEqualTo(404);
		ApiClient.Response badMonth = api.as(worker).get("/api/v1/evaluation/points?month=2026-13");
		assertThat(badMonth.status()).isEqualTo(400);
		assertThat(badMonth.fieldErrors()).containsKey("month");
	}

	@Test
	void onlyTheEventsARuleCanBookAreStoredForThePointsListener() {
		String worker = w.world.workerA();
		UUID request = w.repair("2026-03-02T10:00");
		w.accept(request, "2026-03-02T11:00", worker);
		w.resolve(request, "2026-03-03T10:00", worker);
		settle();

		String sql = "select event_type from event_publication where listener_id like ? and serialized_event like ?";
		// a submission and a first response earn nobody points: no publication, nothing to complete
		assertThat(jdbc.sql(sql).params("%PointsListener%", "%" + request + "%").query(String.class).list())
			.containsExactly("org.pomegranate.servicedesk.RequestResolved");
		// the evaluation still hears of each of them
		assertThat(jdbc.sql(sql).params("%EvaluationListener%", "%" + request + "%").query(String.class).list())
			.contains("org.pomegranate.servicedesk.RequestSubmitted", "org.pomegranate.servicedesk.RequestResolved");
		assertThat(api.as(worker).get("/api/v1/evaluation/points?month=2026-03").json().path("lines")
			.findValuesAsString("rule")).contains("ON_TIME_RESOLUTION");
	}

	@Test
	void anEventAppliedTwiceCountsOnceAndTheLedgerCannotBeChanged() {
		UUID account = fixtures.accountId(w.world.workerA());
		PointsRepository.Line line = new PointsRepository.Line(UUID.randomUUID(), PointsRule.ON_TIME_RESOLUTION, account,
				w.world.gridA().id(), w.world.gridA().path(), w.world.community().id(), UUID.randomUUID(), "HX-2026-000001",
				2, YearMonth.of(2026, 1), EvaluationWorld.at("2026-01-05T10:00"));
		assertThat(ledger.append(line)).isTrue();
		assertThat(ledger.append(line)).isFalse();
		assertThat(jdbc.sql("select count(*) from points_ledger where event_id = ?").param(line.eventId())
			.query(Long.class).single()).isEqualTo(1);
		assertThatThrownBy(() -> jdbc.sql("update points_ledger set points = 100 where event_id = ?")
			.param(line.eventId()).update()).hasMessageContaining("append-only");
		assertThatThrownBy(() -> jdbc.sql("delete from points_ledger where event_id = ?").param(line.eventId()).update())
			.hasMessageContaining("append-only");
	}

	/** Waits until the points listener has taken every event of this world's requests. */
	private void settle() {
		w.settle();
		for (int i = 0; i < 200; i++) {
			long open = jdbc.sql("""
					select count(*) from event_publication
					where completion_date is null and listener_id like '%PointsListener%' and serialized_event like any(?)""")
				.param(w.requests.stream().map(id -> "%" + id + "%").toArray(String[]::new)).query(Long.class).single();
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
		throw new AssertionError("the points listener did not take the events in time");
	}
}
