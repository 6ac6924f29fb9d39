package org.pomegranate.integrity.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.pomegranate.integrity.Finding;
import org.pomegranate.integrity.Finding.Kind;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Reads the chained records with the hash the database recomputes from each entry's canonical
 * content (the same SQL functions that wrote them, from migration V30), in chain order, streamed.
 * The tables belong to the service desk (timelines, ratings) and privacy (audit log); this module
 * only reads them.
 */
@Repository
public class ChainedRecords {

	private static final String TIMELINES = """
			select r.number as chain, e.id, e.chain_seq, e.prev_hash, e.hash,
			       integrity_hash(e.prev_hash, service_request_event_canonical(e)) as recomputed, e.occurred_at
			from service_request_event e join service_request r on r.id = e.request_id
			order by e.request_id, e.chain_seq, e.id""";

	private static final String AUDIT = """
			select 'audit-' || a.chain_id as chain, a.id, a.chain_seq, a.prev_hash, a.hash,
			       integrity_hash(a.prev_hash, audit_entry_canonical(a)) as recomputed, a.occurred_at
			from audit_entry a order by a.chain_id, a.chain_seq, a.id""";

	/** A rating on the request that is not the one on its chained timeline. */
	private static final String RATINGS = """
			select r.id, r.number from service_request r
			where r.rated_at is not null and not exists (
			    select 1 from service_request_event e where e.request_id = r.id and e.kind = 'RATED'
			      and e.related_number = r.resolution_answer || ' ' || r.satisfaction_answer
			      and e.note is not distinct from r.rating_comment)
			order by r.number""";

	/** Every anchor with the hash its chain has at the anchored place today. */
	private static final String ANCHORS = """
			select a.chain, a.day, a.seq, a.hash, a.seal, r.number as label,
			       (select e.hash from service_request_event e
			        where e.request_id = r.id and e.chain_seq = a.seq) as hash_now
			from integrity_anchor a join service_request r on r.id = substr(a.chain, 9)::uuid
			where a.chain like 'request:%'
			union all
			select a.chain, a.day, a.seq, a.hash, a.seal, a.chain,
			       (select e.hash from audit_entry e
			        where e.chain_id = substr(a.chain, 7)::smallint and e.chain_seq = a.seq)
			from integrity_anchor a where a.chain like 'audit-%'
			order by 1, 2""";

	private final JdbcTemplate streaming;

	ChainedRecords(DataSource dataSource) {
		// rows stream from a cursor (inside the caller's transaction) instead of all being loaded at once
		this.streaming = new JdbcTemplate(dataSource);
		this.streaming.setFetchSize(2000);
	}

	/** Request timelines: one chain per request, named by its number. */
	public void timelines(Consumer<ChainWalker.Entry> each) {
		streaming.query(TIMELINES, rs -> {
			each.accept(entry(rs));
		});
	}

	/** The audit log: chains {@code audit-0} … {@code audit-15}. */
	public void auditLog(Consumer<ChainWalker.Entry> each) {
		streaming.query(AUDIT, rs -> {
			each.accept(entry(rs));
		});
	}

	public void ratings(Consumer<Finding> findings) {
		streaming.query(RATINGS, rs -> {
			findings.accept(new Finding(Kind.RATING_EDITED, rs.getString("number"), null, null,
					"the rating of request " + rs.getString("number") + " is not the one on its timeline"));
		});
	}

	/** An anchor as stored, with the hash at its place now ({@code null} when that entry is gone). */
	public record Anchor(String chain, LocalDate day, long seq, String hash, String seal, String label, String hashNow) {

		/** What the seal covers. */
		public String sealed() {
			return DailyAnchors.sealed(chain, day, seq, hash);
		}
	}

	public long anchors(Consumer<Anchor> each) {
		long[] n = { 0 };
		streaming.query(ANCHORS, rs -> {
			n[0]++;
			each.accept(new Anchor(rs.getString("chain"), rs.getObject("day", LocalDate.class), rs.getLong("seq"),
					rs.getString("hash"), rs.getString("seal"), rs.getString("label"), rs.getString("hash_now")));
		});
		return n[0];
	}

	private static ChainWalker.Entry entry(ResultSet rs) throws SQLException {
		return new ChainWalker.Entry(rs.getString("chain"), rs.getLong("id"), rs.getLong("chain_seq"),
				rs.getString("prev_hash"), rs.getString("hash"), rs.getString("recomputed"),
				rs.getTimestamp("occurred_at").toInstant());
	}
}
