package org.pomegranate.integrity.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.pomegranate.privacy.FieldCipher;
import org.pomegranate.shared.TimeConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Seals, for every chain that has entries by the end of a day (Asia/Shanghai), the hash it had
 * then: one anchor row per chain and day. The seal is a keyed HMAC the database cannot make, so
 * a chain rewritten and re-hashed inside the database no longer passes through its anchors.
 * Runs a minute after start and then every hour on every instance, catching up on the last
 * week: the first instance to claim a day (a row in {@code integrity_anchor_day}) anchors it, the
 * others skip it.
 */
@Component
public class DailyAnchors {

	private static final Logger log = LoggerFactory.getLogger(DailyAnchors.class);
	private static final int CATCH_UP_DAYS = 7;

	private final JdbcClient jdbc;
	private final FieldCipher cipher;
	private final Clock clock;
	private final boolean enabled;

	DailyAnchors(JdbcClient jdbc, FieldCipher cipher, Clock clock,
			@Value("${pomegranate.integrity.anchors.enabled:true}") boolean enabled) {
		this.jdbc = jdbc;
		this.cipher = cipher;
		this.clock = clock;
		this.enabled = enabled;
	}

	static String sealed(String chain, LocalDate day, long seq, String hash) {
		return chain + "|" + day + "|" + seq + "|" + hash;
	}

	/** A minute after start (catching up after downtime), then every hour. */
	@Scheduled(initialDelayString = "PT1M", fixedDelayString = "PT1H")
	void hourly() {
		if (!enabled) {
			return;
		}
		LocalDate today = LocalDate.now(clock.withZone(TimeConfiguration.DISPLAY_ZONE));
		for (int back = CATCH_UP_DAYS; back >= 1; back--) {
			anchor(today.minusDays(back));
		}
	}

	/** Anchors the chains at the end of {@code day}, unless an instance has already; returns how many anchors it wrote. */
	@Transactional
	public int anchor(LocalDate day) {
		if (jdbc.sql("insert into integrity_anchor_day (day) values (?) on conflict do nothing").param(day).update() == 0) {
			return 0;
		}
		Timestamp start = Timestamp.from(day.atStartOfDay(TimeConfiguration.DISPLAY_ZONE).toInstant());
		Timestamp end = Timestamp.from(day.plusDays(1).atStartOfDay(TimeConfiguration.DISPLAY_ZONE).toInstant());
		List<Head> heads = new java.util.ArrayList<>(jdbc.sql("""
				select distinct on (request_id) 'request:' || request_id as chain, chain_seq, hash
				from service_request_event where occurred_at >= ? and occurred_at < ?
				order by request_id, chain_seq desc""")
			.params(start, end).query((rs, n) -> new Head(rs.getString(1), rs.getLong(2), rs.getString(3))).list());
		for (int chain = 0; chain < 16; chain++) {
			// walks back from the head only as far as the day's end
			jdbc.sql("""
					select 'audit-' || chain_id, chain_seq, hash from audit_entry
					where chain_id = ? and occurred_at < ? order by chain_seq desc limit 1""")
				.params(chain, end).query((rs, n) -> new Head(rs.getString(1), rs.getLong(2), rs.getString(3)))
				.optional().ifPresent(heads::add);
		}
		for (Head h : heads) {
			jdbc.sql("insert into integrity_anchor (chain, day, seq, hash, seal) values (?, ?, ?, ?, ?) on conflict do nothing")
				.params(h.chain(), day, h.seq(), h.hash(), cipher.anchorSeal(sealed(h.chain(), day, h.seq(), h.hash())))
				.update();
		}
		log.info("Integrity anchors for {}: {} chains", day, heads.size());
		return heads.size();
	}

	private record Head(String chain, long seq, String hash) {
	}
}
