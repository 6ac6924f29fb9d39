package org.pomegranate.servicedesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pomegranate.IntegrationTest;
import org.pomegranate.TestFixtures;
import org.pomegranate.TestFixtures.World;
import org.pomegranate.identity.Role;
import org.pomegranate.registry.RegistryManagement;
import org.pomegranate.servicedesk.internal.DeskEvents;
import org.pomegranate.servicedesk.internal.SlaClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The SLA clock on a bad day: thousands of requests fall overdue at once and two clocks (two
 * application instances) race to take them, a batch per transaction. Every step is taken exactly
 * once, and everything that hears of a step (the timeline, the request's place on the ladder, the
 * staff's notifications, the evaluation's rollups and the points ledger) shows it exactly once; a
 * batch that fails leaves no trace, and a batch event delivered again changes nothing.
 */
@IntegrationTest
class SlaClockBatchTests {

	/** More than two batches, so that the clocks meet on the same rows. */
	static final int REQUESTS = 4_500;

	/** Every third request is three windows late and climbs to the county; the others one rung. */
	static final int TO_COUNTY = REQUESTS / 3;

	static final int STEPS = TO_COUNTY * 3 + (REQUESTS - TO_COUNTY);

	@Autowired
	TestFixtures fixtures;
	@Autowired
	ServiceDesk desk;
	@Autowired
	ServiceCatalogue catalogue;
	@Autowired
	RegistryManagement registry;
	@Autowired
	SlaClock clock;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	TransactionTemplate transactions;
	@Autowired
	ApplicationEventPublisher publisher;

	DeskWorld w;
	World world;
	String countyOfficer;
	UUID[] ids;
	Instant now;

	@BeforeEach
	void aBadDay() {
		w = new DeskWorld(fixtures, registry, desk, catalogue, jdbc);
		world = w.world;
		countyOfficer = fixtures.account("cty" + world.suffix(), "县干部" + world.suffix(), Role.COUNTY_OFFICER,
				world.county().id());
		UUID template = w.repair(w.residentInGridA(), null).id();
		now = Instant.now();
		// copies of one real intake, half in each grid, made in one statement: the clock sees them
		// exactly as it would see requests taken in one by one
		ids = jdbc.sql("""
				insert into service_request (id, number, category_id, description, extra, channel, resident_id,
				    household_id, address, language, first_responsible_unit_id, unit_id, assignee_id, status,
				    submitted_at, response_due, resolve_due, escalate_at, submitted_by)
				select gen_random_uuid(), ? || lpad(g::text, 5, '0'), t.category_id, t.description, t.extra, t.channel,
				       t.resident_id, t.household_id, t.address, t.language, t.first_responsible_unit_id,
				       case when g % 2 = 0 then ?::uuid else ?::uuid end, case when g % 2 = 0 then ?::uuid else ?::uuid end,
				       t.status, d.due - interval '24 hours', d.due, d.due + interval '6 days', d.due, t.submitted_by
				from service_request t, generate_series(1, ?) g,
				     lateral (select ?::timestamptz - case when g % 3 = 0 then interval '3 days 1 minute'
				                                          else interval '1 minute' end as due) d
				where t.id = ?
				returning id""")
			.params("B" + Long.toString(System.nanoTime(), 36) + "-", world.gridA().id(), world.gridB().id(),
					fixtures.accountId(world.workerA()), fixtures.accountId(world.workerB()), REQUESTS,
					Timestamp.from(now), template)
			.query(UUID.class).list().toArray(UUID[]::new);
	}

	@Test
	void twoClocksTakeThousandsOfStepsEachExactlyOnce() throws Exception {
		int[] taken = race(() -> clock.escalateDue(now), () -> clock.noteResponseOverdue(now));
		assertThat(taken[0]).isGreaterThanOrEqualTo(STEPS);
		assertThat(taken[1]).isGreaterThanOrEqualTo(REQUESTS);

		assertEveryStepOnce();
		// the county's requests are at the top; the others wait a window at the community
		assertThat(count("""
				select count(*) from service_request r where r.id = any(?) and (
				    r.escalation_step = 3 and r.escalated_to_unit_id = ? and r.escalate_at is null
				 or r.escalation_step = 1 and r.escalated_to_unit_id = ? and r.escalate_at = r.response_due + interval '24 hours')
				    and r.response_overdue_noted""", ids, world.county().id(), world.community().id()))
			.isEqualTo(REQUESTS);

		// once more, both at the same moment: nothing is left to take
		race(() -> clock.escalateDue(now), () -> clock.noteResponseOverdue(now));
		assertEveryStepOnce();
	}

	@Test
	void aFailedBatchLeavesNoTraceAndTheNextTickTakesItWhole() {
		transactions.executeWithoutResult(tx -> {
			clock.escalateDue(now);
			clock.noteResponseOverdue(now);
			// the instance dies before the commit
			tx.setRollbackOnly();
		});
		assertThat(count("select count(*) from service_request_event where request_id = any(?) and kind = 'ESCALATED'",
				(Object) ids)).isZero();
		assertThat(count("select count(*) from service_request where id = any(?) and (escalation_step > 0 or response_overdue_noted)",
				(Object) ids)).isZero();
		assertThat(notices(world.head())).containsExactly(0L, 0L);

		clock.escalateDue(now);
		clock.noteResponseOverdue(now);
		assertEveryStepOnce();
	}

	@Test
	void aBatchEventDeliveredAgainCountsOnce() {
		clock.escalateDue(now);
		clock.noteResponseOverdue(now);
		assertEveryStepOnce();
		// the registry delivers an incomplete publication again after a restart: the same steps, again
		List<RequestEscalated> again = jdbc.sql("""
				select e.id, e.request_id, r.number, r.unit_id, u.path, r.assignee_id, c.code, c.tier, e.unit_id as to_unit,
				       e.due_at, row_number() over (partition by e.request_id order by e.id) as step
				from service_request_event e join service_request r on r.id = e.request_id
				join org_unit u on u.id = r.unit_id join service_category c on c.id = r.category_id
				where e.request_id = any(?) and e.kind = 'ESCALATED'""")
			.param(ids)
			.query((rs, n) -> new RequestEscalated(DeskEvents.entryId(rs.getLong("id")),
					new RequestSnapshot(rs.getObject("request_id", UUID.class), rs.getString("number"),
							rs.getObject("unit_id", UUID.class), rs.getString("path"), rs.getObject("assignee_id", UUID.class),
							rs.getString("code"), Tier.valueOf(rs.getString("tier"))),
					rs.getObject("to_unit", UUID.class), rs.getInt("step"), rs.getTimestamp("due_at").toInstant()))
			.list();
		transactions.executeWithoutResult(tx -> publisher.publishEvent(new RequestsEscalated(again)));
		waitFor(() -> count("select count(*) from event_publication where completion_date is null "
				+ "and event_type like '%RequestsEscalated'") == 0);
		assertEveryStepOnce();
	}

	/**
	 * The statistics were taken while the bad day's requests were still ahead; then they all fell due.
	 * The planner now expects hardly any due request, and a plan that reads them all and sorts them
	 * looks as cheap as the walk — but costs the whole day per batch (at scale it took 2.6 s a batch).
	 * With random reads priced high as well, the claims' statement without V206's settings reads
	 * hundreds of requests here to take ten; the claims walk their index and read about as many
	 * requests as they take, whatever the planner thinks.
	 */
	@Test
	void aClaimReadsItsBatchNotTheWholeDayWhateverTheStatisticsSay() {
		transactions.executeWithoutResult(tx -> {
			UUID[] ahead = Arrays.copyOf(ids, ids.length - 50);
			jdbc.sql("update service_request set escalate_at = escalate_at + interval '30 days', "
					+ "response_due = response_due + interval '30 days' where id = any(?)").param(ahead).update();
			jdbc.sql("analyze service_request_clock").update();
			jdbc.sql("update service_request set escalate_at = escalate_at - interval '30 days', "
					+ "response_due = response_due - interval '30 days' where id = any(?)").param(ahead).update();
			jdbc.sql("set local random_page_cost = 100").update();
			long before = requestRowsFetched();
			assertThat(jdbc.sql("select count(*) from sla_clock_claim_escalations(?, 10)").param(Timestamp.from(now))
				.query(Long.class).single()).isEqualTo(10);
			assertThat(jdbc.sql("select count(*) from sla_clock_claim_response_overdue(?, 10)").param(Timestamp.from(now))
				.query(Long.class).single()).isEqualTo(10);
			// twenty taken; the day holds 4,500
			assertThat(requestRowsFetched() - before).isLessThan(100);
			tx.setRollbackOnly();
		});
	}

	/** Rows of service_request this transaction read so far, by scans and through indexes. */
	private long requestRowsFetched() {
		return jdbc.sql("select coalesce(seq_tup_read, 0) + coalesce(idx_tup_fetch, 0) from pg_stat_xact_user_tables "
				+ "where relname = 'service_request'")
			.query(Long.class).single();
	}

	/** Runs both clocks at once, each on its own thread and in its own transactions; answers the sums. */
	private int[] race(Callable<Integer> escalate, Callable<Integer> note) throws Exception {
		ExecutorService two = Executors.newFixedThreadPool(2);
		try {
			CountDownLatch start = new CountDownLatch(1);
			Callable<int[]> tick = () -> {
				start.await();
				return new int[] { escalate.call(), note.call() };
			};
			Future<int[]> a = two.submit(tick);
			Future<int[]> b = two.submit(tick);
			start.countDown();
			int[] x = a.get(300, TimeUnit.SECONDS);
			int[] y = b.get(300, TimeUnit.SECONDS);
			return new int[] { x[0] + y[0], x[1] + y[1] };
		}
		finally {
			two.shutdownNow();
		}
	}

	private void assertEveryStepOnce() {
		// the timeline: each rung once, in the order climbed, each with the time it fell due
		assertThat(count("""
				select count(*) from (
				    select r.id, array_agg(e.unit_id order by e.id) as units, array_agg(e.due_at order by e.id) as dues
				    from service_request r join service_request_event e on e.request_id = r.id and e.kind = 'ESCALATED'
				    where r.id = any(?) group by r.id) x
				where x.units = array[?::uuid, ?::uuid, ?::uuid] and x.dues[2] = x.dues[1] + interval '24 hours'
				      and x.dues[3] = x.dues[2] + interval '24 hours'
				   or x.units = array[?::uuid]""", ids, world.community().id(), world.street().id(), world.county().id(),
				world.community().id()))
			.isEqualTo(REQUESTS);
		assertThat(count("select count(*) from service_request_event where request_id = any(?) and kind = 'ESCALATED'",
				(Object) ids)).isEqualTo(STEPS);
		// the staff: each rung's people once per request, each notice naming its request
		assertThat(notices(world.head())).containsExactly((long) REQUESTS, (long) REQUESTS);
		assertThat(notices(world.officer())).containsExactly((long) TO_COUNTY, (long) TO_COUNTY);
		assertThat(notices(countyOfficer)).containsExactly((long) TO_COUNTY, (long) TO_COUNTY);
		// the listeners, after the commits: the evaluation's rollups and the points ledger
		String rollup = "select coalesce(sum(%s), 0) from evaluation_rollup where unit_id = ? "
				+ "and worker_id = '00000000-0000-0000-0000-000000000000'";
		UUID community = world.community().id();
		waitFor(() -> count(rollup.formatted("escalated"), community) >= STEPS
				&& count(rollup.formatted("response_due"), community) >= REQUESTS);
		assertThat(count(rollup.formatted("escalated"), community)).isEqualTo(STEPS);
		assertThat(count(rollup.formatted("response_due"), community)).isEqualTo(REQUESTS);
		waitFor(() -> count("select count(*) from points_ledger where request_id = any(?) and rule = 'ESCALATION'",
				(Object) ids) == STEPS);
		assertThat(count("select count(distinct event_id) from points_ledger where request_id = any(?) and rule = 'ESCALATION'",
				(Object) ids)).isEqualTo(STEPS);
	}

	/** How many escalation notices the person has, and about how many different requests. */
	private List<Long> notices(String login) {
		return jdbc.sql("""
				select count(*), count(distinct args[1]) from notification
				where account_id = ? and kind = 'request.escalated'""").param(fixtures.accountId(login))
			.query((rs, n) -> List.of(rs.getLong(1), rs.getLong(2))).single();
	}

	private long count(String sql, Object... params) {
		return jdbc.sql(sql).params(params).query(Long.class).single();
	}

	/** Waits for the listeners, which run after the commit on other threads (a minute at most). */
	private static void waitFor(Supplier<Boolean> done) {
		long until = System.nanoTime() + Duration.ofMinutes(1).toNanos();
		while (!done.get() && System.nanoTime() < until) {
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}
}
