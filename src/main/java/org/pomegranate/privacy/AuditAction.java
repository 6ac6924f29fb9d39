package org.pomegranate.privacy;

/** What was done to personal data. */
public enum AuditAction {
	VIEW, SEARCH, CREATE, UPDATE, REVEAL, MOVE, END_RESIDENCE, RETIRE
}
