package org.pomegranate.integrity;

/**
 * One thing {@link IntegrityCheck#verify()} found wrong.
 *
 * @param chain   which chain: a request's number, {@code audit-<n>} for the audit log
 * @param entryId the row id of the entry named ({@code null} when it is gone)
 * @param seq     its place in the chain
 * @param detail  in plain words, for the log and the administrator
 */
public record Finding(Kind kind, String chain, Long entryId, Long seq, String detail) {

	/** What was done to the record. */
	public enum Kind {
		/** The entry's content no longer gives its stored hash, or its hash is not what the next entry recorded. */
		EDITED,
		/** Entries are missing between two entries of the chain. */
		DELETED,
		/** An entry that is not part of the chain: its place is held by another entry. */
		INSERTED,
		/** The entry's time is earlier than an entry before it in the chain. */
		BACKDATED,
		/** A request's rating differs from the rating recorded on its chained timeline. */
		RATING_EDITED,
		/** The chain no longer passes through the hash sealed in a daily anchor: history was rewritten. */
		ANCHOR_BROKEN,
		/** A daily anchor's seal is not one the application made. */
		ANCHOR_FORGED
	}
}
