package org.pomegranate.servicedesk;

import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import org.pomegranate.servicedesk.internal.EventHistory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The service desk's events read back from the timelines, for a listener that rebuilds what it
 * keeps from scratch. Replayed events carry the ids, holders and times they had when published.
 */
@Service
@Transactional(readOnly = true)
public class ServiceDeskEvents {

	private static final int BATCH = 500;

	private final EventHistory history;

	ServiceDeskEvents(EventHistory history) {
		this.history = history;
	}

	/** Every event ever published, request by request, in batches of whole requests. */
	public void replay(Consumer<List<ServiceRequestEvent>> batch) {
		UUID after = null;
		while (true) {
			List<UUID> ids = history.requestIds(after, BATCH);
			if (ids.isEmpty()) {
				return;
			}
			batch.accept(history.eventsOf(ids));
			after = ids.get(ids.size() - 1);
		}
	}
}
