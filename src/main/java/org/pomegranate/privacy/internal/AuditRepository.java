package org.pomegranate.privacy.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.UUID;

import org.pomegranate.shared.database.Like;
import org.pomegranate.privacy.AccessSection;
import org.pomegranate.privacy.AuditAction;
import org.pomegranate.privacy.AuditQuery;
import org.pomegranate.privacy.AuditRecord;
import org.pomegranate.privacy.RevealPurpose;
import org.pomegranate.shared.TimeConfiguration;
import org.pomegranate.shared.database.ListTotals;
import org.pomegranate.shared.web.Cursor;
import org.pomegranate.shared.web.PageOf;
import org.pomegranate.shared.web.Slice;
import org.pomegranate.shared.web.Total;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Inserts and reads audit entries. Deliberately has no update or delete. */
@Repository
public class AuditRepository {

	private static final String COLUMNS = """
			select id, occurred_at, actor_name, actor_display, actor_role, action, subject_type, subject_id, resident_id, detail, reason,
			  purpose
			from audit_entry""";

	private final JdbcClient jdbc;

	AuditRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void append(UUID actorId, String actorName, String actorDisplay, String actorRole, AuditAction action,
			String subjectType, UUID subjectId, UUID residentId, String detail, String reason, String purpose) {
		jdbc.sql("""
				insert into audit_entry (actor_id, actor_name, actor_display, actor_role, action, subject_type, subject_id,
				  resident_id, detail, reason, purpose)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(actorId, actorName, actorDisplay, actorRole, action.name(), subjectType, subjectId, residentId,
					truncate(detail), truncate(reason), purpose)
			.update();
	}

	/** One SEARCH entry per resident shown, in one round trip. */
	public void appendSearch(UUID actorId, String actorName, String actorDisplay, String actorRole, String subjectType,
			List<UUID> residents, String detail) {
		jdbc.sql("""
				insert into audit_entry (actor_id, actor_name, actor_display, actor_role, action, subject_type, subject_id,
				  resident_id, detail)
				select ?, ?, ?, ?, 'SEARCH', ?, r, r, ? from unnest(?) as r""")
			.params(actorId, actorName, actorDisplay, actorRole, subjectType, truncate(detail),
					residents.toArray(UUID[]::new))
			.update();
	}

	public List<AuditRecord> forResident(UUID residentId, int limit) {
		return jdbc.sql(COLUMNS + " where resident_id = ? order by occurred_at desc, id desc limit ?")
			.params(residentId, limit).query(this::map).list();
	}

	/**
	 * A page of one section of a resident's access list, newest first, leaving out her own acts;
	 * keyset paging, so that the thousandth page costs what the first does.
	 *
	 * @param before the id of the last entry of the previous page, or {@code null} for the first
	 */
	public List<AuditRecord> accessesOf(UUID residentId, UUID ownAccount, AccessSection section, Long before,
			int limit) {
		List<Object> params = new ArrayList<>(List.of(residentId));
		StringBuilder sql = new StringBuilder(COLUMNS).append(" where resident_id = ?");
		if (ownAccount != null) {
			sql.append(" and actor_id is distinct from ?");
			params.add(ownAccount);
		}
		sql.append(" and ").append(switch (section) {
			case DISCLOSURES -> "action in ('REVEAL', 'EXPORT')";
			case RECORD -> "action not in ('REVEAL', 'EXPORT') and subject_type in ('RESIDENT', 'HOUSEHOLD')";
			case REQUESTS -> "action not in ('REVEAL', 'EXPORT') and subject_type not in ('RESIDENT', 'HOUSEHOLD')";
		});
		if (before != null) {
			sql.append(" and (occurred_at, id) < (select occurred_at, id from audit_entry where id = ?)");
			params.add(before);
		}
		sql.append(" order by occurred_at desc, id desc limit ?");
		params.add(limit);
		return jdbc.sql(sql.toString()).params(params).query(this::map).list();
	}

	public List<java.time.Instant> actsOf(UUID accountId, AuditAction action, java.time.Instant since) {
		return jdbc.sql("select occurred_at from audit_entry where actor_id = ? and action = ? and occurred_at > ? order by occurred_at")
			.params(accountId, action.name(), Timestamp.from(since))
			.query((rs, n) -> rs.getTimestamp(1).toInstant()).list();
	}

	/**
	 * @param units the units of the searcher's subtree, {@code null} for the whole log: an entry belongs to a
	 *              subtree when its actor works there, or its resident lived there, or its household is there
	 * @param after the cursor of the page before: newest first by keyset on (occurred_at, id), so that a
	 *              page deep in millions of entries reads its fifty rows and no more
	 */
	public Slice<AuditRecord> search(AuditQuery q, UUID[] units, String after, int size, boolean exact) {
		List<String> where = new ArrayList<>();
		List<Object> params = new ArrayList<>();
		if (units != null) {
			where.add("""
					(actor_id in (select a.id from account a where a.org_unit_id = any(?))
					 or resident_id in (select r.resident_id from residence r join household h on h.id = r.household_id
					     join building b on b.id = h.building_id where b.grid_id = any(?) or b.compound_id in
					     (select c.id from compound c where c.community_id = any(?)))
					 or (subject_type = 'HOUSEHOLD' and subject_id in (select h.id from household h
					     join building b on b.id = h.building_id where b.grid_id = any(?))))""");
			params.add(units);
			params.add(units);
			params.add(units);
			params.add(units);
		}
		if (q.actor() != null && !q.actor().isBlank()) {
			where.add("actor_name ilike ?");
			params.add(Like.containing(q.actor().trim()));
		}
		if (q.action() != null) {
			where.add("action = ?");
			params.add(q.action().name());
		}
		if (q.residentId() != null) {
			where.add("resident_id = ?");
			params.add(q.residentId());
		}
		if (q.from() != null) {
			where.add("occurred_at >= ?");
			params.add(Timestamp.from(q.from().atStartOfDay(TimeConfiguration.DISPLAY_ZONE).toInstant()));
		}
		if (q.to() != null) {
			where.add("occurred_at < ?");
			params.add(Timestamp.from(q.to().plusDays(1).atStartOfDay(TimeConfiguration.DISPLAY_ZONE).toInstant()));
		}
		String filter = where.isEmpty() ? "" : " where " + String.join(" and ", where);
		Map<String, Object> named = new LinkedHashMap<>();
		for (int i = 0; i < params.size(); i++) {
			named.put("p" + i, params.get(i));
		}
		filter = numbered(filter);
		Total total = ListTotals.of(jdbc, "from audit_entry" + filter, named, exact);
		int pageSize = PageOf.clampSize(size);
		Key key = after == null ? null : Cursor.decode(after, "after", "audit", 4, Key::read);
		String seek = "";
		if (key != null) {
			// the first condition is the index's (occurred_at); the row comparison settles ties by id
			seek = (filter.isEmpty() ? " where " : " and ")
					+ "occurred_at <= :kAt and (occurred_at, id) < (:kAt, :kId)";
			named.put("kAt", Timestamp.from(key.at()));
			named.put("kId", key.id());
		}
		named.put("limit", pageSize + 1);
		List<AuditRecord> rows = jdbc.sql(COLUMNS + filter + seek + " order by occurred_at desc, id desc limit :limit")
			.params(named).query(this::map).list();
		long from = key == null ? 1 : key.from();
		return Slice.of(rows, pageSize, from, total,
				last -> Cursor.encode("audit", last.occurredAt(), last.id(), from + pageSize));
	}

	/** The positional {@code ?} of the filter as named {@code :p0, :p1…}, for the count and the page alike. */
	private static String numbered(String filter) {
		StringBuilder out = new StringBuilder();
		int n = 0;
		for (char c : filter.toCharArray()) {
			if (c == '?') {
				out.append(":p").append(n++);
			}
			else {
				out.append(c);
			}
		}
		return out.toString();
	}

	/** Where a page of the log ended. */
	private record Key(java.time.Instant at, long id, long from) {
		static Key read(List<String> p) {
			long from = Long.parseLong(p.get(3));
			if (from < 1) {
				throw new IllegalArgumentException("position");
			}
			return new Key(java.time.Instant.parse(p.get(1)), Long.parseLong(p.get(2)), from);
		}
	}

	private static String truncate(String text) {
		return text == null || text.length() <= 500 ? text : text.substring(0, 500);
	}

	private AuditRecord map(ResultSet rs, int n) throws SQLException {
		return new AuditRecord(rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(), rs.getString("actor_name"),
				rs.getString("actor_display"), rs.getString("actor_role"), AuditAction.valueOf(rs.getString("action")), rs.getString("subject_type"),
				rs.getObject("subject_id", UUID.class), rs.getObject("resident_id", UUID.class), rs.getString("detail"),
				rs.getString("reason"), rs.getString("purpose") == null ? null : RevealPurpose.valueOf(rs.getString("purpose")));
	}
}
