package org.pomegranate.evaluation.assessment.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.pomegranate.evaluation.assessment.AssessmentModel.Cycle;
import org.pomegranate.evaluation.assessment.AssessmentModel.Evidence;
import org.pomegranate.evaluation.assessment.AssessmentModel.EvidenceFile;
import org.pomegranate.evaluation.assessment.AssessmentModel.Indicator;
import org.pomegranate.evaluation.assessment.AssessmentModel.IndicatorForm;
import org.pomegranate.evaluation.assessment.AssessmentModel.Scheme;
import org.pomegranate.evaluation.assessment.AssessmentModel.Status;
import org.pomegranate.evaluation.survey.Texts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Indicator schemes, cycles, assessments, their entries and evidence. */
@Repository
public class AssessmentRepository {

	private final JdbcClient jdbc;

	AssessmentRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	// ---- schemes ----------------------------------------------------------------------------------

	public void insertScheme(UUID id, UUID owner, Texts name, Instant now) {
		jdbc.sql("insert into assessment_scheme (id, owner_unit_id, name_zh, name_en, created_at) values (?, ?, ?, ?, ?)")
			.params(id, owner, name.zh(), name.en(), Timestamp.from(now)).update();
	}

	public void renameScheme(UUID id, Texts name) {
		jdbc.sql("update assessment_scheme set name_zh = ?, name_en = ?, version = version + 1 where id = ?")
			.params(name.zh(), name.en(), id).update();
	}

	/** Replaces the indicators (only while no cycle uses the scheme: no entry points at them yet). */
	public void replaceIndicators(UUID schemeId, List<IndicatorForm> indicators) {
		jdbc.sql("delete from assessment_indicator where scheme_id = ?").param(schemeId).update();
		int position = 0;
		for (IndicatorForm i : indicators) {
			jdbc.sql("""
					insert into assessment_indicator (id, scheme_id, position, name_zh, name_en, weight, evidence_zh, evidence_en)
					values (?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(UUID.randomUUID(), schemeId, ++position, i.name().zh(), i.name().en(), i.weight(),
						i.evidence().zh(), i.evidence().en())
				.update();
		}
	}

	/** Locks the scheme's row: an edit and a new cycle on it wait for each other. */
	public Optional<UUID> lockScheme(UUID id) {
		return jdbc.sql("select owner_unit_id from assessment_scheme where id = ? for update").param(id)
			.query(UUID.class).optional();
	}

	public Optional<Scheme> scheme(UUID id) {
		return jdbc.sql("""
				select s.*, exists (select 1 from assessment_cycle c where c.scheme_id = s.id) as in_use
				from assessment_scheme s where s.id = ?""").param(id)
			.query((rs, n) -> new Scheme(id, rs.getObject("owner_unit_id", UUID.class),
					new Texts(rs.getString("name_zh"), rs.getString("name_en"), null, null), List.of(),
					rs.getBoolean("in_use")))
			.optional()
			.map(s -> new Scheme(s.id(), s.ownerUnitId(), s.name(), indicators(id), s.inUse()));
	}

	public List<Indicator> indicators(UUID schemeId) {
		return jdbc.sql("select * from assessment_indicator where scheme_id = ? order by position").param(schemeId)
			.query((rs, n) -> new Indicator(rs.getObject("id", UUID.class), rs.getInt("position"),
					new Texts(rs.getString("name_zh"), rs.getString("name_en"), null, null), rs.getInt("weight"),
					new Texts(rs.getString("evidence_zh"), rs.getString("evidence_en"), null, null)))
			.list();
	}

	public List<Scheme> schemesOwnedBy(UUID[] units) {
		return jdbc.sql("select id from assessment_scheme where owner_unit_id = any(?) order by created_at desc")
			.param(units).query(UUID.class).list().stream().map(id -> scheme(id).orElseThrow()).toList();
	}

	// ---- cycles -----------------------------------------------------------------------------------

	public void insertCycle(UUID id, UUID schemeId, UUID owner, int year, Instant now) {
		jdbc.sql("insert into assessment_cycle (id, scheme_id, owner_unit_id, year, created_at) values (?, ?, ?, ?, ?)")
			.params(id, schemeId, owner, year, Timestamp.from(now)).update();
	}

	public Optional<Cycle> cycle(UUID id) {
		return jdbc.sql("select * from assessment_cycle where id = ?").param(id).query((rs, n) -> cycle(rs)).optional();
	}

	/** Cycles run by any of these units (a community's ancestors), newest year first. */
	public List<Cycle> cyclesOwnedBy(List<UUID> units) {
		return jdbc.sql("select * from assessment_cycle where owner_unit_id = any(?) order by year desc, created_at desc")
			.param(units.toArray(UUID[]::new)).query((rs, n) -> cycle(rs)).list();
	}

	private static Cycle cycle(ResultSet rs) throws SQLException {
		return new Cycle(rs.getObject("id", UUID.class), rs.getObject("scheme_id", UUID.class),
				rs.getObject("owner_unit_id", UUID.class), rs.getInt("year"));
	}

	// ---- assessments ------------------------------------------------------------------------------

	/** The assessment's id and status, its row locked; created as a draft on first use. */
	public Locked lockOrCreate(UUID cycleId, UUID communityId) {
		jdbc.sql("""
				insert into assessment (id, cycle_id, community_id, status) values (?, ?, ?, 'DRAFT')
				on conflict (cycle_id, community_id) do nothing""").params(UUID.randomUUID(), cycleId, communityId)
			.update();
		return jdbc.sql("select id, status from assessment where cycle_id = ? and community_id = ? for update")
			.params(cycleId, communityId)
			.query((rs, n) -> new Locked(rs.getObject(1, UUID.class), Status.valueOf(rs.getString(2)))).single();
	}

	public record Locked(UUID id, Status status) {
	}

	public Optional<Locked> find(UUID cycleId, UUID communityId) {
		return jdbc.sql("select id, status from assessment where cycle_id = ? and community_id = ?")
			.params(cycleId, communityId)
			.query((rs, n) -> new Locked(rs.getObject(1, UUID.class), Status.valueOf(rs.getString(2)))).optional();
	}

	public void saveSelf(UUID assessmentId, UUID indicatorId, BigDecimal score, String note) {
		jdbc.sql("""
				insert into assessment_entry (assessment_id, indicator_id, self_score, self_note) values (?, ?, ?, ?)
				on conflict (assessment_id, indicator_id) do update set self_score = excluded.self_score,
				                                                      self_note = excluded.self_note""")
			.params(assessmentId, indicatorId, score, note).update();
	}

	public void saveReview(UUID assessmentId, UUID indicatorId, BigDecimal score, String comment) {
		jdbc.sql("update assessment_entry set review_score = ?, review_comment = ? where assessment_id = ? and indicator_id = ?")
			.params(score, comment, assessmentId, indicatorId).update();
	}

	public void submit(UUID assessmentId, UUID by, Instant now) {
		jdbc.sql("""
				update assessment set status = 'SUBMITTED', submitted_at = ?, submitted_by = ?, version = version + 1
				where id = ?""").params(Timestamp.from(now), by, assessmentId).update();
	}

	public void reviewed(UUID assessmentId, UUID by, UUID unit, Instant now) {
		jdbc.sql("""
				update assessment set status = 'REVIEWED', reviewed_at = ?, reviewed_by = ?, review_unit_id = ?,
				       version = version + 1 where id = ?""").params(Timestamp.from(now), by, unit, assessmentId).update();
	}

	public record StoredEntry(UUID indicatorId, BigDecimal selfScore, String note, BigDecimal reviewScore,
			String reviewComment) {
	}

	public List<StoredEntry> entries(UUID assessmentId) {
		return jdbc.sql("select * from assessment_entry where assessment_id = ?").param(assessmentId)
			.query((rs, n) -> new StoredEntry(rs.getObject("indicator_id", UUID.class), rs.getBigDecimal("self_score"),
					rs.getString("self_note"), rs.getBigDecimal("review_score"), rs.getString("review_comment")))
			.list();
	}

	/** Totals per community of a cycle: status, sum of self scores, sum of review scores. */
	public List<Total> totals(UUID cycleId) {
		return jdbc.sql("""
				select a.community_id, a.status, sum(e.self_score) as self_total, sum(e.review_score) as review_total
				from assessment a left join assessment_entry e on e.assessment_id = a.id
				where a.cycle_id = ? group by a.community_id, a.status""").param(cycleId)
			.query((rs, n) -> new Total(rs.getObject(1, UUID.class), Status.valueOf(rs.getString(2)),
					rs.getBigDecimal(3), rs.getBigDecimal(4)))
			.list();
	}

	public record Total(UUID communityId, Status status, BigDecimal selfTotal, BigDecimal reviewTotal) {
	}

	// ---- evidence ---------------------------------------------------------------------------------

	public void addFile(UUID assessmentId, UUID indicatorId, String name, String type, byte[] content, UUID by,
			Instant now) {
		jdbc.sql("""
				insert into assessment_evidence (id, assessment_id, indicator_id, kind, file_name, content_type, size_bytes,
				                                 content, added_at, added_by)
				values (?, ?, ?, 'FILE', ?, ?, ?, ?, ?, ?)""")
			.params(UUID.randomUUID(), assessmentId, indicatorId, name, type, content.length, content, Timestamp.from(now),
					by)
			.update();
	}

	public void addLink(UUID assessmentId, UUID indicatorId, String number, UUID by, Instant now) {
		jdbc.sql("""
				insert into assessment_evidence (id, assessment_id, indicator_id, kind, request_number, added_at, added_by)
				values (?, ?, ?, 'REQUEST', ?, ?, ?)""")
			.params(UUID.randomUUID(), assessmentId, indicatorId, number, Timestamp.from(now), by).update();
	}

	public int evidenceCount(UUID assessmentId, UUID indicatorId) {
		return jdbc.sql("select count(*) from assessment_evidence where assessment_id = ? and indicator_id = ?")
			.params(assessmentId, indicatorId).query(Integer.class).single();
	}

	public List<Evidence> evidence(UUID assessmentId) {
		return jdbc.sql("""
				select id, indicator_id, kind, file_name, content_type, size_bytes, request_number
				from assessment_evidence where assessment_id = ? order by added_at, id""").param(assessmentId)
			.query((rs, n) -> new Evidence(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
					rs.getString(4), rs.getString(5), (Integer) rs.getObject(6), rs.getString(7)))
			.list();
	}

	public Optional<EvidenceFile> file(UUID assessmentId, UUID evidenceId) {
		return jdbc.sql("""
				select file_name, content_type, content from assessment_evidence
				where id = ? and assessment_id = ? and kind = 'FILE'""").params(evidenceId, assessmentId)
			.query((rs, n) -> new EvidenceFile(rs.getString(1), rs.getString(2), rs.getBytes(3))).optional();
	}

	/**
	 * Whether a service request of this number was held by the community or a unit below it. Read from
	 * the evaluation's own copy of the request facts, so no other module's tables are touched.
	 */
	public boolean requestOfCommunity(String number, UUID communityId) {
		String within = "%/" + communityId + "/%";
		return jdbc.sql("""
				select count(*) from evaluation_request where number = ?
				  and (response_path like ? or resolved_path like ? or rated_path like ?)""")
			.params(number, within, within, within).query(Long.class).single() > 0;
	}
}
