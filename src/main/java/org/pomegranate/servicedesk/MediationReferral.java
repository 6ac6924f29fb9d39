package org.pomegranate.servicedesk;

import java.util.UUID;

/**
 * A request just referred to mediation, as the mediation case needs it.
 *
 * @param unitId     the unit holding the request
 * @param residentId whom the request answers, {@code null} for an unregistered requester
 */
public record MediationReferral(UUID requestId, String number, UUID unitId, UUID residentId) {
}
