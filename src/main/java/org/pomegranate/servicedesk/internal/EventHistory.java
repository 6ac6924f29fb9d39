package org.pomegranate.servicedesk.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.pomegranate.servicedesk.RequestClosed;
import org.pomegranate.servicedesk.RequestEscalated;
import org.pomegranate.servicedesk.RequestFirstResponded;
import org.pomegranate.servicedesk.RequestRated;
import org.pomegranate.servicedesk.RequestReopened;
import org.pomegranate.servicedesk.RequestResolved;
import org.pomegranate.servicedesk.RequestResponseOverdue;
import org.pomegranate.servicedesk.RequestSnapshot;
import org.pomegranate.servicedesk.RequestSubmitted;
import org.pomegranate.servicedesk.RequestTransferred;
import org.pomegranate.servicedesk.ResolutionAnswer;
import org.pomegranate.servicedesk.RevisitDone;
import org.pomegranate.servicedesk.SatisfactionAnswer;
import org.pomegranate.servicedesk.ServiceRequestEvent;
import org.pomegranate.servicedesk.Tier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The events of the past, read back from the timelines: the same facts, with the same ids and
 * holders, that {@link DeskEvents} published when the acts happened. Entries written before
 * timelines kept their holder fall back to the request's present holder.
 */
@Repository
public class EventHistory {

	private static final String ENTRIES = """
			select e.id, e.request_id, e.occurred_at, e.kind, e.unit_id, e.related_number, e.due_at,
			       coalesce(e.holder_unit_id, r.unit_id) as holder_unit,
			       case when e.holder_unit_id is null then r.assignee_id else e.holder_worker_id end as holder_worker,
			       coalesce(e.resolve_due, r.resolve_due) as resolve_due, hu.path, r.number, r.response_due,
			       r.first_response_at, r.response_overdue_noted, c.code, c.tier
			from service_request_event e
			join service_request r on r.id = e.request_id
			join service_category c on c.id = r.category_id
			join org_unit hu on hu.id = coalesce(e.holder_unit_id, r.unit_id)
			where e.request_id = any(?)
			order by e.request_id, e.id""";

	private final JdbcClient jdbc;

	EventHistory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The ids of up to {@code limit} requests after {@code after} (null: from the start), in id order. */
	public List<UUID> requestIds(UUID after, int limit) {
		return jdbc.sql("select id from service_request where id > coalesce(?, '00000000-0000-0000-0000-000000000000'::uuid) "
				+ "order by id limit ?").params(after, limit).query(UUID.class).list();
	}

	/** Every event of these requests, request by request, each request's in the order they happened. */
	public List<ServiceRequestEvent> eventsOf(List<UUID> requestIds) {
		Map<UUID, List<Entry>> byRequest = new LinkedHashMap<>();
		jdbc.sql(ENTRIES).param(requestIds.toArray(UUID[]::new)).query(EventHistory::entry).list()
			.forEach(e -> byRequest.computeIfAbsent(e.snapshot.requestId(), k -> new ArrayList<>()).add(e));
		List<ServiceRequestEvent> events = new ArrayList<>();
		byRequest.values().forEach(entries -> events.addAll(eventsOfOne(entries)));
		return events;
	}

	private static List<ServiceRequestEvent> eventsOfOne(List<Entry> entries) {
		List<ServiceRequestEvent> events = new ArrayList<>();
		Entry first = entries.get(0);
		UUID id = first.snapshot.requestId();
		if (first.overdueNoted) {
			// the holder when the deadline passed: after the last act at or before it
			Entry atDeadline = first;
			for (Entry e : entries) {
				if (!e.at.isAfter(first.responseDue)) {
					atDeadline = e;
				}
			}
			events.add(new RequestResponseOverdue(DeskEvents.onceId("response-overdue", id), atDeadline.snapshot,
					first.responseDue, first.responseDue));
		}
		boolean responded = false;
		boolean rated = false;
		int steps = 0;
		UUID holder = first.snapshot.unitId();
		for (Entry e : entries) {
			UUID eventId = DeskEvents.entryId(e.id);
			switch (e.kind) {
				case "SUBMITTED" -> events.add(new RequestSubmitted(eventId, e.snapshot, e.responseDue, e.resolveDue, e.at));
				case "ACCEPTED", "MERGED", "REJECTED" -> {
					if (!responded && e.firstResponseAt != null) {
						responded = true;
						events.add(new RequestFirstResponded(DeskEvents.onceId("first-response", id), e.snapshot,
								e.responseDue, !e.at.isAfter(e.responseDue), e.at));
					}
				}
				case "RESOLVED" -> events.add(new RequestResolved(eventId, e.snapshot, e.resolveDue,
						!e.at.isAfter(e.resolveDue), e.at));
				case "RATED" -> {
					String[] answers = e.related.split(" ");
					events.add(new RequestRated(eventId, e.snapshot, ResolutionAnswer.valueOf(answers[0]),
							SatisfactionAnswer.valueOf(answers[1]), !rated, e.at));
					events.add(new RequestClosed(DeskEvents.onceId("closed", id), e.snapshot, true, e.at));
					rated = true;
				}
				case "CLOSED_UNRATED" -> events.add(new RequestClosed(DeskEvents.onceId("closed", id), e.snapshot, false,
						e.at));
				case "ESCALATED" -> events.add(new RequestEscalated(eventId, e.snapshot, e.unitId, ++steps,
						e.dueAt == null ? e.at : e.dueAt));
				case "TRANSFERRED" -> events.add(new RequestTransferred(eventId, e.snapshot, holder, e.at));
				case "REOPENED" -> events.add(new RequestReopened(eventId, e.snapshot, e.resolveDue, e.at));
				case "REVISITED" -> events.add(new RevisitDone(eventId, e.snapshot,
						e.related == null ? null : SatisfactionAnswer.valueOf(e.related), e.at));
				default -> {
					// routing, assignment, notes, files: not facts anyone is evaluated on
				}
			}
			holder = e.snapshot.unitId();
		}
		return events;
	}

	private record Entry(long id, Instant at, String kind, UUID unitId, String related, Instant dueAt,
			RequestSnapshot snapshot, Instant resolveDue, Instant responseDue, Instant firstResponseAt,
			boolean overdueNoted) {
	}

	private static Entry entry(ResultSet rs, int n) throws SQLException {
		RequestSnapshot snapshot = new RequestSnapshot(rs.getObject("request_id", UUID.class), rs.getString("number"),
				rs.getObject("holder_unit", UUID.class), rs.getString("path"), rs.getObject("holder_worker", UUID.class),
				rs.getString("code"), Tier.valueOf(rs.getString("tier")));
		return new Entry(rs.getLong("id"), instant(rs, "occurred_at"), rs.getString("kind"),
				rs.getObject("unit_id", UUID.class), rs.getString("related_number"), instant(rs, "due_at"), snapshot,
				instant(rs, "resolve_due"), instant(rs, "response_due"), instant(rs, "first_response_at"),
				rs.getBoolean("response_overdue_noted"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp t = rs.getTimestamp(column);
		return t == null ? null : t.toInstant();
	}
}
