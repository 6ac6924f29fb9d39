package org.pomegranate.privacy;

/** What was done to personal data. */
public enum AuditAction {
	VIEW, SEARCH, CREATE, UPDATE, REVEAL, MOVE, END_RESIDENCE,
	/** A record created by loading a file, not typed in by staff. */
	IMPORT,
	/** A list written to a file for staff to take away; the detail names how many rows. */
	EXPORT
}
