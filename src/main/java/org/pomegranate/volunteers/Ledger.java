package org.pomegranate.volunteers;

import java.util.List;
import java.util.UUID;

/** A volunteer's balance and her ledger lines, newest first. */
public record Ledger(UUID volunteerId, int balance, List<LedgerLine> lines) {
}
