package org.pomegranate.evaluation.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.pomegranate.servicedesk.RequestSnapshot;

/**
 * Who held a request when a figure was earned: the unit (with its path from the root) and the
 * worker, if one was assigned.
 */
public record Holder(UUID unitId, String path, UUID workerId) {

	/** The unit-row key of a worker-less figure. */
	public static final UUID NO_WORKER = new UUID(0, 0);

	public static Holder of(RequestSnapshot s) {
		return new Holder(s.unitId(), s.unitPath(), s.workerId());
	}

	/** The unit and all its ancestors, root first: every one of them is credited. */
	public List<UUID> unitAndAncestors() {
		List<UUID> ids = new ArrayList<>();
		for (String part : path.split("/")) {
			if (!part.isEmpty()) {
				ids.add(UUID.fromString(part));
			}
		}
		if (ids.isEmpty() || !ids.get(ids.size() - 1).equals(unitId)) {
			ids.add(unitId);
		}
		return ids;
	}
}
