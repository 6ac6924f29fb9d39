package org.pomegranate.privacy;

/**
 * The parts of a resident's access list, each paged on its own so that no kind of access can push
 * another out of sight: what was shown in full or exported comes first, then views of her registry
 * record, then staff work on her service requests.
 */
public enum AccessSection {
	/** Reveals of a masked value and exports of her data: the weightiest, shown at the top. */
	DISCLOSURES,
	/** Views, searches and changes of her registry record and her household. */
	RECORD,
	/** Staff views of her service requests, their files and her rights requests. */
	REQUESTS
}
