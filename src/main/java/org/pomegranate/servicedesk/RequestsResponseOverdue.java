package org.pomegranate.servicedesk;

import java.util.List;

/**
 * The response deadlines one sweep of the SLA clock found passed unanswered, in one transaction,
 * published as one event (see {@link RequestsEscalated} for why). Each keeps the id of its
 * {@link RequestResponseOverdue}, so a listener applies each one once.
 */
public record RequestsResponseOverdue(List<RequestResponseOverdue> deadlines) {
}
