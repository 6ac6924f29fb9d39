package org.pomegranate.servicedesk.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.pomegranate.organization.OrgUnit;
import org.pomegranate.servicedesk.RequestEscalated;
import org.pomegranate.servicedesk.RequestResponseOverdue;
import org.pomegranate.servicedesk.ServiceCategory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The SLA clock: every minute it claims the requests whose escalation time has come and moves each
 * up the ladder. Claims skip rows another instance holds, so with several instances on one
 * database each step happens once; steps that fell due while no instance ran are taken on the
 * first tick after start.
 * <p>
 * It works a batch at a time, set-based: one statement claims the batch, the ladder is climbed in
 * memory (the lineages of all its units read at once), and one statement each writes the timeline
 * entries, the requests' new places, the notifications and the events' publications. A batch is one
 * transaction: a crash loses no step that was committed and takes none twice, since a committed
 * step moved the request's escalation time past now and an uncommitted one left everything as it was.
 */
@Component
public class SlaClock {

	private static final Logger log = LoggerFactory.getLogger(SlaClock.class);

	/**
	 * Requests per transaction: large enough that the statements per batch cost little per step,
	 * small enough that a batch's event stays a modest row and its locks are held briefly.
	 */
	static final int BATCH = 2_000;

	private final EscalationBatch batches;
	private final CategoryRepository categories;
	private final Dispatcher dispatcher;
	private final DeskEvents events;
	private final TransactionTemplate transactions;
	private final boolean enabled;
	private final Clock clock;

	SlaClock(EscalationBatch batches, CategoryRepository categories, Dispatcher dispatcher, DeskEvents events,
			TransactionTemplate transactions, Clock clock,
			@Value("${pomegranate.servicedesk.sla-clock.enabled:true}") boolean enabled) {
		this.enabled = enabled;
		this.batches = batches;
		this.categories = categories;
		this.dispatcher = dispatcher;
		this.events = events;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Scheduled(initialDelayString = "${pomegranate.servicedesk.sla-clock.initial-delay:PT5S}",
			fixedDelayString = "${pomegranate.servicedesk.sla-clock.interval:PT1M}")
	void tick() {
		if (!enabled) {
			return;
		}
		Instant now = clock.instant();
		int steps = escalateDue(now);
		if (steps > 0) {
			log.info("SLA clock: {} escalation step(s) taken", steps);
		}
		noteResponseOverdue(now);
	}

	/**
	 * Tells the evaluation of every response deadline passed unanswered by {@code now}, one batch per
	 * transaction, claimed like escalations; answers how many. (An act on such a request tells it first.)
	 */
	public int noteResponseOverdue(Instant now) {
		int total = 0;
		while (true) {
			int[] noted = transactions.execute(tx -> {
				EscalationBatch.Claim<EscalationBatch.Overdue> claim = batches.noteResponseOverdue(now, BATCH);
				events.responseOverdue(claim.due().stream()
					.map(o -> new RequestResponseOverdue(DeskEvents.onceId("response-overdue", o.request().requestId()),
							o.request(), o.responseDue(), o.responseDue()))
					.toList());
				return new int[] { claim.locked(), claim.due().size() };
			});
			total += noted[1];
			if (noted[0] < BATCH) {
				return total;
			}
		}
	}

	/** Takes every step due at {@code now}, one batch per transaction; answers how many. */
	public int escalateDue(Instant now) {
		int total = 0;
		while (true) {
			int[] batch = transactions.execute(tx -> escalateBatch(now));
			total += batch[1];
			if (batch[0] < BATCH) {
				return total;
			}
		}
	}

	/** @return the number of requests claimed and the number of steps taken */
	private int[] escalateBatch(Instant now) {
		EscalationBatch.Claim<EscalationBatch.Due> claim = batches.claimDue(now, BATCH);
		List<EscalationBatch.Due> due = claim.due();
		if (due.isEmpty()) {
			return new int[] { claim.locked(), 0 };
		}
		Map<UUID, ServiceCategory> byId = categories.all().stream()
			.collect(Collectors.toMap(ServiceCategory::id, Function.identity()));
		// many requests share a unit: each unit's lineage is read once, all in one statement
		Map<UUID, List<OrgUnit>> lineages = dispatcher
			.lineages(due.stream().map(r -> r.request().unitId()).collect(Collectors.toSet()));
		List<Taken> taken = new ArrayList<>();
		List<EscalationBatch.Position> positions = new ArrayList<>();
		for (EscalationBatch.Due r : due) {
			EscalationLadder.Climb climb = EscalationLadder.climb(lineages.getOrDefault(r.request().unitId(), List.of()),
					r.ladderHolder(), r.escalateAt(), byId.get(r.categoryId()).responseTime(), now, r.escalationStep());
			UUID holder = r.escalatedToUnitId();
			for (EscalationLadder.Step step : climb.steps()) {
				taken.add(new Taken(r, step, new EscalationBatch.Step(r.request().requestId(), step.unitId(), step.dueAt())));
				holder = step.unitId();
			}
			positions.add(new EscalationBatch.Position(r.request().requestId(), holder,
					r.escalationStep() + climb.steps().size(), climb.nextEscalateAt()));
		}
		Map<EscalationBatch.Step, Long> entries = batches.record(taken.stream().map(Taken::entry).toList());
		batches.escalate(positions);
		dispatcher.notifyUnits("request.escalated", taken.stream()
			.map(t -> new Dispatcher.UnitNotice(t.step().unitId(), t.due().request().number(),
					t.due().request().requestId()))
			.toList());
		events.escalated(taken.stream()
			.map(t -> new RequestEscalated(DeskEvents.entryId(entries.get(t.entry())), t.due().request(),
					t.step().unitId(), t.step().number(), t.step().dueAt()))
			.toList());
		return new int[] { claim.locked(), taken.size() };
	}

	/** One step taken: the request, the rung, and its timeline entry. */
	private record Taken(EscalationBatch.Due due, EscalationLadder.Step step, EscalationBatch.Step entry) {
	}
}
