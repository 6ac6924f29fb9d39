package org.pomegranate.servicedesk;

import java.io.Serializable;
import java.util.UUID;

/**
 * What intake answers.
 *
 * @param created {@code false} when an earlier intake with the same idempotency key already
 *                created this request and nothing new was written
 * Serializable: the portal hands it to the next page in the session, which is kept in the database.
 */
public record IntakeReceipt(UUID id, String number, boolean created) implements Serializable {
}
