package org.pomegranate.shared.web;

/**
 * Records that a list left the application as a file. Declared here so the one export writer can
 * call it whatever module's list it writes; the privacy module implements it with the audit log.
 */
public interface ExportAudit {

	/**
	 * @param list    which list (RESIDENT, HOUSEHOLD, REQUEST, ...)
	 * @param rows    how many rows the file holds
	 * @param filters the filters as on screen, for the record
	 */
	void exported(String list, long rows, String filters);
}
