package org.pomegranate.mediation.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.pomegranate.mediation.CaseFilter;
import org.pomegranate.mediation.CaseSource;
import org.pomegranate.mediation.CaseStatus;
import org.pomegranate.mediation.CaseSummary;
import org.pomegranate.mediation.CaseType;
import org.pomegranate.mediation.NewCase;
import org.pomegranate.mediation.Outcome;
import org.pomegranate.mediation.Referral;
import org.pomegranate.shared.Names;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Cases: the row, its outcome and follow-up, and the lists. */
@Repository
public class CaseRepository {

	public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private static final String SUMMARY = """
			select c.id, c.number, c.type, c.status, c.source, c.unit_id, u.name_zh, u.name_en, u.name_bo, u.name_mn,
			       c.mediator_id, a.display_name as mediator_name, c.opened_at, c.settle_due, c.follow_up_due,
			       c.request_number, c.escalated_at
			from mediation_case c join org_unit u on u.id = c.unit_id join account a on a.id = c.mediator_id""";

	/** Open past the settling deadline, or agreed and the follow-up past due. */
	private static final String OVERDUE = "((c.status in ('OPEN', 'IN_PROGRESS') and c.settle_due < :now) "
			+ "or (c.status in ('AGREED', 'PARTIAL') and c.follow_up_due < :today))";

	private final JdbcClient jdbc;

	CaseRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The next case number, {@code M-2026-000042}: from a sequence, so it never blocks under concurrency. */
	public String nextNumber(Instant now) {
		long n = jdbc.sql("select nextval('mediation_case_number_seq')").query(Long.class).single();
		return "M-%d-%06d".formatted(Year.from(now.atZone(ZONE)).getValue(), n);
	}

	public void insert(UUID id, String number, NewCase c, UUID unitId, String requestNumber, String summary,
			String screeningNote, UUID openedBy, Instant now, Instant settleDue) {
		jdbc.sql("""
				insert into mediation_case (id, number, type, source, screening_note, request_id, request_number, unit_id,
				    mediator_id, summary, status, opened_at, opened_by, settle_due)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'OPEN', ?, ?, ?)""")
			.params(id, number, c.type().name(), c.source().name(), screeningNote, c.requestId(), requestNumber, unitId,
					c.mediatorId(), summary, ts(now), openedBy, ts(settleDue))
			.update();
	}

	public Optional<StoredCase> lock(UUID id) {
		return jdbc.sql("select id, number, type, status, unit_id, mediator_id, opened_at, settle_due, outcome, outcome_at "
				+ "from mediation_case where id = ? for update").param(id).query(CaseRepository::stored).optional();
	}

	public Optional<StoredCase> find(UUID id) {
		return jdbc.sql("select id, number, type, status, unit_id, mediator_id, opened_at, settle_due, outcome, outcome_at "
				+ "from mediation_case where id = ?").param(id).query(CaseRepository::stored).optional();
	}

	public void status(UUID id, CaseStatus status) {
		jdbc.sql("update mediation_case set status = ? where id = ?").params(status.name(), id).update();
	}

	public void outcome(UUID id, Outcome outcome, Instant at, String terms, Referral referral, String note,
			LocalDate followUpDue) {
		CaseStatus status = CaseStatus.valueOf(outcome.name());
		jdbc.sql("""
				update mediation_case set status = ?, outcome = ?, outcome_at = ?, terms = ?, referral = ?, outcome_note = ?,
				    follow_up_due = ? where id = ?""")
			.params(status.name(), outcome.name(), ts(at), terms, referral == null ? null : referral.name(), note,
					followUpDue, id)
			.update();
	}

	public void followedUp(UUID id, LocalDate on, String note, boolean kept) {
		jdbc.sql("update mediation_case set status = 'CLOSED', followed_up_on = ?, follow_up_note = ?, agreement_kept = ? "
				+ "where id = ?").params(on, note, kept, id).update();
	}

	/** The row's text columns the details show. */
	public record Texts(String description, String screeningNote, UUID requestId, String terms, Referral referral,
			String outcomeNote, LocalDate followedUpOn, String followUpNote, Boolean agreementKept) {
	}

	public Texts texts(UUID id) {
		return jdbc.sql("""
				select summary, screening_note, request_id, terms, referral, outcome_note, followed_up_on, follow_up_note,
				       agreement_kept from mediation_case where id = ?""").param(id)
			.query((rs, n) -> new Texts(rs.getString("summary"), rs.getString("screening_note"),
					rs.getObject("request_id", UUID.class), rs.getString("terms"),
					rs.getString("referral") == null ? null : Referral.valueOf(rs.getString("referral")),
					rs.getString("outcome_note"), rs.getObject("followed_up_on", LocalDate.class),
					rs.getString("follow_up_note"), (Boolean) rs.getObject("agreement_kept")))
			.single();
	}

	public CaseSummary summary(UUID id, Instant now, Locale locale) {
		return jdbc.sql(SUMMARY + " where c.id = ?").param(id).query((rs, n) -> summary(rs, now, locale)).single();
	}

	/**
	 * One page of the cases the reader may see, newest first, keyset paged by number.
	 *
	 * @param scope  the units whose cases the reader oversees (empty: only their own)
	 * @param before the last number of the page before, or {@code null}
	 */
	public List<CaseSummary> list(UUID reader, UUID[] scope, CaseFilter filter, String before, int limit, Instant now,
			Locale locale) {
		StringBuilder sql = new StringBuilder(SUMMARY).append(" where (c.mediator_id = :reader or c.unit_id = any(:scope))");
		if (filter.status() != null) {
			sql.append(" and c.status = :status");
		}
		if (filter.type() != null) {
			sql.append(" and c.type = :type");
		}
		if (filter.mediatorId() != null) {
			sql.append(" and c.mediator_id = :mediator");
		}
		if (filter.overdue()) {
			sql.append(" and ").append(OVERDUE);
		}
		if (before != null) {
			sql.append(" and c.number < :before");
		}
		sql.append(" order by c.number desc limit :limit");
		return jdbc.sql(sql.toString()).param("reader", reader).param("scope", scope)
			.param("status", filter.status() == null ? null : filter.status().name())
			.param("type", filter.type() == null ? null : filter.type().name()).param("mediator", filter.mediatorId())
			.param("now", ts(now)).param("today", LocalDate.ofInstant(now, ZONE)).param("before", before)
			.param("limit", limit)
			.query((rs, n) -> summary(rs, now, locale)).list();
	}

	/** Open cases in these units: the unit page's count (open cases stay few, and the query uses the unit index). */
	/**
	 * Open cases held in the subtree of the unit with this path, through the partial index of open
	 * cases (closed ones, which pile up over the years, are never read).
	 */
	public long countOpenBelow(String unitPath) {
		return jdbc.sql("""
				select count(*) from mediation_case where status in ('OPEN', 'IN_PROGRESS')
				and unit_id in (select u.id from org_unit u where u.path like ?)""")
			.param(unitPath + "%").query(Long.class).single();
	}

	/**
	 * Claims open cases past their settling deadline and not yet escalated, marking them escalated in
	 * the same statement; rows another instance holds are skipped, so each case is claimed once.
	 */
	public List<StoredCase> claimOverdue(Instant now, int limit) {
		return jdbc.sql("""
				update mediation_case c set escalated_at = :now
				where c.id in (select id from mediation_case where escalated_at is null and status in ('OPEN', 'IN_PROGRESS')
				                 and settle_due <= :now order by settle_due limit :limit for update skip locked)
				returning c.id, c.number, c.type, c.status, c.unit_id, c.mediator_id, c.opened_at, c.settle_due, c.outcome,
				          c.outcome_at""")
			.param("now", ts(now)).param("limit", limit).query(CaseRepository::stored).list();
	}

	private static CaseSummary summary(ResultSet rs, Instant now, Locale locale) throws SQLException {
		CaseStatus status = CaseStatus.valueOf(rs.getString("status"));
		Instant settleDue = rs.getTimestamp("settle_due").toInstant();
		LocalDate followUpDue = rs.getObject("follow_up_due", LocalDate.class);
		boolean overdue = (status.isOpen() && settleDue.isBefore(now))
				|| ((status == CaseStatus.AGREED || status == CaseStatus.PARTIAL) && followUpDue != null
						&& followUpDue.isBefore(LocalDate.ofInstant(now, ZONE)));
		return new CaseSummary(rs.getObject("id", UUID.class), rs.getString("number"),
				CaseType.valueOf(rs.getString("type")), status, CaseSource.valueOf(rs.getString("source")),
				rs.getObject("unit_id", UUID.class), Names.inLanguage(locale, rs.getString("name_zh"),
						rs.getString("name_en"), rs.getString("name_bo"), rs.getString("name_mn")),
				rs.getObject("mediator_id", UUID.class), rs.getString("mediator_name"),
				rs.getTimestamp("opened_at").toInstant(), settleDue, followUpDue, rs.getString("request_number"),
				overdue, rs.getTimestamp("escalated_at") != null);
	}

	static StoredCase stored(ResultSet rs, int n) throws SQLException {
		Timestamp outcomeAt = rs.getTimestamp("outcome_at");
		return new StoredCase(rs.getObject("id", UUID.class), rs.getString("number"),
				CaseType.valueOf(rs.getString("type")), CaseStatus.valueOf(rs.getString("status")),
				rs.getObject("unit_id", UUID.class), rs.getObject("mediator_id", UUID.class),
				rs.getTimestamp("opened_at").toInstant(), rs.getTimestamp("settle_due").toInstant(),
				rs.getString("outcome") == null ? null : Outcome.valueOf(rs.getString("outcome")),
				outcomeAt == null ? null : outcomeAt.toInstant());
	}

	static Timestamp ts(Instant instant) {
		return instant == null ? null : Timestamp.from(instant);
	}
}
