package org.pomegranate.servicedesk;

import java.util.UUID;

/**
 * What intake answers.
 *
 * @param created {@code false} when an earlier intake with the same idempotency key already
 *                created this request and nothing new was written
 */
public record IntakeReceipt(UUID id, String number, boolean created) {
}
