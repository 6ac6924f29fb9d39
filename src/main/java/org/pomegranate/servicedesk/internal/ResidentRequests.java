package org.pomegranate.servicedesk.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.pomegranate.servicedesk.MyRequestCard;
import org.pomegranate.servicedesk.NearbyRequest;
import org.pomegranate.servicedesk.RequestStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The reads and writes of the resident's side: her cards, who hears of a request's steps, open
 * requests in her building (to follow instead of reporting twice), and the lookup by number.
 * Nothing here returns a name or a phone in clear.
 */
@Repository
public class ResidentRequests {

	/** The first line of a description, cut where a card has room for it. */
	private static final String FIRST_LINE = "left(split_part(r.description, E'\\n', 1), 80)";

	/** The building (and its compound) of the household the request is for: never the room. */
	private static final String PLACE = "(select p.name || ' ' || b.name from household h join building b on b.id = h.building_id "
			+ "join compound p on p.id = b.compound_id where h.id = r.household_id)";

	private static final String OPEN = "('SUBMITTED', 'ACCEPTED', 'IN_PROGRESS', 'TRANSFERRED', 'REOPENED')";

	private final JdbcClient jdbc;

	ResidentRequests(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Her own requests, newest first, each told apart by its first line, date, place and status. */
	public List<MyRequestCard> cards(UUID residentId, UUID accountId, int limit) {
		return jdbc.sql("select r.id, r.number, r.category_id, r.status, r.submitted_at, " + FIRST_LINE + " as first_line, "
				+ "coalesce(" + PLACE + ", r.address) as place, "
				+ "(r.status = 'RESOLVED' and r.resolution_answer is null) as awaiting_rating "
				+ "from service_request r where (r.resident_id = ? or r.submitted_by = ?) "
				+ "order by r.submitted_at desc limit ?")
			.params(residentId, accountId, limit)
			.query((rs, n) -> new MyRequestCard(rs.getObject("id", UUID.class), rs.getString("number"),
					rs.getObject("category_id", UUID.class), RequestStatus.valueOf(rs.getString("status")),
					instant(rs, "submitted_at"), rs.getString("first_line"), rs.getString("place"),
					rs.getBoolean("awaiting_rating"), false))
			.list();
	}

	/** Requests of others she follows: no number, no place, only what a neighbour may know. */
	public List<MyRequestCard> followed(UUID accountId, int limit) {
		return jdbc.sql("select r.id, r.category_id, r.status, r.submitted_at, " + FIRST_LINE + " as first_line "
				+ "from service_request_follower f join service_request r on r.id = f.request_id "
				+ "where f.account_id = ? order by f.followed_at desc limit ?")
			.params(accountId, limit)
			.query((rs, n) -> new MyRequestCard(rs.getObject("id", UUID.class), null,
					rs.getObject("category_id", UUID.class), RequestStatus.valueOf(rs.getString("status")),
					instant(rs, "submitted_at"), rs.getString("first_line"), null, false, true))
			.list();
	}

	/** Who hears of a request's steps, and in which language. */
	public record Audience(UUID residentId, UUID submittedBy, String language, List<UUID> followers) {
	}

	public Optional<Audience> audience(UUID requestId) {
		return jdbc.sql("""
				select r.resident_id, r.submitted_by, r.language,
				       array(select f.account_id from service_request_follower f where f.request_id = r.id) as followers
				from service_request r where r.id = ?""")
			.param(requestId)
			.query((rs, n) -> new Audience(rs.getObject("resident_id", UUID.class),
					rs.getObject("submitted_by", UUID.class), rs.getString("language"),
					List.of((UUID[]) rs.getArray("followers").getArray())))
			.optional();
	}

	/**
	 * Open requests of the category in the building (or, for someone without a household, at the
	 * same typed address in the community) since the given time, oldest first: the likely
	 * duplicates of what she is about to send. Never who sent them.
	 */
	public List<NearbyRequest> near(UUID categoryId, UUID buildingId, UUID communityId, String address, Instant since,
			UUID exceptAccount) {
		return jdbc.sql("select r.id, r.category_id, r.status, r.submitted_at, " + FIRST_LINE + " as first_line "
				+ "from service_request r where r.category_id = :category and r.status in " + OPEN
				+ " and r.submitted_at >= :since"
				+ " and (r.submitted_by is null or r.submitted_by <> :me)"
				+ " and ((cast(:building as uuid) is not null and r.household_id in"
				+ "        (select h.id from household h where h.building_id = :building))"
				+ "   or (cast(:address as varchar) is not null and lower(r.address) = lower(:address)"
				+ "       and r.first_responsible_unit_id in (select u.id from org_unit u where u.path like"
				+ "        (select c.path from org_unit c where c.id = :community) || '%')))"
				+ " order by r.submitted_at limit 5")
			.param("category", categoryId).param("since", Timestamp.from(since))
			.param("me", exceptAccount).param("building", buildingId).param("address", address)
			.param("community", communityId)
			.query((rs, n) -> new NearbyRequest(rs.getObject("id", UUID.class), rs.getObject("category_id", UUID.class),
					rs.getString("first_line"), instant(rs, "submitted_at"), RequestStatus.valueOf(rs.getString("status"))))
			.list();
	}

	/** The building of a household, if it has one. */
	public Optional<UUID> buildingOf(UUID householdId) {
		return householdId == null ? Optional.empty()
				: jdbc.sql("select building_id from household where id = ?").param(householdId).query(UUID.class)
					.optional();
	}

	/** @return whether she follows it now and did not before */
	public boolean follow(UUID requestId, UUID accountId, Instant at) {
		return jdbc.sql("""
				insert into service_request_follower (request_id, account_id, followed_at) values (?, ?, ?)
				on conflict do nothing""")
			.params(requestId, accountId, Timestamp.from(at)).update() == 1;
	}

	/**
	 * Withdraws an open request in one statement: off the clock and out of the queues.
	 *
	 * @return whether it was open (a closed one is left as it is)
	 */
	public boolean withdraw(UUID requestId, Instant at) {
		return jdbc.sql("update service_request set status = 'WITHDRAWN', closed_at = ?, escalate_at = null, "
				+ "version = version + 1 where id = ? and status in " + OPEN)
			.params(Timestamp.from(at), requestId).update() == 1;
	}

	/** What the lookup needs of a request found by its number. */
	public record Looked(UUID id, String number, UUID categoryId, RequestStatus status, String phoneCipher,
			UUID residentId, String place, Instant submittedAt) {
	}

	public Optional<Looked> byNumber(String number) {
		return jdbc.sql("select r.id, r.number, r.category_id, r.status, r.contact_phone_cipher, r.resident_id, "
				+ "r.submitted_at, coalesce(" + PLACE
				+ ", (select u.name_zh from org_unit u where u.id = r.first_responsible_unit_id)) as place "
				+ "from service_request r where r.number = ?")
			.param(number)
			.query((rs, n) -> new Looked(rs.getObject("id", UUID.class), rs.getString("number"),
					rs.getObject("category_id", UUID.class), RequestStatus.valueOf(rs.getString("status")),
					rs.getString("contact_phone_cipher"), rs.getObject("resident_id", UUID.class),
					rs.getString("place"), instant(rs, "submitted_at")))
			.optional();
	}

	/** The timeline kinds a stranger holding the number and phone may see: no staff notes, no names. */
	public List<PublicStep> publicSteps(UUID requestId, List<String> kinds) {
		List<PublicStep> steps = new ArrayList<>();
		jdbc.sql("select kind, occurred_at from service_request_event where request_id = ? and kind = any(?) order by id")
			.params(requestId, kinds.toArray(String[]::new))
			.query(rs -> {
				steps.add(new PublicStep(rs.getString("kind"), rs.getTimestamp("occurred_at").toInstant()));
			});
		return steps;
	}

	public record PublicStep(String kind, Instant at) {
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp t = rs.getTimestamp(column);
		return t == null ? null : t.toInstant();
	}
}
