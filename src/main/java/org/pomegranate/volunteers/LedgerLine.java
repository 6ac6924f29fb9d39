package org.pomegranate.volunteers;

import java.time.Instant;
import java.util.UUID;

/**
 * One line of a volunteer's points ledger: earned for hours ({@code HOURS}), for a completed shift
 * ({@code SHIFT}), or spent on a recognition ({@code REDEMPTION}, negative).
 */
public record LedgerLine(UUID id, String kind, int points, UUID hoursId, String recognition, Instant at) {
}
