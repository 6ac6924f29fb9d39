package org.pomegranate.registry;

import java.util.List;

import org.pomegranate.shared.web.Total;

/**
 * One page of a resident search, in (name, id) order.
 *
 * @param items the residents of this page
 * @param next  the opaque cursor to send as {@code after} for the page that follows; {@code null} on the last page
 * @param total how many match, on the first page only ({@code null} after it): exact when they all fit on the
 *              page or when the exact count was asked for ({@code exactCount}), else "more than" the page's
 *              size, worded as the staff queues word their totals
 */
public record ResidentPage(List<ResidentSummary> items, String next, Total total) {
}
