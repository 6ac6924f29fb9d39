package org.pomegranate.evaluation.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.pomegranate.servicedesk.ServiceRequestEvent;
import org.pomegranate.shared.database.TransactionPlans;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies service-desk events to the rollups: one at a time as they come, or all of them again
 * in a rebuild. Both use the same rules ({@link RequestFact}, {@link Volumes}).
 */
@Component
public class EventApplier {

	private final FactRepository facts;
	private final RollupRepository rollups;
	private final JdbcTemplate jdbc;
	private final TransactionPlans plans;

	EventApplier(FactRepository facts, RollupRepository rollups, JdbcTemplate jdbc, TransactionPlans plans) {
		this.facts = facts;
		this.rollups = rollups;
		this.jdbc = jdbc;
		this.plans = plans;
	}

	/**
	 * Applies one event, unless it was applied before: its id is inserted first, in the same
	 * transaction, so an event delivered twice (or by two instances at once) counts once.
	 *
	 * @return whether it was applied now
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public boolean apply(ServiceRequestEvent event) {
		return applyAll(List.of(event)) == 1;
	}

	/**
	 * Applies a batch of events (the SLA clock's steps of one transaction), each unless it was
	 * applied before, with one statement for the ids, one for the facts and one for the rollups
	 * whatever the batch's size.
	 *
	 * @return how many were applied now
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public int applyAll(List<? extends ServiceRequestEvent> events) {
		// every intake's event comes through here: keyed upserts, one plan for all of them
		plans.cached();
		Set<UUID> fresh = facts.firstTimes(events.stream().map(ServiceRequestEvent::eventId).toList());
		List<ServiceRequestEvent> now = new ArrayList<>();
		for (ServiceRequestEvent e : events) {
			// removed once taken: an id the batch holds twice is applied once
			if (fresh.remove(e.eventId())) {
				now.add(e);
			}
		}
		Tally tally = new Tally();
		now.forEach(e -> Volumes.countInto(tally, e));
		List<ServiceRequestEvent> mattering = now.stream().filter(RequestFact::matters).toList();
		if (!mattering.isEmpty()) {
			Map<UUID, RequestFact> empties = new HashMap<>();
			mattering.forEach(e -> empties.putIfAbsent(e.request().requestId(), RequestFact.empty(e)));
			Map<UUID, RequestFact> before = facts.lock(empties.values());
			Map<UUID, RequestFact> after = new HashMap<>(before);
			mattering.forEach(e -> after.computeIfPresent(e.request().requestId(), (id, f) -> f.apply(e)));
			List<RequestFact> changed = new ArrayList<>();
			after.forEach((id, f) -> {
				if (!f.equals(before.get(id))) {
					before.get(id).countInto(tally, -1);
					f.countInto(tally, 1);
					changed.add(f);
				}
			});
			facts.save(changed);
		}
		rollups.add(tally);
		return now.size();
	}

	/**
	 * Forgets every rollup and recomputes it from the given history. The tables are locked for the
	 * rebuild's transaction: events arriving meanwhile wait, then find themselves applied (when the
	 * history held them) or apply on top.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void clear() {
		jdbc.execute("lock table evaluation_applied_event, evaluation_request, evaluation_rollup in exclusive mode");
		jdbc.execute("truncate evaluation_applied_event, evaluation_request, evaluation_rollup");
	}

	/** Applies a batch of whole requests' histories to empty tables (after {@link #clear()}). */
	@Transactional(propagation = Propagation.MANDATORY)
	public void applyHistory(List<ServiceRequestEvent> events) {
		Map<UUID, RequestFact> byRequest = new HashMap<>();
		Tally tally = new Tally();
		for (ServiceRequestEvent e : events) {
			Volumes.countInto(tally, e);
			if (RequestFact.matters(e)) {
				byRequest.merge(e.request().requestId(), RequestFact.empty(e).apply(e), (old, x) -> old.apply(e));
			}
		}
		byRequest.values().forEach(f -> f.countInto(tally, 1));
		facts.save(byRequest.values());
		facts.markApplied(events.stream().map(ServiceRequestEvent::eventId).toList());
		rollups.add(tally);
	}
}
