package org.pomegranate.pairing.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.pomegranate.notifications.Notifications;
import org.pomegranate.shared.TimeConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Once an hour: the owner of every active pair with no visit for 60 days is reminded, once per lapse.
 * The claim marks the pair reminded for its last visit date in the statement that picks it, skipping
 * rows another instance holds, and the notification is written in the same transaction: exactly one
 * reminder, however many instances run. A new visit starts a new lapse.
 */
@Component
public class LapseReminders {

	private static final Logger log = LoggerFactory.getLogger(LapseReminders.class);
	static final int BATCH = 100;

	private final PairRepository pairs;
	private final Notifications notifications;
	private final TransactionTemplate transactions;
	private final Clock clock;
	private final boolean enabled;

	LapseReminders(PairRepository pairs, Notifications notifications, TransactionTemplate transactions, Clock clock,
			@Value("${pomegranate.pairing.reminders.enabled:true}") boolean enabled) {
		this.pairs = pairs;
		this.notifications = notifications;
		this.transactions = transactions;
		this.clock = clock;
		this.enabled = enabled;
	}

	@Scheduled(initialDelayString = "PT30S", fixedDelayString = "${pomegranate.pairing.reminders.interval:PT1H}")
	void tick() {
		if (enabled) {
			int sent = remindLapsed(LocalDate.now(clock.withZone(TimeConfiguration.DISPLAY_ZONE)));
			if (sent > 0) {
				log.info("Pairing: {} reminder(s) of pairs without a visit for 60 days", sent);
			}
		}
	}

	/** Reminds the owners of every pair lapsed on {@code today}; answers how many. */
	public int remindLapsed(LocalDate today) {
		int total = 0;
		while (true) {
			Integer batch = transactions.execute(tx -> {
				List<PairRepository.Lapse> lapses = pairs.claimLapses(today, BATCH);
				lapses.forEach(l -> notifications.send(List.of(l.ownerAccountId()), "pairing.lapse",
						List.of(l.since().toString()), "/pairs/" + l.pairId()));
				return lapses.size();
			});
			total += batch;
			if (batch < BATCH) {
				return total;
			}
		}
	}
}
