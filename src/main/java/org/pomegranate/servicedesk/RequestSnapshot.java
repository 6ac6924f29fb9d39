package org.pomegranate.servicedesk;

import java.util.UUID;

/**
 * A request as it stood just after an act: who held it (the unit and the worker it was assigned to),
 * where that unit sits in the tree, and what kind of request it is. Evaluations credit the holder of
 * that moment, so a later transfer does not move figures already earned.
 *
 * @param unitPath the holder unit's ids from the root down, as {@code /id/id/.../}
 * @param workerId the assigned worker, or {@code null} when the unit holds it without one
 */
public record RequestSnapshot(UUID requestId, String number, UUID unitId, String unitPath, UUID workerId,
		String categoryCode, Tier tier) {
}
