package org.pomegranate.privacy;

/** What was done to personal data. */
public enum AuditAction {
	VIEW, SEARCH, CREATE, UPDATE, REVEAL, MOVE, END_RESIDENCE, RETIRE,
	/** A record created by loading a file, not typed in by staff. */
	IMPORT,
	/** Personal data leaving the system in a file (a staff export; a resident's own download is hers). */
	EXPORT,
	/** Someone tried to register an ID number that a resident outside their scope holds. */
	ID_NUMBER_PROBE
}
