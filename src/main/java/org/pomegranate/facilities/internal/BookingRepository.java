package org.pomegranate.facilities.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.pomegranate.facilities.BookingStatus;
import org.pomegranate.facilities.RequesterKind;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Stores bookings. The slot is a {@code tstzrange} from start (inclusive) to end (exclusive); the exclusion constraint
 * {@code booking_no_overlap} keeps approved bookings of one room apart.
 */
@Repository
public class BookingRepository {

	/** PostgreSQL's SQLSTATE for a row an exclusion constraint refuses. */
	static final String EXCLUSION_VIOLATION = "23P01";

	private static final String SELECT = """
			select b.*, lower(b.during) as starts, upper(b.during) as ends, r.name as room_name, r.facility_id,
			       f.name as facility_name, f.address, f.unit_id, a.display_name as requester_name
			from booking b join facility_room r on r.id = b.room_id join facility f on f.id = r.facility_id
			     join account a on a.id = b.requester_account_id
			""";

	private final JdbcClient jdbc;
	private final org.springframework.jdbc.core.JdbcTemplate jdbcTemplate;

	BookingRepository(JdbcClient jdbc, org.springframework.jdbc.core.JdbcTemplate jdbcTemplate) {
		this.jdbc = jdbc;
		this.jdbcTemplate = jdbcTemplate;
	}

	/** A booking with its room's facility, as the service needs it to decide and to answer. */
	public record Row(UUID id, UUID roomId, String roomName, UUID facilityId, String facilityName, String address,
			UUID unitId, Instant start, Instant end, String purpose, Integer attendees, BookingStatus status,
			RequesterKind requesterKind, UUID requesterAccountId, String requesterName, String organisation,
			Instant requestedAt, String decisionReason) {
	}

	/** Thrown when approving would overlap an approved booking of the same room. */
	public static class Overlap extends RuntimeException {
		Overlap(Throwable cause) {
			super("overlaps an approved booking", cause);
		}
	}

	public void insert(UUID id, UUID roomId, Instant start, Instant end, String purpose, Integer attendees,
			RequesterKind kind, UUID accountId, String organisation, Instant at) {
		jdbc.sql("""
				insert into booking (id, room_id, during, purpose, attendees, status, requester_kind,
				    requester_account_id, organisation, requested_at)
				values (?, ?, tstzrange(?, ?, '[)'), ?, ?, 'PENDING', ?, ?, ?, ?)""")
			.params(id, roomId, Timestamp.from(start), Timestamp.from(end), purpose, attendees, kind.name(), accountId,
					organisation, Timestamp.from(at))
			.update();
	}

	/** A booking written whole by an import or the demo. */
	public record Imported(UUID id, UUID roomId, Instant start, Instant end, String purpose, Integer attendees,
			BookingStatus status, RequesterKind kind, UUID accountId, String organisation, Instant requestedAt,
			UUID decidedBy, String reason) {
	}

	public void insertAll(List<Imported> all) {
		jdbcTemplate.batchUpdate("""
				insert into booking (id, room_id, during, purpose, attendees, status, requester_kind, requester_account_id,
				    organisation, requested_at, decided_by, decided_at, decision_reason, cancelled_at)
				values (?, ?, tstzrange(?, ?, '[)'), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", all, 500, (ps, b) -> {
			Timestamp decided = b.decidedBy() == null ? null : Timestamp.from(b.requestedAt().plusSeconds(3600 * 5));
			ps.setObject(1, b.id());
			ps.setObject(2, b.roomId());
			ps.setTimestamp(3, Timestamp.from(b.start()));
			ps.setTimestamp(4, Timestamp.from(b.end()));
			ps.setString(5, b.purpose());
			ps.setObject(6, b.attendees());
			ps.setString(7, b.status().name());
			ps.setString(8, b.kind().name());
			ps.setObject(9, b.accountId());
			ps.setString(10, b.organisation());
			ps.setTimestamp(11, Timestamp.from(b.requestedAt()));
			ps.setObject(12, b.decidedBy());
			ps.setTimestamp(13, decided);
			ps.setString(14, b.reason());
			ps.setTimestamp(15, b.status() == BookingStatus.CANCELLED ? decided : null);
		});
	}

	/** The booking, its row locked until the transaction ends, so two acts on it run one after the other. */
	public Optional<Row> lock(UUID id) {
		return jdbc.sql("select id from booking where id = ? for update").param(id).query(UUID.class).optional()
			.flatMap(this::find);
	}

	public Optional<Row> find(UUID id) {
		return jdbc.sql(SELECT + " where b.id = ?").param(id).query(BookingRepository::row).optional();
	}

	/**
	 * Approves a pending booking of the given room. The exclusion constraint decides against every
	 * other approved booking of the room: an overlap throws {@link Overlap}, and the caller's
	 * transaction is then rolled back.
	 * <p>
	 * Approvals of one room first take the room's row lock, so they run one after the other. Without
	 * it, two overlapping approvals at the same moment each find the other's uncommitted row in the
	 * constraint's index and wait for each other; PostgreSQL then breaks the deadlock by failing one
	 * of them, which the manager would see as an error instead of "overlaps". {@code for no key
	 * update} does not hold up new bookings of the room, whose foreign key takes only a key share.
	 */
	public boolean approve(UUID id, UUID roomId, UUID by, Instant at) {
		jdbc.sql("select id from facility_room where id = ? for no key update").param(roomId).query(UUID.class).optional();
		try {
			return jdbc.sql("""
					update booking set status = 'APPROVED', decided_by = ?, decided_at = ?, version = version + 1
					where id = ? and status = 'PENDING'""")
				.params(by, Timestamp.from(at), id).update() == 1;
		}
		catch (DataIntegrityViolationException e) {
			if (isExclusionViolation(e)) {
				throw new Overlap(e);
			}
			throw e;
		}
	}

	public boolean decline(UUID id, UUID by, String reason, Instant at) {
		return jdbc.sql("""
				update booking set status = 'DECLINED', decided_by = ?, decided_at = ?, decision_reason = ?,
				    version = version + 1
				where id = ? and status = 'PENDING'""")
			.params(by, Timestamp.from(at), reason, id).update() == 1;
	}

	public boolean cancel(UUID id, Instant at) {
		return jdbc.sql("""
				update booking set status = 'CANCELLED', cancelled_at = ?, version = version + 1
				where id = ? and status in ('PENDING', 'APPROVED')""")
			.params(Timestamp.from(at), id).update() == 1;
	}

	/** Whether an approved booking of the room overlaps the slot: a friendly early answer, not the guarantee. */
	public boolean overlapsApproved(UUID roomId, Instant start, Instant end) {
		return jdbc.sql("""
				select exists (select 1 from booking where room_id = ? and status = 'APPROVED'
				                and during && tstzrange(?, ?, '[)'))""")
			.params(roomId, Timestamp.from(start), Timestamp.from(end)).query(Boolean.class).single();
	}

	/** Bookings of a room that touch the span asked for, of the given statuses, by start. */
	public List<Row> ofRoom(UUID roomId, Instant from, Instant to, List<BookingStatus> statuses, int limit) {
		return jdbc.sql(SELECT + """
				 where b.room_id = ? and b.during && tstzrange(?, ?, '[)') and b.status = any(?)
				order by lower(b.during), b.id limit ?""")
			.params(roomId, Timestamp.from(from), Timestamp.from(to),
					statuses.stream().map(Enum::name).toArray(String[]::new), limit)
			.query(BookingRepository::row).list();
	}

	/** Pending bookings of facilities owned by the given units, the soonest slot first. */
	public List<Row> pending(UUID[] units, int limit) {
		return jdbc.sql(SELECT + """
				 where b.status = 'PENDING' and f.unit_id = any(?)
				order by lower(b.during), b.id limit ?""")
			.params(units, limit).query(BookingRepository::row).list();
	}

	/** The caller's own bookings, the latest slot first. */
	public List<Row> ofRequester(UUID accountId, int limit) {
		return jdbc.sql(SELECT + " where b.requester_account_id = ? order by lower(b.during) desc, b.id limit ?")
			.params(accountId, limit).query(BookingRepository::row).list();
	}

	static boolean isExclusionViolation(Throwable e) {
		for (Throwable t = e; t != null; t = t.getCause()) {
			if (t instanceof SQLException sql && EXCLUSION_VIOLATION.equals(sql.getSQLState())) {
				return true;
			}
		}
		return false;
	}

	private static Row row(ResultSet rs, int n) throws SQLException {
		return new Row(rs.getObject("id", UUID.class), rs.getObject("room_id", UUID.class), rs.getString("room_name"),
				rs.getObject("facility_id", UUID.class), rs.getString("facility_name"), rs.getString("address"),
				rs.getObject("unit_id", UUID.class), rs.getTimestamp("starts").toInstant(),
				rs.getTimestamp("ends").toInstant(), rs.getString("purpose"), rs.getObject("attendees", Integer.class),
				BookingStatus.valueOf(rs.getString("status")), RequesterKind.valueOf(rs.getString("requester_kind")),
				rs.getObject("requester_account_id", UUID.class), rs.getString("requester_name"),
				rs.getString("organisation"), rs.getTimestamp("requested_at").toInstant(),
				rs.getString("decision_reason"));
	}
}
