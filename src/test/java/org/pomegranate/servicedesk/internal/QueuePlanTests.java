package org.pomegranate.servicedesk.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.pomegranate.IntegrationTest;
import org.pomegranate.TestFixtures;
import org.pomegranate.TestFixtures.World;
import org.pomegranate.servicedesk.QueueFilter;
import org.pomegranate.servicedesk.RequestStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The generic-plan trap: pgjdbc prepares a statement on the server after five uses, and after five
 * more PostgreSQL may plan it once for any parameters. Over a skewed table (one grid holding
 * thousands of past requests, its neighbour a handful) the queue of the small grid must still be
 * read along an index on the twelfth call on the same connection, as on the first.
 */
@IntegrationTest
class QueuePlanTests {

	private static final UUID REPAIR = UUID.fromString("7deebdf7-156d-5f39-8997-4508f948b7ea");
	private static final QueueFilter CLOSED = new QueueFilter(false, RequestStatus.CLOSED, null, null, null, null, null);

	@Autowired
	TestFixtures fixtures;

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theQueueIsPlannedForItsOwnScopeOnEveryCallOfOneConnection() throws Exception {
		World world = fixtures.world();
		String prefix = "QP" + UUID.randomUUID().toString().substring(0, 8) + "-";
		closedRequests(world.gridA().id(), prefix + "A", 3000);
		closedRequests(world.gridB().id(), prefix + "B", 5);
		jdbc.sql("analyze service_request").update();
		UUID[] big = { world.gridA().id() };
		UUID[] small = { world.gridB().id() };

		try (Connection connection = dataSource.getConnection()) {
			JdbcClient one = JdbcClient.create(new SingleConnectionDataSource(connection, true));
			assertThat(one.sql("show plan_cache_mode").query(String.class).single()).isEqualTo("force_custom_plan");
			QueueSearch search = new QueueSearch(one);
			for (int i = 0; i < 12; i++) {
				UUID[] scope = i % 2 == 0 ? big : small;
				assertThat(search.queue(CLOSED, scope, null, Instant.now(), Locale.CHINESE, null, 20, false).items())
					.isNotEmpty();
			}
			Map<String, Object> statement = one.sql("""
					select name, generic_plans, custom_plans from pg_prepared_statements
					where statement like '%order by r.submitted_at desc, r.number desc limit%'
					  and statement not like '%pg_prepared_statements%'""").query().singleRow();
			// the server-side statement ran often enough for PostgreSQL to consider a generic plan, and never took one
			assertThat(((Number) statement.get("custom_plans")).longValue()).isGreaterThanOrEqualTo(6);
			assertThat(((Number) statement.get("generic_plans")).longValue()).isZero();
			// the very statement the queue ran, with the small grid's parameters (ids, so safe to write out)
			List<String> plan = one.sql("explain execute \"" + statement.get("name") + "\"('" + small[0]
					+ "', 'CLOSED', 21)").query(String.class).list();
			assertThat(String.join("\n", plan)).contains("Index Scan").doesNotContain("Seq Scan on service_request");
		}
	}

	/**
	 * "Mine" over a status of the past: an account's closed requests, among thousands of others', must be
	 * read along its own index in the list's order (newest first), which stops after a page, not by walking
	 * every closed request of the scope backwards looking for the account's (3.4 s per page for a county
	 * officer at ten million requests) nor by sorting all of the account's (before V208 the assignee index
	 * ended in the resolution deadline).
	 */
	@Test
	void anAccountsOwnPastRequestsAreReadAlongItsIndexInTheListsOrder() throws Exception {
		World world = fixtures.world();
		String prefix = "QM" + UUID.randomUUID().toString().substring(0, 8) + "-";
		UUID others = fixtures.accountId(world.workerA());
		UUID me = fixtures.accountId(world.officer());
		closedRequests(world.gridA().id(), prefix + "A", 3000, others);
		closedRequests(world.gridB().id(), prefix + "M", 2000, me);
		jdbc.sql("analyze service_request").update();
		UUID[] scope = { world.gridA().id(), world.gridB().id() };
		QueueFilter mine = new QueueFilter(true, RequestStatus.CLOSED, null, null, null, null, null);

		try (Connection connection = dataSource.getConnection()) {
			JdbcClient one = JdbcClient.create(new SingleConnectionDataSource(connection, true));
			QueueSearch search = new QueueSearch(one);
			for (int i = 0; i < 8; i++) {
				assertThat(search.queue(mine, scope, me, Instant.now(), Locale.CHINESE, null, 20, false).items())
					.hasSize(20)
					.allSatisfy(r -> assertThat(r.number()).startsWith(prefix + "M"));
			}
			String name = one.sql("""
					select name from pg_prepared_statements
					where statement like '%r.assignee_id = $2%order by r.submitted_at desc, r.number desc limit%'
					  and statement not like '%pg_prepared_statements%'""").query(String.class).single();
			String plan = String.join("\n", one.sql("explain execute \"" + name + "\"('{" + scope[0] + "," + scope[1]
					+ "}', '" + me + "', 'CLOSED', 21)").query(String.class).list());
			assertThat(plan).contains("service_request_assignee_status_submitted_idx").doesNotContain("Sort")
				.doesNotContain("Seq Scan on service_request");
		}
	}

	private void closedRequests(UUID unit, String prefix, int count) {
		closedRequests(unit, prefix, count, null);
	}

	private void closedRequests(UUID unit, String prefix, int count, UUID assignee) {
		jdbc.sql("""
				insert into service_request (id, number, category_id, description, channel, contact_name, language,
				    first_responsible_unit_id, unit_id, assignee_id, status, submitted_at, response_due, resolve_due,
				    resolved_at, closed_at)
				select gen_random_uuid(), :prefix || g, :category, '测试', 'PHONE', '测试', 'zh', :unit, :unit, cast(:assignee as uuid), 'CLOSED',
				       now() - g * interval '1 hour', now() - g * interval '1 hour' + interval '1 hour',
				       now() - g * interval '1 hour' + interval '1 day', now() - g * interval '1 hour' + interval '2 hours',
				       now() - g * interval '1 hour' + interval '3 hours'
				from generate_series(1, :count) g""")
			.param("prefix", prefix).param("category", REPAIR).param("unit", unit).param("assignee", assignee)
			.param("count", count).update();
	}
}
