package org.pomegranate.servicedesk;

import java.util.List;

/**
 * The steps one tick of the SLA clock took in one transaction, published as one event: a bad day
 * brings a hundred thousand steps at once, and one publication per step and listener would cost
 * more than the steps themselves. Each step keeps its own {@link RequestEscalated#eventId()}, the
 * same one a rebuild from the timeline yields ({@link ServiceDeskEvents#replay}), so a listener
 * applies every step once however often the batch arrives.
 */
public record RequestsEscalated(List<RequestEscalated> steps) {
}
