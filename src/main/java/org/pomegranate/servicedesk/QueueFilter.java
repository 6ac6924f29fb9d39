package org.pomegranate.servicedesk;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Which requests a queue shows. Overdue requests come first, then the nearest deadline.
 *
 * @param mine     only those assigned to the caller; otherwise everything in the caller's scope
 * @param status   {@code null} for every open status
 * @param from     submitted on or after this day (display zone), if given
 * @param to       submitted on or before this day, if given
 */
public record QueueFilter(boolean mine, RequestStatus status, UUID categoryId, Tier tier, Channel channel,
		LocalDate from, LocalDate to) {

	public static QueueFilter myOpenRequests() {
		return new QueueFilter(true, null, null, null, null, null, null);
	}

	public static QueueFilter openInScope() {
		return new QueueFilter(false, null, null, null, null, null, null);
	}
}
