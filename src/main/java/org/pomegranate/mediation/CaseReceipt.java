package org.pomegranate.mediation;

import java.util.UUID;

/**
 * A case just opened.
 *
 * @param visible whether the person who opened it may read it (a grid worker who refers a request does not)
 */
public record CaseReceipt(UUID id, String number, boolean visible) {
}
