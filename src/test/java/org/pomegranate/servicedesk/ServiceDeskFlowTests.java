package org.pomegranate.servicedesk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pomegranate.IntegrationTest;
import org.pomegranate.TestFixtures;
import org.pomegranate.TestFixtures.World;
import org.pomegranate.identity.Role;
import org.pomegranate.notifications.Notification;
import org.pomegranate.notifications.Notifications;
import org.pomegranate.registry.Language;
import org.pomegranate.registry.RegistryManagement;
import org.pomegranate.servicedesk.DeskWorld.Resident;
import org.pomegranate.servicedesk.internal.RequestNumber;
import org.pomegranate.shared.web.InvalidInputException;
import org.pomegranate.shared.web.RuleViolationException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The service desk's main paths on PostgreSQL: intake → route → assign → accept → resolve → rate, and around them. */
@IntegrationTest
class ServiceDeskFlowTests {

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
	Notifications notifications;

	@Autowired
	JdbcClient jdbc;

	DeskWorld w;
	World world;

	@BeforeEach
	void world() {
		w = new DeskWorld(fixtures, registry, desk, catalogue, jdbc);
		world = w.world;
	}

	@Test
	void aResidentsRequestReachesTheWorkerWhoSpeaksTheirLanguageAndEndsRated() {
		String tibetanWorker = fixtures.account("gwbo" + world.suffix(), "网格员丙" + world.suffix(), Role.GRID_WORKER,
				world.gridA().id(), List.of("zh", "bo"));
		Resident resident = w.resident(world.buildingA2(), "才让", Language.BO);

		IntakeReceipt receipt = w.repair(resident, "k1");
		assertThat(receipt.number()).matches(RequestNumber.PATTERN).startsWith("HX-");
		assertThat(receipt.created()).isTrue();

		RequestDetails details = w.as(tibetanWorker, () -> desk.request(receipt.id()));
		assertThat(details.summary().unitId()).isEqualTo(world.gridA().id());
		assertThat(details.firstResponsibleUnitId()).isEqualTo(world.gridA().id());
		assertThat(details.summary().assigneeId()).isEqualTo(fixtures.accountId(tibetanWorker));
		assertThat(details.language()).isEqualTo("bo");
		assertThat(details.summary().channel()).isEqualTo(Channel.PORTAL);
		assertThat(Duration.between(details.summary().submittedAt(), details.summary().responseDue()))
			.isEqualTo(Duration.ofHours(24));
		assertThat(Duration.between(details.summary().submittedAt(), details.summary().resolveDue()))
			.isEqualTo(Duration.ofDays(7));
		assertThat(notifications.recent(fixtures.accountId(tibetanWorker), 5)).extracting(Notification::kind)
			.contains("request.assigned");

		w.as(tibetanWorker, () -> {
			handling.accept(receipt.id());
			handling.start(receipt.id());
			handling.resolve(receipt.id(), "已更换水管");
		});
		// the resident hears of it after the act commits, from a listener, in her language
		assertThat(Eventually.until(() -> notifications.recent(fixtures.accountId(resident.login()), 5),
				l -> l.stream().anyMatch(n -> n.kind().equals("resident.resolved"))))
			.extracting(Notification::kind).contains("resident.resolved");
		w.as(resident.login(), () -> handling.rate(receipt.id(),
				new Rating(ResolutionAnswer.RESOLVED, SatisfactionAnswer.SATISFIED, "谢谢", null)));

		RequestDetails closed = w.as(resident.login(), () -> desk.myRequest(receipt.id()));
		assertThat(closed.status()).isEqualTo(RequestStatus.CLOSED);
		assertThat(closed.rating()).isEqualTo(new Rating(ResolutionAnswer.RESOLVED, SatisfactionAnswer.SATISFIED, "谢谢",
				Channel.PORTAL));
		assertThat(closed.summary().firstResponseAt()).isNotNull();
		assertThat(closed.resolvedAt()).isNotNull();
		assertThat(closed.closedAt()).isNotNull();
		assertThat(closed.timeline()).extracting(TimelineEntry::kind)
			.containsExactly("SUBMITTED", "ROUTED_HOUSEHOLD", "ASSIGNED", "ACCEPTED", "STARTED", "RESOLVED", "RATED");
		assertThat(w.as(world.head(), () -> desk.revisits(50))).noneMatch(v -> v.requestId().equals(receipt.id()));
		assertThat(w.as(resident.login(), () -> desk.myRequests())).extracting(RequestSummary::id)
			.contains(receipt.id());
	}

	@Test
	void unsatisfiedOpensARevisitForTheCommunityHeadWhoRecordsTheCallBack() {
		Resident resident = w.residentInGridA();
		IntakeReceipt receipt = w.repair(resident, null);
		resolve(receipt.id());
		w.as(resident.login(), () -> handling.rate(receipt.id(),
				new Rating(ResolutionAnswer.RESOLVED, SatisfactionAnswer.UNSATISFIED, "太慢", null)));
		assertThatThrownBy(() -> w.as(resident.login(), () -> handling.rate(receipt.id(),
				new Rating(ResolutionAnswer.RESOLVED, SatisfactionAnswer.SATISFIED, null, null))))
			.isInstanceOf(RuleViolationException.class);

		Revisit revisit = revisitOf(receipt.id());
		assertThat(revisit.satisfaction()).isEqualTo(SatisfactionAnswer.UNSATISFIED);
		assertThat(revisit.doneAt()).isNull();
		assertThat(notifications.recent(fixtures.accountId(world.head()), 10)).extracting(Notification::kind)
			.contains("request.revisit");

		w.as(world.head(), () -> handling.completeRevisit(revisit.id(), "已电话回访，居民表示理解"));
		assertThat(revisitOf(receipt.id()).doneAt()).isNotNull();
		assertThat(revisitOf(receipt.id()).outcome()).isEqualTo("已电话回访，居民表示理解");
		assertThat(w.timelineKinds(receipt.id())).containsExactly("SUBMITTED", "ROUTED_HOUSEHOLD", "ASSIGNED",
				"ACCEPTED", "RESOLVED", "RATED", "REVISIT_OPENED", "REVISITED");
		assertThatThrownBy(() -> w.as(world.head(), () -> handling.completeRevisit(revisit.id(), "again")))
			.isInstanceOf(org.pomegranate.shared.web.NotFoundException.class);
	}

	@Test
	void notResolvedTakenByPhoneAlsoOpensARevisit() {
		Resident resident = w.residentInGridA();
		IntakeReceipt receipt = w.repair(resident, null);
		resolve(receipt.id());
		w.as(world.workerA(), () -> handling.rate(receipt.id(),
				new Rating(ResolutionAnswer.NOT_RESOLVED, SatisfactionAnswer.BASICALLY_SATISFIED, null, Channel.PORTAL)));
		RequestDetails details = w.as(world.workerA(), () -> desk.request(receipt.id()));
		assertThat(details.rating().channel()).isEqualTo(Channel.PHONE);
		assertThat(revisitOf(receipt.id()).resolution()).isEqualTo(ResolutionAnswer.NOT_RESOLVED);
	}

	@Test
	void partlyResolvedAndBasicallySatisfiedNeedNoRevisit() {
		Resident resident = w.residentInGridA();
		IntakeReceipt receipt = w.repair(resident, null);
		resolve(receipt.id());
		w.as(resident.login(), () -> handling.rate(receipt.id(),
				new Rating(ResolutionAnswer.PARTLY_RESOLVED, SatisfactionAnswer.BASICALLY_SATISFIED, null, null)));
		assertThat(w.as(world.head(), () -> desk.revisits(200))).noneMatch(v -> v.requestId().equals(receipt.id()));
	}

	@Test
	void aDuplicateIsSuggestedAndMergedAndItsResidentIsTold() {
		Resident resident = w.residentInGridA();
		IntakeReceipt first = w.repair(resident, null);
		IntakeReceipt second = w.repair(resident, null);
		IntakeReceipt otherCategory = w.as(resident.login(), () -> desk.intake(w.portal("NEIGHBOURHOOD", "楼上噪音",
				Map.of()), null));

		List<RequestSummary> suggested = w.as(world.workerA(), () -> desk.likelyDuplicates(second.id()));
		assertThat(suggested).extracting(RequestSummary::id).containsExactly(first.id());
		assertThat(w.as(world.workerA(), () -> desk.likelyDuplicates(otherCategory.id()))).isEmpty();

		w.as(world.workerA(), () -> handling.merge(second.id(), first.id()));
		RequestDetails merged = w.as(world.workerA(), () -> desk.request(second.id()));
		assertThat(merged.status()).isEqualTo(RequestStatus.MERGED);
		assertThat(merged.mergedIntoId()).isEqualTo(first.id());
		assertThat(merged.mergedIntoNumber()).isEqualTo(first.number());
		assertThat(w.timelineKinds(first.id())).contains("MERGED_FROM");
		RequestDetails target = w.as(world.workerA(), () -> desk.request(first.id()));
		assertThat(target.timeline()).filteredOn(e -> e.kind().equals("MERGED_FROM"))
			.singleElement().extracting(TimelineEntry::relatedNumber).isEqualTo(second.number());
		assertThat(Eventually.until(() -> notifications.recent(fixtures.accountId(resident.login()), 10),
				l -> l.stream().anyMatch(n -> n.kind().equals("resident.merged"))))
			.anySatisfy(n -> {
				assertThat(n.kind()).isEqualTo("resident.merged");
				assertThat(n.args()).containsExactly(second.number());
			});
		// merged ones are no longer duplicates to suggest, and cannot be merged again
		assertThat(w.as(world.workerA(), () -> desk.likelyDuplicates(first.id()))).isEmpty();
		assertThatThrownBy(() -> w.as(world.workerA(), () -> handling.merge(second.id(), first.id())))
			.isInstanceOf(RuleViolationException.class);
		assertThatThrownBy(() -> w.as(world.workerA(), () -> handling.merge(first.id(), first.id())))
			.isInstanceOf(InvalidInputException.class);
	}

	@Test
	void aRequestOlderThanSevenDaysIsNoLikelyDuplicate() {
		Resident resident = w.residentInGridA();
		IntakeReceipt old = w.repair(resident, null);
		w.backdate(old.id(), Duration.ofDays(8));
		IntakeReceipt fresh = w.repair(resident, null);
		assertThat(w.as(world.workerA(), () -> desk.likelyDuplicates(fresh.id()))).isEmpty();
	}

	@Test
	void aRetryWithTheSameKeyAnswersTheFirstRequestAndWritesNothing() {
		Resident resident = w.residentInGridA();
		Resident neighbour = w.residentInGridA();
		long before = w.count("service_request");
		IntakeReceipt first = w.repair(resident, "retry-1");
		IntakeReceipt again = w.repair(resident, "retry-1");
		assertThat(again).isEqualTo(new IntakeReceipt(first.id(), first.number(), false));
		assertThat(w.count("service_request")).isEqualTo(before + 1);
		assertThat(w.timelineKinds(first.id())).containsOnlyOnce("SUBMITTED");

		IntakeReceipt others = w.repair(neighbour, "retry-1");
		assertThat(others.created()).isTrue();
		assertThat(others.id()).isNotEqualTo(first.id());
		assertThat(w.count("service_request")).isEqualTo(before + 2);
	}

	@Test
	void aTransferKeepsTheDeadlinesAndTheFirstResponsibleUnitAndAssignsAtTheTarget() {
		Resident resident = w.residentInGridA();
		IntakeReceipt receipt = w.repair(resident, null);
		RequestDetails before = w.as(world.workerA(), () -> desk.request(receipt.id()));
		w.as(world.workerA(), () -> handling.accept(receipt.id()));

		assertThatThrownBy(() -> w.as(world.workerA(), () -> handling.transfer(receipt.id(), world.gridB().id(), " ")))
			.isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(() -> w.as(world.workerA(), () -> handling.transfer(receipt.id(), world.gridA().id(), "x")))
			.isInstanceOf(InvalidInputException.class);
		w.as(world.workerA(), () -> handling.transfer(receipt.id(), world.gridB().id(), "楼栋属于第二网格"));

		RequestDetails after = w.as(world.workerB(), () -> desk.request(receipt.id()));
		assertThat(after.status()).isEqualTo(RequestStatus.TRANSFERRED);
		assertThat(after.summary().unitId()).isEqualTo(world.gridB().id());
		assertThat(after.summary().assigneeId()).isEqualTo(fixtures.accountId(world.workerB()));
		assertThat(after.firstResponsibleUnitId()).isEqualTo(world.gridA().id());
		assertThat(after.summary().responseDue()).isEqualTo(before.summary().responseDue());
		assertThat(after.summary().resolveDue()).isEqualTo(before.summary().resolveDue());
		assertThat(after.summary().submittedAt()).isEqualTo(before.summary().submittedAt());
		assertThat(after.timeline()).filteredOn(e -> e.kind().equals("TRANSFERRED")).singleElement()
			.satisfies(e -> {
				assertThat(e.unitId()).isEqualTo(world.gridB().id());
				assertThat(e.note()).isEqualTo("楼栋属于第二网格");
			});
		assertThat(notifications.recent(fixtures.accountId(world.workerB()), 5)).extracting(Notification::kind)
			.contains("request.transferred");
		// grid A no longer holds it
		assertThatThrownBy(() -> w.as(world.workerA(), () -> desk.request(receipt.id())))
			.isInstanceOf(org.pomegranate.shared.web.NotFoundException.class);
		w.as(world.workerB(), () -> handling.accept(receipt.id()));
	}

	@Test
	void aRejectionAlwaysNamesWhereToGoInstead() {
		Resident resident = w.residentInGridA();
		IntakeReceipt receipt = w.repair(resident, null);
		for (String missing : new String[] { null, "", "   " }) {
			assertThatThrownBy(() -> w.as(world.workerA(), () -> handling.reject(receipt.id(), missing)))
				.isInstanceOf(InvalidInputException.class);
		}
		assertThat(w.as(world.workerA(), () -> desk.request(receipt.id())).status()).isEqualTo(RequestStatus.SUBMITTED);

		w.as(world.workerA(), () -> handling.reject(receipt.id(), "请到市住建局物业科办理"));
		RequestDetails rejected = w.as(resident.login(), () -> desk.myRequest(receipt.id()));
		assertThat(rejected.status()).isEqualTo(RequestStatus.REJECTED);
		assertThat(rejected.referral()).isEqualTo("请到市住建局物业科办理");
		assertThat(escalateAt(receipt.id())).isNull();
		assertThatThrownBy(() -> w.as(world.workerA(), () -> handling.accept(receipt.id())))
			.isInstanceOf(RuleViolationException.class);
	}

	@Test
	void aResidentReopensWithinFifteenDaysButNotAfter() {
		Resident resident = w.residentInGridA();
		IntakeReceipt recent = w.repair(resident, null);
		resolve(recent.id());
		w.backdate(recent.id(), Duration.ofDays(14));
		w.as(resident.login(), () -> handling.reopen(recent.id(), "又漏水了"));
		RequestDetails reopened = w.as(resident.login(), () -> desk.myRequest(recent.id()));
		assertThat(reopened.status()).isEqualTo(RequestStatus.REOPENED);
		assertThat(reopened.resolvedAt()).isNull();
		assertThat(reopened.summary().resolveDue()).isAfter(java.time.Instant.now().plus(Duration.ofDays(6)));
		assertThat(escalateAt(recent.id())).isAfter(java.time.Instant.now());
		w.as(world.workerA(), () -> handling.accept(recent.id()));

		IntakeReceipt late = w.repair(resident, null);
		resolve(late.id());
		w.backdate(late.id(), Duration.ofDays(16));
		String before = snapshot(late.id());
		assertThatThrownBy(() -> w.as(resident.login(), () -> handling.reopen(late.id(), "又漏水了")))
			.isInstanceOf(RuleViolationException.class)
			.extracting(e -> ((RuleViolationException) e).messageKey()).isEqualTo("error.reopen.late");
		assertThat(snapshot(late.id())).isEqualTo(before);
		assertThat(w.timelineKinds(late.id())).doesNotContain("REOPENED");
	}

	@Test
	void wrongTransitionsAreRefusedAndChangeNothing() {
		Resident resident = w.residentInGridA();
		IntakeReceipt receipt = w.repair(resident, null);
		String before = snapshot(receipt.id());
		assertThatThrownBy(() -> w.as(world.workerA(), () -> handling.resolve(receipt.id(), "done")))
			.isInstanceOf(RuleViolationException.class);
		assertThatThrownBy(() -> w.as(world.workerA(), () -> handling.start(receipt.id())))
			.isInstanceOf(RuleViolationException.class);
		assertThatThrownBy(() -> w.as(resident.login(), () -> handling.rate(receipt.id(),
				new Rating(ResolutionAnswer.RESOLVED, SatisfactionAnswer.SATISFIED, null, null))))
			.isInstanceOf(RuleViolationException.class);
		assertThatThrownBy(() -> w.as(resident.login(), () -> handling.reopen(receipt.id(), "why")))
			.isInstanceOf(RuleViolationException.class);
		assertThat(snapshot(receipt.id())).isEqualTo(before);
	}

	private void resolve(UUID id) {
		w.as(world.workerA(), () -> {
			handling.accept(id);
			handling.resolve(id, "已处理");
		});
	}

	private Revisit revisitOf(UUID request) {
		return w.as(world.head(), () -> desk.revisits(200)).stream().filter(v -> v.requestId().equals(request))
			.findFirst().orElseThrow();
	}

	private java.time.Instant escalateAt(UUID id) {
		return jdbc.sql("select escalate_at from service_request where id = ?").param(id)
			.query((rs, n) -> java.util.Optional.ofNullable(rs.getTimestamp(1)).map(java.sql.Timestamp::toInstant))
			.single().orElse(null);
	}

	/** Every column of the row and the length of its timeline, to prove a refused act wrote nothing. */
	private String snapshot(UUID id) {
		return jdbc.sql("select r::text from service_request r where id = ?").param(id).query(String.class).single()
				+ w.timelineKinds(id);
	}
}
