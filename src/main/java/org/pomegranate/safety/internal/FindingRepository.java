package org.pomegranate.safety.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.pomegranate.safety.SafetyModel.Event;
import org.pomegranate.safety.SafetyModel.Finding;
import org.pomegranate.safety.SafetyModel.FindingStatus;
import org.pomegranate.safety.SafetyModel.Photo;
import org.pomegranate.safety.SafetyModel.Progress;
import org.pomegranate.safety.SafetyModel.Severity;
import org.pomegranate.servicedesk.AttachmentFile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Findings, their history and photos. Every change of status is one conditional update that names
 * the status it leaves, so two people acting at once cannot both move the same finding.
 */
@Repository
public class FindingRepository {

	private static final String FINDINGS = """
			select f.*, i.campaign_id, i.place_label, i.unit_id, ci.text item_text
			from safety_finding f join safety_inspection i on i.id = f.inspection_id
			join safety_checklist_item ci on ci.id = f.checklist_item_id""";

	private final JdbcClient jdbc;

	FindingRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void insert(UUID id, UUID inspectionId, UUID itemId, Severity severity, String description, String by,
			Instant at) {
		jdbc.sql("""
				insert into safety_finding (id, inspection_id, checklist_item_id, severity, description, created_at,
				    created_by) values (?, ?, ?, ?, ?, ?, ?)""")
			.params(id, inspectionId, itemId, severity.name(), description, Timestamp.from(at), by).update();
	}

	public Optional<Finding> find(UUID id, UUID[] scope, Instant now) {
		return jdbc.sql(FINDINGS + " where f.id = ? and i.unit_id = any(?)").params(id, scope)
			.query((rs, n) -> map(rs, now)).optional();
	}

	/** Findings in scope by campaign, status and severity, newest first from a keyset cursor. */
	public List<Finding> list(UUID[] scope, UUID campaignId, FindingStatus status, Severity severity,
			boolean overdueOnly, UUID after, int limit, Instant now) {
		return jdbc.sql(FINDINGS + """
				 where i.unit_id = any(:scope)
				  and (cast(:campaign as uuid) is null or i.campaign_id = cast(:campaign as uuid))
				  and (cast(:status as text) is null or f.status = cast(:status as text))
				  and (cast(:severity as text) is null or f.severity = cast(:severity as text))
				  and (not :overdue or (f.status = 'RECTIFYING' and f.deadline < :now))
				  and (cast(:after as uuid) is null or (f.created_at, f.id) < (select created_at, id
				       from safety_finding where id = cast(:after as uuid)))
				order by f.created_at desc, f.id desc limit :limit""")
			.param("scope", scope).param("campaign", campaignId).param("status", status == null ? null : status.name())
			.param("severity", severity == null ? null : severity.name()).param("overdue", overdueOnly)
			.param("now", Timestamp.from(now)).param("after", after).param("limit", limit)
			.query((rs, n) -> map(rs, now)).list();
	}

	public boolean rectify(UUID id, String party, Instant deadline) {
		return jdbc.sql("""
				update safety_finding set status = 'RECTIFYING', responsible_party = ?, deadline = ?
				where id = ? and status = 'OPEN'""").params(party, Timestamp.from(deadline), id).update() == 1;
	}

	public boolean passed(UUID id, Instant at) {
		return jdbc.sql("""
				update safety_finding set status = 'REINSPECTED', rectified_at = ?
				where id = ? and status = 'RECTIFYING'""").params(Timestamp.from(at), id).update() == 1;
	}

	/** A failed re-inspection: a fresh deadline, and a fresh escalation should it pass unmet. */
	public boolean failed(UUID id, Instant deadline) {
		return jdbc.sql("""
				update safety_finding set deadline = ?, escalated_at = null
				where id = ? and status = 'RECTIFYING'""").params(Timestamp.from(deadline), id).update() == 1;
	}

	public boolean close(UUID id, String evidenceNote, Instant at) {
		return jdbc.sql("""
				update safety_finding set status = 'CLOSED', evidence_note = ?, closed_at = ?
				where id = ? and status = 'REINSPECTED'""").params(evidenceNote, Timestamp.from(at), id).update() == 1;
	}

	/**
	 * Claims rectifications past their deadline not yet escalated, marking them escalated in the same
	 * statement: rows another instance holds are skipped, so each is escalated once.
	 */
	public List<Overdue> claimOverdue(Instant now, int limit) {
		return jdbc.sql("""
				update safety_finding f set escalated_at = :now
				from safety_inspection i
				where i.id = f.inspection_id and f.id in (select id from safety_finding where status = 'RECTIFYING'
				  and escalated_at is null and deadline < :now order by deadline limit :limit for update skip locked)
				returning f.id, i.unit_id, i.place_label, f.deadline""")
			.param("now", Timestamp.from(now)).param("limit", limit)
			.query((rs, n) -> new Overdue(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
					rs.getTimestamp(4).toInstant()))
			.list();
	}

	/** An overdue rectification claimed for escalation. */
	public record Overdue(UUID findingId, UUID unitId, String placeLabel, Instant deadline) {
	}

	// ---- history and photos ---------------------------------------------------------------------

	public void event(UUID findingId, Instant at, String kind, String actor, String note) {
		jdbc.sql("insert into safety_finding_event (id, finding_id, at, kind, actor, note) values (?, ?, ?, ?, ?, ?)")
			.params(UUID.randomUUID(), findingId, Timestamp.from(at), kind, actor, note).update();
	}

	public List<Event> history(UUID findingId) {
		return jdbc.sql("select * from safety_finding_event where finding_id = ? order by at, id").param(findingId)
			.query((rs, n) -> new Event(rs.getTimestamp("at").toInstant(), rs.getString("kind"), rs.getString("actor"),
					rs.getString("note")))
			.list();
	}

	public void insertPhoto(UUID findingId, String purpose, AttachmentFile file, String by, Instant at) {
		jdbc.sql("""
				insert into safety_photo (id, finding_id, purpose, file_name, content_type, size_bytes, content,
				    uploaded_at, uploaded_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(UUID.randomUUID(), findingId, purpose, file.fileName(), file.contentType(), file.content().length,
					file.content(), Timestamp.from(at), by)
			.update();
	}

	public List<Photo> photos(UUID findingId) {
		return jdbc.sql("""
				select id, purpose, file_name, content_type, size_bytes from safety_photo where finding_id = ?
				order by uploaded_at, id""").param(findingId)
			.query((rs, n) -> new Photo(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
					rs.getString(4), rs.getInt(5)))
			.list();
	}

	public Optional<AttachmentFile> photo(UUID findingId, UUID photoId) {
		return jdbc.sql("select file_name, content_type, content from safety_photo where finding_id = ? and id = ?")
			.params(findingId, photoId)
			.query((rs, n) -> new AttachmentFile(rs.getString(1), rs.getString(2), rs.getBytes(3))).optional();
	}

	// ---- progress -------------------------------------------------------------------------------

	public Progress progress(UUID campaignId, UUID[] scope, Instant now) {
		long[] tasks = jdbc.sql("""
				select count(*), count(*) filter (where status = 'DONE') from safety_inspection
				where campaign_id = ? and unit_id = any(?)""").params(campaignId, scope)
			.query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2) }).single();
		Map<Severity, Long> bySeverity = new EnumMap<>(Severity.class);
		for (Severity s : Severity.values()) {
			bySeverity.put(s, 0L);
		}
		long[] f = new long[5];
		jdbc.sql("""
				select f.severity, count(*), count(*) filter (where f.status = 'CLOSED'),
				  count(*) filter (where f.rectified_at is not null),
				  count(*) filter (where f.rectified_at is not null and f.rectified_at <= f.deadline),
				  count(*) filter (where f.status = 'RECTIFYING' and f.deadline < ?)
				from safety_finding f join safety_inspection i on i.id = f.inspection_id
				where i.campaign_id = ? and i.unit_id = any(?) group by f.severity""")
			.params(Timestamp.from(now), campaignId, scope).query(rs -> {
				bySeverity.put(Severity.valueOf(rs.getString(1)), rs.getLong(2));
				for (int k = 0; k < 5; k++) {
					f[k] += rs.getLong(k + 2);
				}
			});
		return new Progress(campaignId, tasks[0], tasks[1], bySeverity, f[0], f[1], f[2], f[3], f[4]);
	}

	private Finding map(ResultSet rs, Instant now) throws SQLException {
		FindingStatus status = FindingStatus.valueOf(rs.getString("status"));
		Instant deadline = instant(rs, "deadline");
		return new Finding(rs.getObject("id", UUID.class), rs.getObject("inspection_id", UUID.class),
				rs.getObject("campaign_id", UUID.class), rs.getString("place_label"), rs.getObject("unit_id", UUID.class),
				rs.getObject("checklist_item_id", UUID.class), rs.getString("item_text"),
				Severity.valueOf(rs.getString("severity")), rs.getString("description"), status,
				rs.getString("responsible_party"), deadline, instant(rs, "rectified_at"), rs.getString("evidence_note"),
				instant(rs, "escalated_at"), instant(rs, "closed_at"), rs.getTimestamp("created_at").toInstant(),
				status == FindingStatus.RECTIFYING && deadline != null && deadline.isBefore(now), List.of(), List.of());
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp t = rs.getTimestamp(column);
		return t == null ? null : t.toInstant();
	}
}
