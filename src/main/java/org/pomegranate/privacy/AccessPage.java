package org.pomegranate.privacy;

import java.util.List;

/**
 * One page of a resident's access list, newest first.
 *
 * @param nextBefore the cursor for the next (older) page: the id of the last entry shown, or
 *                   {@code null} when there is nothing older
 */
public record AccessPage(AccessSection section, List<AuditRecord> items, Long nextBefore) {
}
