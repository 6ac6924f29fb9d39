package org.pomegranate.evaluation.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.pomegranate.servicedesk.ServiceRequestEvent;
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

	EventApplier(FactRepository facts, RollupRepository rollups, JdbcTemplate jdbc) {
		this.facts = facts;
		this.rollups = rollups;
		this.jdbc = jdbc;
	}

	/**
	 * Applies one event, unless it was applied before: its id is inserted first, in the same
	 * transaction, so an event delivered twice (or by two instances at once) counts once.
	 *
	 * @return whether it was applied now
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public boolean apply(ServiceRequestEvent event) {
		if (!facts.firstTime(event.eventId())) {
			return false;
		}
		Tally tally = new Tally();
		Volumes.countInto(tally, event);
		if (RequestFact.matters(event)) {
			RequestFact before = facts.lock(RequestFact.empty(event)).orElseThrow();
			RequestFact after = before.apply(event);
			if (!after.equals(before)) {
				before.countInto(tally, -1);
				after.countInto(tally, 1);
				facts.save(List.of(after));
			}
		}
		rollups.add(tally);
		return true;
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
