/**
 * Integrity of stored records: verifies the hash chains of request timelines (with their ratings)
 * and of the audit log, seals a daily anchor of every chain, and gives the administrator the
 * verify and key-rotation tools ({@code /admin/integrity}, or the command-line modes).
 */
package org.pomegranate.integrity;
