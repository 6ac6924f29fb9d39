package org.pomegranate.registry;

import java.util.List;

/**
 * One page of a resident search, in (name, id) order.
 *
 * @param items the residents of this page
 * @param next  the opaque cursor to send as {@code after} for the page that follows; {@code null} on the last page
 * @param count how many match: exact unless {@code more}; on the first page only ({@code null} after it)
 * @param more  more than {@code count} match ({@code count} is then the page's size); ask for the exact count
 *              ({@code exactCount}) when it matters
 */
public record ResidentPage(List<ResidentSummary> items, String next, Long count, boolean more) {
}
