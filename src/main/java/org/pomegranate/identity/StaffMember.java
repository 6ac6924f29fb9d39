package org.pomegranate.identity;

import java.util.List;
import java.util.UUID;

/** A staff account as shown on a unit page: who, which role, which languages they speak. */
public record StaffMember(UUID accountId, String displayName, Role role, UUID orgUnitId, List<String> languages) {
}
