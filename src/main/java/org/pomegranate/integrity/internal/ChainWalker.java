package org.pomegranate.integrity.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

import org.pomegranate.integrity.Finding;
import org.pomegranate.integrity.Finding.Kind;

/**
 * Walks the entries of chains, sorted by chain, place in the chain and id, and names what breaks
 * the chain. Streams: it holds only the entries of one place at a time, so a long audit chain
 * needs no memory.
 */
public class ChainWalker {

	/**
	 * One stored entry. {@code recomputed} is the hash of its content and stored {@code prevHash},
	 * computed by the database's canonical function.
	 */
	public record Entry(String chain, long id, long seq, String prevHash, String hash, String recomputed,
			Instant occurredAt) {

		boolean contentIntact() {
			return hash != null && hash.equals(recomputed);
		}
	}

	private final boolean timeOrdered;
	private final Consumer<Finding> findings;
	private final List<Entry> place = new ArrayList<>();
	private String chain;
	private String prevHash;
	private String prevPrevHash;
	private Long prevId;
	private long expected;
	private Instant latest;
	private long entries;
	private long chains;

	/**
	 * @param timeOrdered whether an entry's time must not be earlier than those before it (true for
	 *                    timelines, written under the request's lock; the audit log's times are
	 *                    transaction start times, which commit in any order)
	 */
	public ChainWalker(boolean timeOrdered, Consumer<Finding> findings) {
		this.timeOrdered = timeOrdered;
		this.findings = findings;
	}

	public void accept(Entry e) {
		entries++;
		if (!e.chain().equals(chain)) {
			resolvePlace(null);
			chain = e.chain();
			chains++;
			prevHash = null;
			prevPrevHash = null;
			prevId = null;
			expected = 1;
			latest = null;
		}
		else if (!place.isEmpty() && place.get(0).seq() != e.seq()) {
			resolvePlace(e.prevHash());
		}
		place.add(e);
	}

	/** Call after the last entry. */
	public void finish() {
		resolvePlace(null);
	}

	public long entries() {
		return entries;
	}

	public long chains() {
		return chains;
	}

	/** Several entries claim one place: the genuine one is what the next entry points to, or what fits the previous. */
	private void resolvePlace(String nextPrevHash) {
		if (place.isEmpty()) {
			return;
		}
		Entry genuine = place.stream().filter(e -> nextPrevHash != null && nextPrevHash.equals(e.hash())).findFirst()
			.or(() -> place.stream().filter(e -> Objects.equals(e.prevHash(), prevHash) && e.contentIntact()).findFirst())
			.orElse(place.get(0));
		for (Entry other : place) {
			if (other != genuine) {
				report(Kind.INSERTED, other.id(), other.seq(), "entry " + other.id() + " takes place " + other.seq()
						+ " of the chain, which belongs to entry " + genuine.id());
			}
		}
		place.clear();
		check(genuine);
	}

	private void check(Entry e) {
		if (e.seq() > expected) {
			report(Kind.DELETED, null, expected, (e.seq() - expected) + " entr" + (e.seq() - expected == 1 ? "y" : "ies")
					+ " missing before entry " + e.id() + " (places " + expected + "–" + (e.seq() - 1) + ")");
		}
		else if (!Objects.equals(e.prevHash(), prevHash) && prevId != null && e.prevHash() != null
				&& e.prevHash().equals(prevPrevHash)) {
			// this entry was written right after the one before the previous: the previous was slipped in
			report(Kind.INSERTED, prevId, e.seq() - 1,
					"entry " + prevId + " stands between two entries that were written one after the other");
		}
		else if (!Objects.equals(e.prevHash(), prevHash) && e.contentIntact() && prevId != null) {
			report(Kind.EDITED, prevId, e.seq() - 1,
					"entry " + prevId + " has a hash other than the one entry " + e.id() + " recorded after it");
		}
		boolean early = timeOrdered && latest != null && e.occurredAt().isBefore(latest);
		if (early) {
			report(Kind.BACKDATED, e.id(), e.seq(),
					"entry " + e.id() + " is dated " + e.occurredAt() + ", before an earlier entry (" + latest + ")");
		}
		else if (!e.contentIntact()) {
			report(Kind.EDITED, e.id(), e.seq(), "entry " + e.id() + " no longer matches its hash");
		}
		prevPrevHash = prevHash;
		prevHash = e.hash();
		prevId = e.id();
		expected = e.seq() + 1;
		latest = latest == null || e.occurredAt().isAfter(latest) ? e.occurredAt() : latest;
	}

	private void report(Kind kind, Long id, long seq, String detail) {
		findings.accept(new Finding(kind, chain, id, seq, detail));
	}
}
