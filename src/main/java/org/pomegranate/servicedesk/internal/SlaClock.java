package org.pomegranate.servicedesk.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

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
 */
@Component
public class SlaClock {

	private static final Logger log = LoggerFactory.getLogger(SlaClock.class);
	static final int BATCH = 100;

	private final RequestRepository requests;
	private final CategoryRepository categories;
	private final Timeline timeline;
	private final Dispatcher dispatcher;
	private final DeskEvents events;
	private final TransactionTemplate transactions;
	private final Clock clock;
	private final boolean enabled;

	SlaClock(RequestRepository requests, CategoryRepository categories, Timeline timeline, Dispatcher dispatcher,
			DeskEvents events, TransactionTemplate transactions, Clock clock,
			@Value("${pomegranate.servicedesk.sla-clock.enabled:true}") boolean enabled) {
		this.enabled = enabled;
		this.requests = requests;
		this.categories = categories;
		this.timeline = timeline;
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
			Integer noted = transactions.execute(tx -> {
				List<StoredRequest> due = requests.claimResponseOverdue(now, BATCH);
				due.forEach(events::responseOverdue);
				return due.size();
			});
			total += noted;
			if (noted < BATCH) {
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
		List<StoredRequest> due = requests.claimDue(now, BATCH);
		if (due.isEmpty()) {
			return new int[] { 0, 0 };
		}
		Map<UUID, ServiceCategory> byId = categories.all().stream()
			.collect(Collectors.toMap(ServiceCategory::id, Function.identity()));
		int steps = 0;
		for (StoredRequest r : due) {
			steps += climb(r, byId.get(r.categoryId()), now);
		}
		return new int[] { due.size(), steps };
	}

	private int climb(StoredRequest r, ServiceCategory category, Instant now) {
		EscalationLadder.Climb climb = EscalationLadder.climb(dispatcher.lineage(r.unitId()), r.ladderHolder(),
				r.escalateAt(), category.responseTime(), now, r.escalationStep());
		UUID holder = r.escalatedToUnitId();
		for (EscalationLadder.Step step : climb.steps()) {
			events.escalated(r.id(), timeline.escalated(r.id(), step.unitId(), step.dueAt()), step.unitId(),
					step.number(), step.dueAt());
			dispatcher.notifyHandlers(step.unitId(), null, "request.escalated", r.number(), r.id());
			holder = step.unitId();
		}
		requests.escalate(r.id(), holder, r.escalationStep() + climb.steps().size(), climb.nextEscalateAt());
		return climb.steps().size();
	}
}
