package org.pomegranate.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.pomegranate.IntegrationTest;
import org.pomegranate.TestFixtures;
import org.pomegranate.servicedesk.QueueFilter;
import org.pomegranate.servicedesk.RequestSummary;
import org.pomegranate.servicedesk.ServiceDesk;
import org.pomegranate.servicedesk.Tier;
import org.pomegranate.servicedesk.WorkerDesk;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The demo grid worker's phone, as loaded into the test database at start: his queue opens on
 * emergencies, with overdue cards among them, and one request carries a note he left on the way.
 */
@IntegrationTest
class DemoWorkbenchTests {

	@Autowired
	TestFixtures fixtures;

	@Autowired
	ServiceDesk desk;

	@Autowired
	WorkerDesk workerDesk;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theDemoGridWorkersQueueShowsEmergenciesFirstAndOverdueCards() {
		List<RequestSummary> queue = fixtures.as("grid", () -> desk.queue(QueueFilter.myOpenRequests(), null, 20, false)).items();
		assertThat(queue).hasSizeGreaterThanOrEqualTo(3);
		assertThat(queue.subList(0, 2)).allSatisfy(r -> assertThat(r.tier()).isEqualTo(Tier.EMERGENCY));
		assertThat(queue.get(0).overdueAt(Instant.now())).isTrue();
		assertThat(queue.stream().filter(r -> r.tier() != Tier.EMERGENCY && r.overdueAt(Instant.now()))).isNotEmpty();
		WorkerDesk.QueueCounts counts = fixtures.as("grid", workerDesk::myCounts);
		assertThat(counts.overdue()).isPositive();
		assertThat(counts.open()).isEqualTo((int) fixtures.as("grid",
				() -> desk.queue(QueueFilter.myOpenRequests(), null, 100, false)).total().value());
		assertThat(jdbc.sql("select count(*) from service_request_event e join account a on a.id = e.actor_id "
				+ "where e.kind = 'NOTED' and a.username = 'grid'").query(Integer.class).single()).isOne();
	}
}
