package org.pomegranate.servicedesk.internal;

import static org.pomegranate.servicedesk.internal.RequestSql.SUMMARY;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.pomegranate.privacy.FieldCipher;
import org.pomegranate.servicedesk.Channel;
import org.pomegranate.servicedesk.Rating;
import org.pomegranate.servicedesk.RequestStatus;
import org.pomegranate.servicedesk.RequestSummary;
import org.pomegranate.servicedesk.ResolutionAnswer;
import org.pomegranate.servicedesk.SatisfactionAnswer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.databind.json.JsonMapper;

/** Service requests in SQL. Every read for staff carries the caller's scope. */
@Repository
public class RequestRepository {

	private static final String STORED = """
			select r.id, r.number, r.category_id, r.status, r.unit_id, r.first_responsible_unit_id, r.assignee_id,
			       r.escalated_to_unit_id, r.escalation_step, r.escalate_at, r.submitted_at, r.response_due, r.resolve_due,
			       r.first_response_at, r.resolved_at, r.resident_id, r.household_id, r.address, r.submitted_by,
			       r.language, r.rated_at is not null as rated, r.version
			from service_request r""";

	/** The deadline that matters now (see {@link RequestSql#NEXT_DEADLINE}); here for the package's readers. */
	static final String NEXT_DEADLINE = RequestSql.NEXT_DEADLINE;

	/** The open statuses as an SQL list (see {@link RequestSql#OPEN}). */
	static final String OPEN = RequestSql.OPEN;

	private final JdbcClient jdbc;
	private final JsonMapper json;

	RequestRepository(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/**
	 * The next running number, drawn from a sequence: it never blocks under concurrency, and an
	 * intake that rolls back leaves a gap.
	 */
	public long nextSequence() {
		return jdbc.sql("select nextval('service_request_number_seq')").query(Long.class).single();
	}

	/**
	 * Inserts a new request and answers its number; empty when its idempotency key was used before
	 * and nothing was written.
	 */
	public Optional<String> insert(NewRequest r) {
		return jdbc.sql("""
				insert into service_request (id, number, category_id, description, extra, channel, resident_id,
				    contact_name, contact_phone_cipher, household_id, address, language, first_responsible_unit_id,
				    unit_id, assignee_id, status, submitted_at, response_due, resolve_due, escalate_at, submitted_by,
				    idempotency_key)
				values (:id, :number,
				    :category, :description, :extra::jsonb, :channel, :resident, :contactName, :contactPhone, :household,
				    :address, :language, :unit, :unit, :assignee, 'SUBMITTED', :submitted, :responseDue, :resolveDue,
				    :responseDue, :submittedBy, :key)
				on conflict (idempotency_key) where idempotency_key is not null do nothing
				returning number""")
			.param("id", r.id()).param("number", r.number())
			.param("category", r.categoryId()).param("description", r.description())
			.param("extra", json.writeValueAsString(r.extra())).param("channel", r.channel().name())
			.param("resident", r.residentId()).param("contactName", r.contactName())
			.param("contactPhone", r.contactPhoneCipher()).param("household", r.householdId())
			.param("address", r.address()).param("language", r.language()).param("unit", r.unitId())
			.param("assignee", r.assigneeId()).param("submitted", ts(r.submittedAt()))
			.param("responseDue", ts(r.responseDue())).param("resolveDue", ts(r.resolveDue()))
			.param("submittedBy", r.submittedBy()).param("key", r.idempotencyKey())
			.query(String.class).optional();
	}

	public Optional<IdAndNumber> byIdempotencyKey(String key) {
		return jdbc.sql("select id, number from service_request where idempotency_key = ?").param(key)
			.query((rs, n) -> new IdAndNumber(rs.getObject("id", UUID.class), rs.getString("number"))).optional();
	}

	/** Reads and locks the row, so that two people acting at once act one after the other. */
	public Optional<StoredRequest> lock(UUID id) {
		return jdbc.sql(STORED + " where r.id = ? for update").param(id).query(RequestRepository::stored).optional();
	}

	public Optional<StoredRequest> find(UUID id) {
		return jdbc.sql(STORED + " where r.id = ?").param(id).query(RequestRepository::stored).optional();
	}

	public void update(StoredRequest r) {
		jdbc.sql("""
				update service_request set status = :status, unit_id = :unit, assignee_id = :assignee,
				    escalated_to_unit_id = :escalatedTo, escalation_step = :step, escalate_at = :escalateAt,
				    resolve_due = :resolveDue, first_response_at = :firstResponse, resolved_at = :resolved,
				    version = version + 1
				where id = :id""")
			.param("status", r.status().name()).param("unit", r.unitId()).param("assignee", r.assigneeId())
			.param("escalatedTo", r.escalatedToUnitId()).param("step", r.escalationStep())
			.param("escalateAt", ts(r.escalateAt())).param("resolveDue", ts(r.resolveDue()))
			.param("firstResponse", ts(r.firstResponseAt())).param("resolved", ts(r.resolvedAt()))
			.param("id", r.id()).update();
	}

	public void markMerged(UUID id, UUID into) {
		jdbc.sql("update service_request set merged_into_id = ? where id = ?").params(into, id).update();
	}

	public void markRejected(UUID id, String referral) {
		jdbc.sql("update service_request set referral = ? where id = ?").params(referral, id).update();
	}

	/** The contact phone's ciphertext only decrypts in its own request's row. */
	public static FieldCipher.Place contactPhonePlace(UUID requestId) {
		return FieldCipher.at("service_request", "contact_phone_cipher", requestId);
	}

	public void rate(UUID id, Rating rating, Instant at) {
		jdbc.sql("""
				update service_request set resolution_answer = ?, satisfaction_answer = ?, rating_comment = ?,
				    rating_channel = ?, rated_at = ?, status = 'CLOSED', closed_at = ?, escalate_at = null,
				    version = version + 1
				where id = ?""")
			.params(rating.resolution().name(), rating.satisfaction().name(), rating.comment(),
					rating.channel().name(), ts(at), ts(at), id)
			.update();
	}

	public Optional<RequestSummary> summary(UUID id, Locale locale) {
		return jdbc.sql(SUMMARY + " where r.id = ?").param(id).query((rs, n) -> RequestSql.summary(rs, locale)).optional();
	}

	/** A resident's own requests, newest first: those that answer them and those they sent. */
	public List<RequestSummary> ofResident(UUID residentId, UUID accountId, Locale locale, int limit) {
		return jdbc.sql(SUMMARY + "\n" + """
				 where (r.resident_id = ? or r.submitted_by = ?) order by r.submitted_at desc limit ?""")
			.params(residentId, accountId, limit).query((rs, n) -> RequestSql.summary(rs, locale)).list();
	}

	/** Open requests of the same category for the same household or address within the window. */
	public List<RequestSummary> likelyDuplicates(StoredRequest r, Instant since, Locale locale) {
		return jdbc.sql(SUMMARY + "\n" + """
				 where r.id <> :id and r.category_id = :category and r.submitted_at >= :since
				   and r.status in """ + OPEN + "\n" + """
				   and ((:household::uuid is not null and r.household_id = :household)
				        or (:address::varchar is not null and r.address = :address))
				 order by r.submitted_at limit 10""")
			.param("id", r.id()).param("category", r.categoryId()).param("since", ts(since))
			.param("household", r.householdId()).param("address", r.address())
			.query((rs, n) -> RequestSql.summary(rs, locale)).list();
	}

	public Map<UUID, Integer> openLoad(List<UUID> accountIds) {
		Map<UUID, Integer> load = new LinkedHashMap<>();
		jdbc.sql("select assignee_id, count(*) from service_request where assignee_id = any(?) and status in " + OPEN
				+ " group by assignee_id")
			.param(accountIds.toArray(UUID[]::new))
			.query(rs -> {
				load.put(rs.getObject(1, UUID.class), rs.getInt(2));
			});
		return load;
	}

	/** The text, extra answers, contact and rating columns a details view adds to the summary. */
	public Optional<DetailColumns> details(UUID id) {
		return jdbc.sql("""
				select r.description, r.extra::text as extra, r.resident_id, r.contact_name, r.contact_phone_cipher,
				       r.household_id, r.language, r.first_responsible_unit_id, r.resolved_at, r.closed_at,
				       r.escalated_to_unit_id, r.merged_into_id, m.number as merged_number, r.referral,
				       r.resolution_answer, r.satisfaction_answer, r.rating_comment, r.rating_channel, r.rated_at, r.version
				from service_request r left join service_request m on m.id = r.merged_into_id
				where r.id = ?""").param(id).query(this::detailColumns).optional();
	}

	private DetailColumns detailColumns(ResultSet rs, int n) throws SQLException {
		Rating rating = rs.getString("resolution_answer") == null ? null
				: new Rating(ResolutionAnswer.valueOf(rs.getString("resolution_answer")),
						SatisfactionAnswer.valueOf(rs.getString("satisfaction_answer")), rs.getString("rating_comment"),
						Channel.valueOf(rs.getString("rating_channel")));
		@SuppressWarnings("unchecked")
		Map<String, Object> extra = json.readValue(rs.getString("extra"), Map.class);
		return new DetailColumns(rs.getString("description"), extra, rs.getObject("resident_id", UUID.class),
				rs.getString("contact_name"), rs.getString("contact_phone_cipher"),
				rs.getObject("household_id", UUID.class), rs.getString("language"),
				rs.getObject("first_responsible_unit_id", UUID.class), instant(rs, "resolved_at"),
				instant(rs, "closed_at"), rs.getObject("escalated_to_unit_id", UUID.class),
				rs.getObject("merged_into_id", UUID.class), rs.getString("merged_number"), rs.getString("referral"),
				rating, instant(rs, "rated_at"), rs.getInt("version"));
	}

	/** Details beyond the summary, as stored. */
	public record DetailColumns(String description, Map<String, Object> extra, UUID residentId, String contactName,
			String contactPhoneCipher, UUID householdId, String language, UUID firstResponsibleUnitId,
			Instant resolvedAt, Instant closedAt, UUID escalatedToUnitId, UUID mergedIntoId, String mergedIntoNumber,
			String referral, Rating rating, Instant ratedAt, int version) {
	}

	public record IdAndNumber(UUID id, String number) {
	}

	private static StoredRequest stored(ResultSet rs, int n) throws SQLException {
		return new StoredRequest(rs.getObject("id", UUID.class), rs.getString("number"),
				rs.getObject("category_id", UUID.class), RequestStatus.valueOf(rs.getString("status")),
				rs.getObject("unit_id", UUID.class), rs.getObject("first_responsible_unit_id", UUID.class),
				rs.getObject("assignee_id", UUID.class), rs.getObject("escalated_to_unit_id", UUID.class),
				rs.getInt("escalation_step"), instant(rs, "escalate_at"), instant(rs, "submitted_at"),
				instant(rs, "response_due"), instant(rs, "resolve_due"), instant(rs, "first_response_at"),
				instant(rs, "resolved_at"), rs.getObject("resident_id", UUID.class),
				rs.getObject("household_id", UUID.class), rs.getString("address"),
				rs.getObject("submitted_by", UUID.class), rs.getString("language"), rs.getBoolean("rated"),
				rs.getInt("version"));
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		return RequestSql.instant(rs, column);
	}

	static Timestamp ts(Instant instant) {
		return RequestSql.ts(instant);
	}

	/** Open requests a unit holds or has been escalated to: they keep the unit from closing. */
	public long countOpenHeldBy(UUID unitId) {
		return jdbc.sql("select count(*) from service_request where status in " + OPEN
				+ " and (unit_id = :unit or escalated_to_unit_id = :unit)").param("unit", unitId).query(Long.class)
			.single();
	}

	/**
	 * Takes an act's idempotency key; {@code false} when it was taken before (a replay of a post
	 * already done), and nothing must be written.
	 */
	public boolean takeActKey(String key, UUID requestId, String act, Instant now) {
		return jdbc.sql("""
				insert into service_request_act_key (idempotency_key, request_id, act, created_at) values (?, ?, ?, ?)
				on conflict (idempotency_key) do nothing""").params(key, requestId, act, ts(now)).update() == 1;
	}
}
