package org.pomegranate.organization.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every minute, folds the delta rows the triggers wrote into one row per unit, so that a read of
 * the prefecture sums about one row per unit however busy the day was. Folding never changes a
 * sum, so several instances may run it at once (see {@code unit_counts_compact()}).
 */
@Component
class CountCompaction {

	private static final Logger log = LoggerFactory.getLogger(CountCompaction.class);

	private final KeptCounts kept;

	CountCompaction(KeptCounts kept) {
		this.kept = kept;
	}

	@Scheduled(initialDelayString = "PT1M", fixedDelayString = "${pomegranate.unit-counts.compact-interval:PT1M}")
	void tick() {
		int units = kept.compact();
		if (units > 1000) {
			log.info("Unit counts: the changes of {} units folded", units);
		}
	}
}
