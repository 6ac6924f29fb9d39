package org.pomegranate.evaluation;

import org.pomegranate.evaluation.internal.EventApplier;
import org.pomegranate.identity.IdentityManagement;
import org.pomegranate.identity.Role;
import org.pomegranate.servicedesk.ServiceDeskEvents;
import org.pomegranate.shared.web.ForbiddenException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recomputes every rollup from the service desk's timelines, as if every event arrived again:
 * after a fix to the rules, or to check the rollups. One transaction: readers see the old figures
 * until the new ones are complete.
 */
@Service
public class EvaluationRebuild {

	private static final Logger log = LoggerFactory.getLogger(EvaluationRebuild.class);

	private final EventApplier applier;
	private final ServiceDeskEvents events;
	private final IdentityManagement identity;

	EvaluationRebuild(EventApplier applier, ServiceDeskEvents events, IdentityManagement identity) {
		this.applier = applier;
		this.events = events;
		this.identity = identity;
	}

	/** The administrator's rebuild (the button on the admin page). */
	@Transactional
	public int rebuildAsAdministrator() {
		if (identity.currentUser().role() != Role.SYSTEM_ADMIN) {
			throw new ForbiddenException("administrators only");
		}
		return rebuild();
	}

	/**
	 * The rebuild itself, for start-up commands and tests: answers how many events were applied.
	 */
	@Transactional
	public int rebuild() {
		long started = System.nanoTime();
		applier.clear();
		int[] count = { 0 };
		events.replay(batch -> {
			applier.applyHistory(batch);
			count[0] += batch.size();
		});
		log.info("Evaluation rebuilt from {} events in {} ms", count[0], (System.nanoTime() - started) / 1_000_000);
		return count[0];
	}
}
