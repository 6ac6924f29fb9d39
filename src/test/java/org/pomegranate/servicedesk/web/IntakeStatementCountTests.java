package org.pomegranate.servicedesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import org.junit.jupiter.api.Test;
import org.pomegranate.ApiClient;
import org.pomegranate.ApiClient.Response;
import org.pomegranate.IntegrationTest;
import org.pomegranate.TestFixtures;
import org.pomegranate.TestFixtures.World;
import org.pomegranate.registry.RegistryManagement;
import org.pomegranate.servicedesk.ServiceCatalogue;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Intake over the API does the same small number of SQL statements however many requests exist.
 * Every repository goes through {@link JdbcTemplate}, which logs each statement it executes at
 * debug level; this listens to that log on the server's request threads while one intake runs.
 */
@IntegrationTest
class IntakeStatementCountTests {

	/**
	 * Staff taking a request for a registered resident: the account (1); the transaction's choice of
	 * cached plans (1: its statements look up by key, see TransactionPlans); the idempotency key, the
	 * category, the caller's scope, the resident in scope, their household, the unit's lineage, its
	 * staff and their open load (8); the next number from the sequence, the request, its first
	 * timeline entries, the notification and the audit entry (5); the submitted event's row in the
	 * publication registry for the evaluation's rollups, its one listener (1: the incentive points
	 * listener is stored only for the events a rule can book; the event's request is known from the
	 * intake, not read back); the rate
	 * limits: a look at the sign-in window of the caller's address and the count of the account's API
	 * calls (2). See docs/benchmarks.md.
	 */
	static final int MOST_STATEMENTS = 18;

	@LocalServerPort
	int port;

	@Autowired
	JsonMapper json;

	@Autowired
	TestFixtures fixtures;

	@Autowired
	RegistryManagement registry;

	@Autowired
	ServiceCatalogue catalogue;

	@Test
	void theFirstAndTheTwentiethIntakeDoTheSameNumberOfStatements() {
		World world = fixtures.world();
		UUID household = fixtures.as(world.head(),
				() -> registry.createHousehold(TestFixtures.household(world.buildingA1(), "1", "101")));
		UUID resident = fixtures.as(world.head(),
				() -> registry.createResident(TestFixtures.resident(household, "计数居民", null, null)));
		ApiClient worker = new ApiClient(port, json).as(world.workerA());
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("categoryId", catalogue.byCode("HOUSING_REPAIR").id());
		body.put("description", "楼道漏水");
		body.put("extra", Map.of("part", "pipe"));
		body.put("channel", "PHONE");
		body.put("residentId", resident);
		// the first call records the token's use (written at most once a minute); count from the second on
		worker.get("/api/v1/service-categories");

		List<Integer> counts = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			List<String> statements = statementsDuring(() -> {
				Response r = worker.send("POST", "/api/v1/service-requests", body, "Idempotency-Key",
						UUID.randomUUID().toString());
				assertThat(r.status()).isEqualTo(201);
			});
			counts.add(statements.size());
			if (i == 0) {
				// shown in the test report, for docs/benchmarks.md
				statements.forEach(s -> System.out.println("intake statement: " + s));
			}
		}
		System.out.println("statements per intake: " + counts);
		assertThat(counts.get(0)).isPositive().isLessThanOrEqualTo(MOST_STATEMENTS);
		assertThat(counts).containsOnly(counts.get(0));
	}

	private static List<String> statementsDuring(Runnable work) {
		Logger logger = (Logger) LoggerFactory.getLogger(JdbcTemplate.class);
		Level before = logger.getLevel();
		List<String> statements = Collections.synchronizedList(new ArrayList<>());
		AppenderBase<ILoggingEvent> appender = new AppenderBase<>() {
			@Override
			protected void append(ILoggingEvent event) {
				// only the server's request threads, not the scheduler nor this test; a prepared statement is
				// logged twice ("Executing prepared SQL query", then the statement with its SQL): count the SQL
				String message = event.getFormattedMessage();
				if (event.getThreadName().startsWith("http-nio") && message.startsWith("Executing")
						&& message.contains("[")) {
					statements.add(message.replaceAll("\\s+", " "));
				}
			}
		};
		appender.start();
		logger.addAppender(appender);
		boolean additive = logger.isAdditive();
		logger.setLevel(Level.DEBUG);
		// counted here, not printed: the test report shows the first intake's statements on purpose, the
		// console would otherwise get every statement of every thread while the level is lowered
		logger.setAdditive(false);
		try {
			work.run();
		}
		finally {
			logger.setAdditive(additive);
			logger.setLevel(before);
			logger.detachAppender(appender);
		}
		return statements;
	}
}
