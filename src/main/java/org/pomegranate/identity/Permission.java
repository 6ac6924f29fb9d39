package org.pomegranate.identity;

/** What a role may do. Granted to Spring Security as authorities of the same name. */
public enum Permission {
	/** See residents and households of one's scope, sensitive fields masked. */
	VIEW_RESIDENTS,
	/** Create and change residents and households of one's scope. */
	EDIT_RESIDENTS,
	/** Reveal one masked field, with a typed reason that is audited. */
	REVEAL_SENSITIVE,
	/** Unlock accounts and reset passwords. */
	MANAGE_ACCOUNTS,
	/**
	 * Search the audit log: all of it for the administrator, the entries of one's own subtree (acts of its staff,
	 * data of its residents and households) for a community head.
	 */
	VIEW_AUDIT,
	/** Browse the organisation tree of one's scope. */
	VIEW_ORGANIZATION,
	/** See the service requests of one's scope, their timelines and revisits. */
	VIEW_REQUESTS,
	/** Take in, accept, resolve, transfer, merge and reject service requests of one's scope. */
	HANDLE_REQUESTS,
	/** Change the service catalogue's deadlines and switch categories on or off. */
	MANAGE_CATALOGUE,
	/**
	 * Create, rename, move and close units of the tree, and keep its places (compounds,
	 * buildings): everywhere for the administrator, within their own subtree for a county officer.
	 */
	MANAGE_ORGANIZATION,
	/**
	 * Review and correct the machine-drafted Tibetan and Mongolian texts of the interface on the translation page:
	 * the administrator and county officers, who know the community reviewers.
	 */
	REVIEW_TRANSLATIONS
}
