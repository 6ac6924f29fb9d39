package org.pomegranate.servicedesk.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.pomegranate.servicedesk.Rating;
import org.pomegranate.servicedesk.RequestClosed;
import org.pomegranate.servicedesk.RequestEscalated;
import org.pomegranate.servicedesk.RequestFirstResponded;
import org.pomegranate.servicedesk.RequestProgressed;
import org.pomegranate.servicedesk.RequestRated;
import org.pomegranate.servicedesk.RequestReopened;
import org.pomegranate.servicedesk.RequestResolved;
import org.pomegranate.servicedesk.RequestResponseOverdue;
import org.pomegranate.servicedesk.RequestSnapshot;
import org.pomegranate.servicedesk.RequestSubmitted;
import org.pomegranate.servicedesk.RequestTransferred;
import org.pomegranate.servicedesk.RequestsEscalated;
import org.pomegranate.servicedesk.RequestsResponseOverdue;
import org.pomegranate.servicedesk.RevisitDone;
import org.pomegranate.servicedesk.SatisfactionAnswer;
import org.pomegranate.servicedesk.Tier;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Publishes the service desk's events inside the act's transaction (the publication registry
 * stores them with the act, so none is lost and none is sent for an act rolled back). Each act
 * calls it once, right after writing its timeline entry; the event's id is named after that entry
 * (or after the request, for facts that happen once per request), so the same fact always has the
 * same id, also when {@link EventHistory} replays it from the timeline.
 */
@Component
public class DeskEvents {

	private final ApplicationEventPublisher publisher;
	private final JdbcClient jdbc;

	DeskEvents(ApplicationEventPublisher publisher, JdbcClient jdbc) {
		this.publisher = publisher;
		this.jdbc = jdbc;
	}

	/** The id of the fact a timeline entry records. */
	public static UUID entryId(long timelineEntry) {
		return UUID.nameUUIDFromBytes(("service_request_event/" + timelineEntry).getBytes(StandardCharsets.UTF_8));
	}

	/** The id of a fact that happens at most once for a request (its first response, its closing). */
	public static UUID onceId(String fact, UUID requestId) {
		return UUID.nameUUIDFromBytes((fact + "/" + requestId).getBytes(StandardCharsets.UTF_8));
	}

	/** The intake knows the request it just wrote, so the snapshot is handed in rather than read back. */
	public void submitted(RequestSnapshot request, long entry, Instant responseDue, Instant resolveDue, Instant at) {
		publisher.publishEvent(new RequestSubmitted(entryId(entry), request, responseDue, resolveDue, at));
	}

	public void firstResponded(UUID requestId, Instant responseDue, Instant at) {
		publisher.publishEvent(new RequestFirstResponded(onceId("first-response", requestId), snapshot(requestId),
				responseDue, !at.isAfter(responseDue), at));
	}

	/**
	 * The response deadline passed with no response: told once per request (the flag on its row),
	 * with the holder of now, who is the holder at the deadline as long as every act that could
	 * change the holder first calls this.
	 */
	public void responseOverdue(StoredRequest r) {
		jdbc.sql("update service_request set response_overdue_noted = true where id = ?").param(r.id()).update();
		publisher.publishEvent(new RequestResponseOverdue(onceId("response-overdue", r.id()), snapshot(r.id()),
				r.responseDue(), r.responseDue()));
	}

	/** Whether the response deadline passed unanswered and the evaluation has not been told yet. */
	public boolean responseOverdueUnnoted(StoredRequest r, Instant now) {
		return r.firstResponseAt() == null && r.responseDue().isBefore(now) && !jdbc
			.sql("select response_overdue_noted from service_request where id = ?").param(r.id())
			.query(Boolean.class).single();
	}

	public void resolved(UUID requestId, long entry, Instant resolveDue, Instant at) {
		publisher.publishEvent(new RequestResolved(entryId(entry), snapshot(requestId), resolveDue,
				!at.isAfter(resolveDue), at));
	}

	/** A rating closes the request: two facts, rated and closed. */
	public void rated(UUID requestId, long entry, Rating rating, Instant at) {
		RequestSnapshot snapshot = snapshot(requestId);
		publisher.publishEvent(new RequestRated(entryId(entry), snapshot, rating.resolution(), rating.satisfaction(),
				true, at));
		publisher.publishEvent(new RequestClosed(onceId("closed", requestId), snapshot, true, at));
	}

	public void closedUnrated(UUID requestId, Instant at) {
		publisher.publishEvent(new RequestClosed(onceId("closed", requestId), snapshot(requestId), false, at));
	}

	/**
	 * The steps the SLA clock took in one transaction, as one event: one publication per batch and
	 * listener instead of one per step. Each step is named after its timeline entry, as always.
	 */
	public void escalated(List<RequestEscalated> steps) {
		if (!steps.isEmpty()) {
			publisher.publishEvent(new RequestsEscalated(List.copyOf(steps)));
		}
	}

	/** The response deadlines one sweep of the clock noted, as one event (the flags are set by the sweep). */
	public void responseOverdue(List<RequestResponseOverdue> deadlines) {
		if (!deadlines.isEmpty()) {
			publisher.publishEvent(new RequestsResponseOverdue(List.copyOf(deadlines)));
		}
	}

	public void transferred(UUID requestId, long entry, UUID fromUnitId, Instant at) {
		publisher.publishEvent(new RequestTransferred(entryId(entry), snapshot(requestId), fromUnitId, at));
	}

	public void reopened(UUID requestId, long entry, Instant resolveDue, Instant at) {
		publisher.publishEvent(new RequestReopened(entryId(entry), snapshot(requestId), resolveDue, at));
	}

	public void revisitDone(UUID requestId, long entry, SatisfactionAnswer after, Instant at) {
		publisher.publishEvent(new RevisitDone(entryId(entry), snapshot(requestId), after, at));
	}

	/** A step the resident hears of (the notices are sent after the act commits, by a listener). */
	public void progressed(UUID requestId, long entry, String number, RequestProgressed.Step step, Instant at) {
		publisher.publishEvent(new RequestProgressed(entryId(entry), requestId, number, step, at));
	}

	/** The request as it stands now, inside the act's transaction: just after the act. */
	private RequestSnapshot snapshot(UUID requestId) {
		return jdbc.sql("""
				select r.id, r.number, r.unit_id, u.path, r.assignee_id, c.code, c.tier
				from service_request r
				join org_unit u on u.id = r.unit_id
				join service_category c on c.id = r.category_id
				where r.id = ?""")
			.param(requestId)
			.query((rs, n) -> new RequestSnapshot(rs.getObject("id", UUID.class), rs.getString("number"),
					rs.getObject("unit_id", UUID.class), rs.getString("path"),
					rs.getObject("assignee_id", UUID.class), rs.getString("code"), Tier.valueOf(rs.getString("tier"))))
			.single();
	}
}
