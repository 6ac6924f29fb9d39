package org.pomegranate.partybuilding;

import java.util.UUID;

/** A new member of a vanguard team: exactly one of a staff account, a volunteer or a registered cadre. */
public record MemberForm(UUID accountId, UUID volunteerId, UUID cadreId) {
}
