package org.pomegranate.servicedesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pomegranate.IntegrationTest;
import org.pomegranate.TestFixtures;
import org.pomegranate.TestFixtures.World;
import org.pomegranate.identity.Role;
import org.pomegranate.notifications.Notification;
import org.pomegranate.organization.OrgLevel;
import org.pomegranate.organization.OrgUnit;
import org.pomegranate.organization.OrganizationManagement;
import org.pomegranate.notifications.Notifications;
import org.pomegranate.registry.RegistryManagement;
import org.pomegranate.servicedesk.DeskWorld.Resident;
import org.pomegranate.servicedesk.internal.RequestNumber;
import org.pomegranate.servicedesk.internal.SlaClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The SLA clock on PostgreSQL: overdue requests climb grid → community → street → county, each
 * step once however many clocks run, a restart catches up on what fell due meanwhile; and intake
 * numbers stay unique under load.
 */
@IntegrationTest
class ServiceDeskClockTests {

	static final Duration DAY = Duration.ofHours(24);

	@Autowired
	TestFixtures fixtures;

	@Autowired
	ServiceDesk desk;

	@Autowired
	RequestHandling handling;

	@Autowired
	ServiceCatalogue catalogue;

	@Autowired
	RegistryManagement registry;

	@Autowired
	SlaClock clock;

	@Autowired
	Notifications notifications;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	OrganizationManagement organization;

	DeskWorld w;
	World world;
	String countyOfficer;

	@BeforeEach
	void world() {
		w = new DeskWorld(fixtures, registry, desk, catalogue, jdbc);
		world = w.world;
		countyOfficer = fixtures.account("cty" + world.suffix(), "县干部" + world.suffix(), Role.COUNTY_OFFICER,
				world.county().id());
	}

	@Test
	void aHundredIntakesAtOnceGetAHundredNumbers() throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(12);
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<IntakeReceipt>> receipts = new ArrayList<>();
			for (int i = 0; i < 100; i++) {
				int n = i;
				receipts.add(pool.submit(() -> {
					start.await();
					return fixtures.as(world.workerA(), () -> desk.intake(new Intake(w.category("NEIGHBOURHOOD"),
							"来电反映第" + n + "件事", Map.of(), Channel.PHONE, null, null, null, null, "来电人" + n, null,
							null, null), "load-" + n));
				}));
			}
			start.countDown();
			Set<String> numbers = new HashSet<>();
			Set<UUID> ids = new HashSet<>();
			for (Future<IntakeReceipt> f : receipts) {
				IntakeReceipt r = f.get(60, TimeUnit.SECONDS);
				assertThat(r.number()).matches(RequestNumber.PATTERN);
				numbers.add(r.number());
				ids.add(r.id());
			}
			assertThat(numbers).hasSize(100);
			assertThat(ids).hasSize(100);
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void aRestartCatchesUpEveryStepThatFellDueEachAWindowApart() {
		IntakeReceipt receipt = w.repair(w.residentInGridA(), null);
		Instant responseDue = w.as(world.workerA(), () -> desk.request(receipt.id())).summary().responseDue();
		// the application was down while the deadline and three more windows passed
		w.backdate(receipt.id(), DAY.plus(DAY.multipliedBy(3)).plusMinutes(1));
		Instant due = responseDue.minus(DAY.plus(DAY.multipliedBy(3)).plusMinutes(1));

		clock.escalateDue(Instant.now());

		RequestDetails details = w.as(world.head(), () -> desk.request(receipt.id()));
		assertThat(details.timeline()).filteredOn(e -> e.kind().equals("ESCALATED"))
			.extracting(TimelineEntry::unitId, TimelineEntry::dueAt)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(world.community().id(), due),
					org.assertj.core.groups.Tuple.tuple(world.street().id(), due.plus(DAY)),
					org.assertj.core.groups.Tuple.tuple(world.county().id(), due.plus(DAY.multipliedBy(2))));
		assertThat(details.summary().escalationStep()).isEqualTo(3);
		assertThat(details.escalatedToUnitId()).isEqualTo(world.county().id());
		assertThat(details.summary().unitId()).isEqualTo(world.gridA().id());
		assertThat(escalateAt(receipt.id())).isNull();
		for (String level : List.of(world.head(), world.officer(), countyOfficer)) {
			assertThat(notifications.recent(fixtures.accountId(level), 20))
				.as(level)
				.anySatisfy(n -> {
					assertThat(n.kind()).isEqualTo("request.escalated");
					assertThat(n.args()).containsExactly(receipt.number());
				});
		}
		// at the top: nothing more, however late (the clock never runs ahead of time: the
		// database is shared, and a tick in the future would move every other request too)
		w.backdate(receipt.id(), Duration.ofDays(10));
		clock.escalateDue(Instant.now());
		assertThat(w.timelineKinds(receipt.id())).filteredOn("ESCALATED"::equals).hasSize(3);
		// taken on at last: the clock stays off, as there is nobody above the county to tell
		w.as(countyOfficer, () -> handling.accept(receipt.id()));
		assertThat(escalateAt(receipt.id())).isNull();
	}

	@Test
	void oneStepWhenDueThenTheNextRungGetsOneWindow() {
		String volunteer = fixtures.account("vol" + world.suffix(), "志愿者" + world.suffix(), Role.VOLUNTEER,
				world.community().id());
		IntakeReceipt receipt = w.repair(w.residentInGridA(), null);
		w.backdate(receipt.id(), DAY.plusMinutes(5));
		Instant escalateAt = escalateAt(receipt.id());

		clock.escalateDue(Instant.now());

		assertThat(w.timelineKinds(receipt.id())).filteredOn("ESCALATED"::equals).hasSize(1);
		assertThat(escalateAt(receipt.id())).isEqualTo(escalateAt.plus(DAY));
		assertThat(w.as(world.workerA(), () -> desk.request(receipt.id())).escalatedToUnitId())
			.isEqualTo(world.community().id());
		assertThat(notifications.recent(fixtures.accountId(world.head()), 10)).extracting(Notification::kind)
			.contains("request.escalated");
		assertThat(notifications.recent(fixtures.accountId(volunteer), 10)).isEmpty();
		// running again at the same time changes nothing
		clock.escalateDue(Instant.now());
		assertThat(w.timelineKinds(receipt.id())).filteredOn("ESCALATED"::equals).hasSize(1);
	}

	@Test
	void theClockFollowsTheRequestThroughItsLife() {
		IntakeReceipt receipt = w.repair(w.residentInGridA(), null);
		RequestSummary summary = w.as(world.workerA(), () -> desk.request(receipt.id())).summary();
		assertThat(escalateAt(receipt.id())).isEqualTo(summary.responseDue());

		// accepted in time: next the resolution deadline
		w.as(world.workerA(), () -> handling.accept(receipt.id()));
		assertThat(escalateAt(receipt.id())).isEqualTo(summary.resolveDue());
		w.as(world.workerA(), () -> handling.start(receipt.id()));
		assertThat(escalateAt(receipt.id())).isEqualTo(summary.resolveDue());

		// the resolution deadline passes while in progress: one step up
		w.backdate(receipt.id(), Duration.ofDays(7).plusMinutes(1));
		clock.escalateDue(Instant.now());
		assertThat(w.timelineKinds(receipt.id())).filteredOn("ESCALATED"::equals).hasSize(1);
		assertThat(w.as(world.workerA(), () -> desk.request(receipt.id())).status())
			.isEqualTo(RequestStatus.IN_PROGRESS);

		w.as(world.workerA(), () -> handling.resolve(receipt.id(), "已修好"));
		assertThat(escalateAt(receipt.id())).isNull();
	}

	@Test
	void acceptingAfterAnEscalationKeepsTheLaterOfBothTimes() {
		IntakeReceipt receipt = w.as(w.residentInGridA().login(), () -> desk.intake(w.portal("EMERGENCY",
				"燃气泄漏味道很大", Map.of("danger", "gas")), null));
		// emergency: respond in 1 h, resolve in 2 h; 1 h 10 min late it climbed to the community
		w.backdate(receipt.id(), Duration.ofMinutes(70));
		clock.escalateDue(Instant.now());
		Instant next = escalateAt(receipt.id());
		RequestSummary summary = w.as(world.head(), () -> desk.request(receipt.id())).summary();
		assertThat(next).isEqualTo(summary.responseDue().plus(Duration.ofHours(1)));
		assertThat(next).isEqualTo(summary.resolveDue());

		w.as(world.head(), () -> handling.accept(receipt.id()));
		assertThat(escalateAt(receipt.id())).isEqualTo(next);
		RequestDetails accepted = w.as(world.head(), () -> desk.request(receipt.id()));
		assertThat(accepted.summary().assigneeId()).isEqualTo(fixtures.accountId(world.head()));
		assertThat(accepted.summary().firstResponseAt()).isAfter(summary.responseDue());
	}

	@Test
	void aTransferWithinTheClimbedCommunityGoesOnUpTheLadderNotOverItAgain() {
		IntakeReceipt receipt = w.repair(w.residentInGridA(), null);
		w.backdate(receipt.id(), DAY.plusMinutes(5));
		clock.escalateDue(Instant.now());
		w.as(world.workerA(), () -> handling.transfer(receipt.id(), world.gridB().id(), "楼栋属于第二网格"));
		assertThat(w.as(world.workerB(), () -> desk.request(receipt.id())).escalatedToUnitId())
			.isEqualTo(world.community().id());

		w.backdate(receipt.id(), DAY);
		clock.escalateDue(Instant.now());
		RequestDetails details = w.as(world.head(), () -> desk.request(receipt.id()));
		assertThat(details.timeline()).filteredOn(e -> e.kind().equals("ESCALATED")).extracting(TimelineEntry::unitId)
			.containsExactly(world.community().id(), world.street().id());
		assertThat(details.summary().escalationStep()).isEqualTo(2);
	}

	@Test
	void aTransferToAnotherCommunityClimbsFromItsNewPlace() {
		IntakeReceipt receipt = w.repair(w.residentInGridA(), null);
		w.backdate(receipt.id(), DAY.plusMinutes(5));
		clock.escalateDue(Instant.now());
		// another community of the same county: staff hand requests within their county
		String s = world.suffix();
		OrgUnit community = organization.create(world.street().id(), null, "邻社区" + s, "Next Community " + s,
				OrgLevel.COMMUNITY);
		OrgUnit grid = organization.create(community.id(), "NG" + s, "邻网格" + s, "Next Grid " + s, OrgLevel.GRID);
		String head = fixtures.account("nh" + s, "邻社区书记" + s, Role.COMMUNITY_HEAD, community.id());
		w.as(world.head(), () -> handling.transfer(receipt.id(), grid.id(), "不属于本社区"));
		assertThat(jdbc.sql("select escalated_to_unit_id from service_request where id = ?").param(receipt.id())
			.query((rs, n) -> java.util.Optional.ofNullable(rs.getObject(1, UUID.class))).single()).isEmpty();

		w.backdate(receipt.id(), DAY);
		clock.escalateDue(Instant.now());
		assertThat(w.timelineKinds(receipt.id())).filteredOn("ESCALATED"::equals).hasSize(2);
		assertThat(w.as(head, () -> desk.request(receipt.id())).escalatedToUnitId()).isEqualTo(community.id());
	}

	@Test
	void finishedRequestsLeaveTheClock() {
		Resident resident = w.residentInGridA();
		IntakeReceipt rejected = w.repair(resident, null);
		IntakeReceipt merged = w.repair(resident, null);
		IntakeReceipt closed = w.repair(resident, null);
		w.as(world.workerA(), () -> {
			handling.reject(rejected.id(), "请联系物业公司");
			handling.merge(merged.id(), closed.id());
			handling.accept(closed.id());
			handling.resolve(closed.id(), "已修好");
		});
		w.as(resident.login(), () -> handling.rate(closed.id(),
				new Rating(ResolutionAnswer.RESOLVED, SatisfactionAnswer.SATISFIED, null, null)));
		for (IntakeReceipt r : List.of(rejected, merged, closed)) {
			w.backdate(r.id(), Duration.ofDays(30));
			assertThat(escalateAt(r.id())).isNull();
		}
		clock.escalateDue(Instant.now());
		for (IntakeReceipt r : List.of(rejected, merged, closed)) {
			assertThat(w.timelineKinds(r.id())).doesNotContain("ESCALATED");
		}
	}

	@Test
	void twoClocksAtOnceEscalateEachOverdueRequestExactlyOnce() throws Exception {
		List<UUID> overdue = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			Resident resident = i % 2 == 0 ? w.residentInGridA() : w.resident(world.buildingB(), "居民B" + i,
					org.pomegranate.registry.Language.ZH);
			UUID id = w.repair(resident, null).id();
			// half one window late (one step), half three windows late (to the county)
			w.backdate(id, i % 2 == 0 ? DAY.plusMinutes(1) : DAY.multipliedBy(4).plusMinutes(1));
			overdue.add(id);
		}
		Instant now = Instant.now();
		ExecutorService two = Executors.newFixedThreadPool(2);
		try {
			CountDownLatch start = new CountDownLatch(1);
			Callable<Integer> tick = () -> {
				start.await();
				return clock.escalateDue(now);
			};
			Future<Integer> a = two.submit(tick);
			Future<Integer> b = two.submit(tick);
			start.countDown();
			int steps = a.get(60, TimeUnit.SECONDS) + b.get(60, TimeUnit.SECONDS);
			assertThat(steps).isGreaterThanOrEqualTo(4 * 1 + 4 * 3);
		}
		finally {
			two.shutdownNow();
		}
		for (int i = 0; i < overdue.size(); i++) {
			int expected = i % 2 == 0 ? 1 : 3;
			assertThat(w.timelineKinds(overdue.get(i))).filteredOn("ESCALATED"::equals).as("request %d", i)
				.hasSize(expected);
			assertThat(jdbc.sql("select escalation_step from service_request where id = ?").param(overdue.get(i))
				.query(Integer.class).single()).isEqualTo(expected);
		}
	}

	private Instant escalateAt(UUID id) {
		return jdbc.sql("select escalate_at from service_request where id = ?").param(id)
			.query((rs, n) -> java.util.Optional.ofNullable(rs.getTimestamp(1)).map(java.sql.Timestamp::toInstant))
			.single().orElse(null);
	}
}
