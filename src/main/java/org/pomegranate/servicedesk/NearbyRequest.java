package org.pomegranate.servicedesk;

import java.time.Instant;
import java.util.UUID;

/**
 * An open request in the same building and category as one about to be sent: shown so a neighbour
 * can follow it instead of reporting the same thing twice. Never who sent it, nor its number.
 */
public record NearbyRequest(UUID id, UUID categoryId, String firstLine, Instant submittedAt, RequestStatus status) {
}
