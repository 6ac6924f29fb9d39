package org.pomegranate.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.pomegranate.IntegrationTest;
import org.pomegranate.TestFixtures;
import org.pomegranate.servicedesk.QueueFilter;
import org.pomegranate.servicedesk.RequestStatus;
import org.pomegranate.servicedesk.RequestSummary;
import org.pomegranate.servicedesk.Revisit;
import org.pomegranate.servicedesk.ServiceDesk;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The demo's service requests, as loaded into the test database at start (with fewer households
 * per grid than the full demo): every state, every rating, escalations, and something for each
 * demo login to see.
 */
@IntegrationTest
class DemoServiceDeskTests {

	/** Requests of the demo prefecture only: other tests add their own worlds beside it. */
	static final String DEMO = """
			from service_request r join org_unit u on u.id = r.unit_id
			where u.path like (select path from org_unit where code = '632800') || '%'""";

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestFixtures fixtures;

	@Autowired
	ServiceDesk desk;

	@Test
	void everyStatusAndEveryRatingAppears() {
		Set<RequestStatus> statuses = jdbc.sql("select distinct r.status " + DEMO).query(String.class).list().stream()
			.map(RequestStatus::valueOf).collect(Collectors.toSet());
		assertThat(statuses).isEqualTo(EnumSet.allOf(RequestStatus.class));
		assertThat(jdbc.sql("select count(distinct r.resolution_answer || r.satisfaction_answer) " + DEMO)
			.query(Integer.class).single()).isEqualTo(9);
		assertThat(jdbc.sql("select count(*) " + DEMO + " and r.status = 'CLOSED' and r.satisfaction_answer = 'SATISFIED'")
			.query(Integer.class).single())
			.isGreaterThan(jdbc.sql("select count(*) " + DEMO + " and r.satisfaction_answer = 'UNSATISFIED'")
				.query(Integer.class).single());
		assertThat(jdbc.sql("select count(distinct r.channel) " + DEMO).query(Integer.class).single()).isEqualTo(5);
		assertThat(jdbc.sql("select count(*) " + DEMO + " and r.status = 'REJECTED' and r.referral is null")
			.query(Integer.class).single()).isZero();
	}

	@Test
	void requestsClimbedTheLadderWhenTheyFellDue() {
		assertThat(jdbc.sql("select count(*) " + DEMO + " and r.escalation_step >= 2").query(Integer.class).single())
			.isPositive();
		// each step on the timeline carries the moment it fell due, never later than it was recorded
		assertThat(jdbc.sql("select count(*) from service_request_event e where e.kind = 'ESCALATED' "
				+ "and (e.due_at is null or e.due_at > e.occurred_at) and e.request_id in (select r.id " + DEMO + ")")
			.query(Integer.class).single()).isZero();
		// nothing the clock should have moved at load is still waiting (with a margin for the
		// time the test suite has run since: the scheduler is off in tests)
		assertThat(jdbc.sql("select count(*) " + DEMO + " and r.escalate_at < now() - interval '30 minutes'")
			.query(Integer.class).single()).isZero();
	}

	@Test
	void theResidentLoginHasRequestsToRateFollowAndLookBackOn() {
		List<RequestSummary> mine = fixtures.as("resident", () -> desk.myRequests());
		assertThat(mine).extracting(RequestSummary::status).contains(RequestStatus.RESOLVED, RequestStatus.CLOSED,
				RequestStatus.IN_PROGRESS, RequestStatus.REOPENED);
	}

	@Test
	void theGridWorkerHasOverdueWorkFirst() {
		List<RequestSummary> queue = fixtures.as("grid", () -> desk.queue(QueueFilter.myOpenRequests(), null, 50, false)).items();
		Instant now = Instant.now();
		assertThat(queue).isNotEmpty();
		assertThat(queue.get(0).overdueAt(now)).isTrue();
		assertThat(queue.stream().filter(r -> r.overdueAt(now)).count()).isGreaterThanOrEqualTo(2);
	}

	@Test
	void theCommunityHeadHasRevisitsAndEscalatedRequests() {
		List<Revisit> revisits = fixtures.as("head", () -> desk.revisits(50));
		assertThat(revisits).anyMatch(v -> v.doneAt() == null).anyMatch(v -> v.doneAt() != null);
		List<RequestSummary> queue = fixtures.as("head", () -> desk.queue(QueueFilter.openInScope(), null, 100, false)).items();
		assertThat(queue).anyMatch(r -> r.escalationStep() > 0);
		assertThat(queue).extracting(RequestSummary::status).contains(RequestStatus.TRANSFERRED, RequestStatus.REOPENED,
				RequestStatus.SUBMITTED, RequestStatus.IN_PROGRESS);
	}
}
