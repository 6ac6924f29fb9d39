package org.pomegranate.servicedesk.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.pomegranate.privacy.FieldCipher;
import org.pomegranate.servicedesk.Channel;
import org.pomegranate.servicedesk.QueueFilter;
import org.pomegranate.servicedesk.Rating;
import org.pomegranate.servicedesk.RequestStatus;
import org.pomegranate.servicedesk.RequestSummary;
import org.pomegranate.servicedesk.ResolutionAnswer;
import org.pomegranate.servicedesk.SatisfactionAnswer;
import org.pomegranate.servicedesk.Tier;
import org.pomegranate.shared.TimeConfiguration;
import org.pomegranate.shared.web.PageOf;
import org.pomegranate.shared.Names;
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

	private static final String SUMMARY = """
			select r.id, r.number, r.category_id, c.tier, r.status, r.channel, r.address, r.unit_id,
			       u.name_zh as unit_zh, u.name_en as unit_en, u.name_bo as unit_bo, u.name_mn as unit_mn, r.assignee_id, a.display_name as assignee_name,
			       r.submitted_at, r.response_due, r.resolve_due, r.first_response_at, r.escalation_step
			from service_request r
			join service_category c on c.id = r.category_id
			join org_unit u on u.id = r.unit_id
			left join account a on a.id = r.assignee_id""";

	/** Overdue first (by the deadline that matters now), then the nearest deadline. */
	private static final String NEXT_DEADLINE = "case when r.first_response_at is null then r.response_due else r.resolve_due end";

	/** The open statuses as an SQL list, from the one rule in {@link RequestStatus#isOpen()}. */
	private static final String OPEN = java.util.Arrays.stream(RequestStatus.values()).filter(RequestStatus::isOpen)
		.map(st -> "'" + st.name() + "'").collect(java.util.stream.Collectors.joining(",", "(", ")"));

	/** Open emergencies (risk to life or property) come before any other request, overdue or not. */
	private static final String EMERGENCY_FIRST = "(c.tier = 'EMERGENCY' and r.status in " + OPEN + ") desc";

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

	/** Open requests past the deadline that matters now, per unit, counting each unit's whole subtree. */
	public Map<UUID, Integer> overdueWithin(UUID[] unitIds, Instant now) {
		Map<UUID, Integer> counts = new java.util.LinkedHashMap<>();
		jdbc.sql("select p.id, count(r.id)::int as n from org_unit p "
				+ "join org_unit u on u.path like p.path || '%' "
				+ "join service_request r on r.unit_id = u.id and r.status in " + OPEN + " and " + NEXT_DEADLINE + " < ? "
				+ "where p.id = any(?) group by p.id")
			.params(ts(now), unitIds).query((rs, n) -> counts.put(rs.getObject("id", UUID.class), rs.getInt("n")))
			.list();
		return counts;
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

	public PageOf<RequestSummary> queue(QueueFilter filter, UUID[] scope, UUID me, Instant now, Locale locale, int page,
			int size) {
		Map<String, Object> params = new LinkedHashMap<>();
		List<String> where = new ArrayList<>();
		where.add("r.unit_id = any(:scope)");
		params.put("scope", scope);
		if (filter.mine()) {
			where.add("r.assignee_id = :me");
			params.put("me", me);
		}
		if (filter.status() == null) {
			where.add("r.status in " + OPEN);
		}
		else {
			where.add("r.status = :status");
			params.put("status", filter.status().name());
		}
		if (filter.categoryId() != null) {
			where.add("r.category_id = :category");
			params.put("category", filter.categoryId());
		}
		if (filter.tier() != null) {
			where.add("c.tier = :tier");
			params.put("tier", filter.tier().name());
		}
		if (filter.channel() != null) {
			where.add("r.channel = :channel");
			params.put("channel", filter.channel().name());
		}
		if (filter.from() != null) {
			where.add("r.submitted_at >= :from");
			params.put("from", ts(filter.from().atStartOfDay(TimeConfiguration.DISPLAY_ZONE).toInstant()));
		}
		if (filter.to() != null) {
			where.add("r.submitted_at < :to");
			params.put("to", ts(filter.to().plusDays(1).atStartOfDay(TimeConfiguration.DISPLAY_ZONE).toInstant()));
		}
		String condition = " where " + String.join(" and ", where);
		long total = jdbc.sql("select count(*) from service_request r join service_category c on c.id = r.category_id"
				+ condition).params(params).query(Long.class).single();
		int clamped = PageOf.clampSize(size);
		params.put("now", ts(now));
		params.put("limit", clamped);
		params.put("offset", PageOf.offset(page, size));
		List<RequestSummary> items = jdbc.sql(SUMMARY + condition + " order by " + EMERGENCY_FIRST + ", (r.status in "
				+ OPEN + " and " + NEXT_DEADLINE + " < :now) desc, " + NEXT_DEADLINE + ", r.number limit :limit offset :offset")
			.params(params).query((rs, n) -> summary(rs, locale)).list();
		return new PageOf<>(items, Math.max(0, page), clamped, total);
	}

	public Optional<RequestSummary> summary(UUID id, Locale locale) {
		return jdbc.sql(SUMMARY + " where r.id = ?").param(id).query((rs, n) -> summary(rs, locale)).optional();
	}

	/** A resident's own requests, newest first: those that answer them and those they sent. */
	public List<RequestSummary> ofResident(UUID residentId, UUID accountId, Locale locale, int limit) {
		return jdbc.sql(SUMMARY + "\n" + """
				 where (r.resident_id = ? or r.submitted_by = ?) order by r.submitted_at desc limit ?""")
			.params(residentId, accountId, limit).query((rs, n) -> summary(rs, locale)).list();
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
			.query((rs, n) -> summary(rs, locale)).list();
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

	private static RequestSummary summary(ResultSet rs, Locale locale) throws SQLException {
		return new RequestSummary(rs.getObject("id", UUID.class), rs.getString("number"),
				rs.getObject("category_id", UUID.class), Tier.valueOf(rs.getString("tier")),
				RequestStatus.valueOf(rs.getString("status")), Channel.valueOf(rs.getString("channel")),
				rs.getString("address"), rs.getObject("unit_id", UUID.class),
				Names.inLanguage(locale, rs.getString("unit_zh"), rs.getString("unit_en"), rs.getString("unit_bo"),
						rs.getString("unit_mn")),
				rs.getObject("assignee_id", UUID.class), rs.getString("assignee_name"), instant(rs, "submitted_at"),
				instant(rs, "response_due"), instant(rs, "resolve_due"), instant(rs, "first_response_at"),
				rs.getInt("escalation_step"));
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
		Timestamp t = rs.getTimestamp(column);
		return t == null ? null : t.toInstant();
	}

	static Timestamp ts(Instant instant) {
		return instant == null ? null : Timestamp.from(instant);
	}

	/** Open requests a unit holds or has been escalated to: they keep the unit from closing. */
	public long countOpenHeldBy(UUID unitId) {
		return jdbc.sql("select count(*) from service_request where status in " + OPEN
				+ " and (unit_id = :unit or escalated_to_unit_id = :unit)").param("unit", unitId).query(Long.class)
			.single();
	}

	// ---- the grid worker's phone: search and counts --------------------------------------------

	/**
	 * Requests of the scope by their numbers (exact, through the unique index), in queue order.
	 */
	public List<RequestSummary> byNumbers(List<String> numbers, UUID[] scope, Instant now, Locale locale) {
		return jdbc.sql(SUMMARY + " where r.number = any(:numbers) and r.unit_id = any(:scope) order by " + EMERGENCY_FIRST
				+ ", r.number")
			.param("numbers", numbers.toArray(String[]::new)).param("scope", scope)
			.query((rs, n) -> summary(rs, locale)).list();
	}

	/**
	 * Open requests of the scope where each pattern ({@code ilike}) is in the description or the address,
	 * in queue order, at most {@code limit}. Bounded by the scope's open queue (its index), never a
	 * scan of every request the prefecture ever had.
	 */
	public List<RequestSummary> searchOpen(List<String> patterns, UUID[] scope, Instant now, Locale locale, int limit) {
		return jdbc.sql(SUMMARY + " where r.unit_id = any(:scope) and r.status in " + OPEN
				+ " and not exists (select 1 from unnest(cast(:patterns as text[])) p"
				+ " where not (r.description ilike p or coalesce(r.address, '') ilike p)) order by " + EMERGENCY_FIRST
				+ ", (" + NEXT_DEADLINE + " < :now) desc, " + NEXT_DEADLINE + ", r.number limit :limit")
			.param("scope", scope).param("patterns", patterns.toArray(String[]::new)).param("now", ts(now))
			.param("limit", limit).query((rs, n) -> summary(rs, locale)).list();
	}

	/** Open and overdue requests assigned to one account: its own queue (the assignee index). */
	public int[] openAndOverdueOf(UUID accountId, Instant now) {
		return jdbc.sql("select count(*)::int, count(*) filter (where " + NEXT_DEADLINE + " < ?)::int"
				+ " from service_request r where r.assignee_id = ? and r.status in " + OPEN)
			.params(ts(now), accountId).query((rs, n) -> new int[] { rs.getInt(1), rs.getInt(2) }).single();
	}

	/** The first line of each request's description, for the queue's cards. */
	public Map<UUID, String> firstLines(List<UUID> ids) {
		Map<UUID, String> lines = new LinkedHashMap<>();
		if (ids.isEmpty()) {
			return lines;
		}
		jdbc.sql("select id, split_part(left(description, 300), E'\\n', 1) from service_request where id = any(?)")
			.param(ids.toArray(UUID[]::new))
			.query(rs -> {
				lines.put(rs.getObject(1, UUID.class), rs.getString(2).strip());
			});
		return lines;
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
