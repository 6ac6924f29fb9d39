package org.pomegranate.mediation;

import java.util.UUID;

/**
 * One party of a new case: a registered resident by id, or an outside person with the minimum, a
 * name and perhaps a phone (stored encrypted, shown masked).
 */
public record NewParty(PartySide side, UUID residentId, String name, String phone) {
}
