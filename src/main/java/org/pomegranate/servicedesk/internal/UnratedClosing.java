package org.pomegranate.servicedesk.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Resolved requests the resident never rated close by themselves after a while (7 days by
 * default, {@code pomegranate.servicedesk.close-unrated-after}) as closed-not-rated: they leave
 * the rating figures instead of waiting forever. Rows are claimed with {@code FOR UPDATE SKIP
 * LOCKED}, so with several instances each request is closed once.
 */
@Component
public class UnratedClosing {

	private static final Logger log = LoggerFactory.getLogger(UnratedClosing.class);
	static final int BATCH = 100;

	private final JdbcClient jdbc;
	private final Timeline timeline;
	private final DeskEvents events;
	private final TransactionTemplate transactions;
	private final Clock clock;
	private final Duration after;
	private final boolean enabled;

	UnratedClosing(JdbcClient jdbc, Timeline timeline, DeskEvents events, TransactionTemplate transactions, Clock clock,
			@Value("${pomegranate.servicedesk.close-unrated-after:P7D}") Duration after,
			@Value("${pomegranate.servicedesk.sla-clock.enabled:true}") boolean enabled) {
		this.jdbc = jdbc;
		this.timeline = timeline;
		this.events = events;
		this.transactions = transactions;
		this.clock = clock;
		this.after = after;
		this.enabled = enabled;
	}

	@Scheduled(initialDelayString = "${pomegranate.servicedesk.sla-clock.initial-delay:PT5S}",
			fixedDelayString = "${pomegranate.servicedesk.close-unrated-interval:PT10M}")
	void tick() {
		if (!enabled) {
			return;
		}
		int closed = closeDue(clock.instant());
		if (closed > 0) {
			log.info("{} resolved request(s) closed unrated", closed);
		}
	}

	/** Closes every request resolved longer ago than the wait, one batch per transaction; answers how many. */
	public int closeDue(Instant now) {
		int total = 0;
		while (true) {
			Integer closed = transactions.execute(tx -> closeBatch(now));
			total += closed;
			if (closed < BATCH) {
				return total;
			}
		}
	}

	private int closeBatch(Instant now) {
		List<UUID> due = jdbc.sql("""
				select id from service_request where status = 'RESOLVED' and resolved_at <= ?
				order by resolved_at limit ? for update skip locked""")
			.params(java.sql.Timestamp.from(now.minus(after)), BATCH).query(UUID.class).list();
		for (UUID id : due) {
			jdbc.sql("update service_request set status = 'CLOSED', closed_at = ?, escalate_at = null, "
					+ "version = version + 1 where id = ?").params(java.sql.Timestamp.from(now), id).update();
			timeline.record(id, null, "CLOSED_UNRATED", null, null, null);
			events.closedUnrated(id, now);
		}
		return due.size();
	}
}
