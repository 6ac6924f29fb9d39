package org.pomegranate.activities.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.pomegranate.activities.Activity;
import org.pomegranate.activities.ActivityKind;
import org.pomegranate.activities.CoOrganiser;
import org.pomegranate.activities.Localized;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Activities, their co-organisers and the atomic count of confirmed places. */
@Repository
public class ActivityRepository {

	private static final String SELECT = """
			select a.*, o.name_zh as organiser_zh, o.name_en as organiser_en, o.name_bo as organiser_bo,
			       o.name_mn as organiser_mn, c.name_zh as audience_zh, c.name_en as audience_en,
			       c.name_bo as audience_bo, c.name_mn as audience_mn,
			       (select count(*) from activity_signup s where s.activity_id = a.id and s.status = 'WAITING') as waiting
			from activity a
			join org_unit o on o.id = a.organiser_unit_id
			left join org_unit c on c.id = a.audience_community_id
			""";

	private final JdbcClient jdbc;

	ActivityRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void insert(NewActivity a) {
		Localized d = a.description() == null ? Localized.zh(null) : a.description();
		jdbc.sql("""
				insert into activity (id, kind, organiser_unit_id, audience_community_id, home_unit_id, title_zh, title_en,
				    title_bo, title_mn, description_zh, description_en, description_bo, description_mn, venue_booking_id,
				    venue_address, starts_at, ends_at, capacity, festival_code, created_by, created_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(a.id(), a.kind().name(), a.organiserUnitId(), a.audienceCommunityId(), a.homeUnitId(),
					a.title().zh(), a.title().en(), a.title().bo(), a.title().mn(), d.zh(), d.en(), d.bo(), d.mn(),
					a.venueBookingId(), a.venueAddress(), Timestamp.from(a.startsAt()), Timestamp.from(a.endsAt()),
					a.capacity(), a.festivalCode(), a.createdBy(), Timestamp.from(a.createdAt()))
			.update();
		int position = 0;
		for (CoOrganiser co : a.coOrganisers()) {
			jdbc.sql("insert into activity_co_organiser (activity_id, position, name, type) values (?, ?, ?, ?)")
				.params(a.id(), ++position, co.name(), co.type().name()).update();
		}
	}

	public Optional<Activity> find(UUID id) {
		return jdbc.sql(SELECT + " where a.id = ?").param(id).query(this::map).optional()
			.map(a -> withCoOrganisers(a, coOrganisers(id)));
	}

	/**
	 * Locks the activity's row for a sign-up or a cancellation: sign-ups and cancellations of one
	 * activity then follow each other, so the count of places and the waiting list always agree.
	 */
	public Optional<Activity> lock(UUID id) {
		jdbc.sql("select id from activity where id = ? for update").param(id).query(UUID.class).optional();
		return find(id);
	}

	/** Takes a confirmed place if one is free; false when the activity is full. */
	public boolean takePlace(UUID id) {
		return jdbc.sql("update activity set taken = taken + 1 where id = ? and taken < capacity").param(id)
			.update() == 1;
	}

	public void releasePlace(UUID id) {
		jdbc.sql("update activity set taken = taken - 1 where id = ? and taken > 0").param(id).update();
	}

	public void cancel(UUID id, Instant now) {
		jdbc.sql("update activity set cancelled_at = ? where id = ? and cancelled_at is null")
			.params(Timestamp.from(now), id).update();
	}

	/** The id and start of an activity, for keyset cursors. */
	public Optional<Instant> startOf(UUID id) {
		return jdbc.sql("select starts_at from activity where id = ?").param(id)
			.query((rs, n) -> rs.getTimestamp(1).toInstant()).optional();
	}

	/**
	 * Activities starting from {@code from} up to, not including, {@code to}, in start order after the
	 * cursor, among those a reader may see:
	 * {@code units} — organiser or home unit in it or, with {@code open}, those open to everyone;
	 * {@code community} adds the ones for that community — a resident's.
	 */
	public List<Activity> list(Instant from, Instant to, UUID[] units, boolean open, UUID community,
			UUID[] within, Instant afterStart, UUID afterId, int size) {
		StringBuilder sql = new StringBuilder(SELECT).append(" where a.starts_at >= ? and a.starts_at < ?");
		List<Object> params = new ArrayList<>(List.of(Timestamp.from(from), Timestamp.from(to)));
		sql.append(" and (a.organiser_unit_id = any(?) or a.home_unit_id = any(?)");
		params.add(units);
		params.add(units);
		if (open) {
			sql.append(" or a.audience_community_id is null");
		}
		if (community != null) {
			sql.append(" or a.audience_community_id = ?");
			params.add(community);
		}
		sql.append(")");
		if (within != null) {
			sql.append(" and (a.home_unit_id = any(?) or a.organiser_unit_id = any(?))");
			params.add(within);
			params.add(within);
		}
		if (afterStart != null) {
			sql.append(" and (a.starts_at, a.id) > (?, ?)");
			params.add(Timestamp.from(afterStart));
			params.add(afterId);
		}
		sql.append(" order by a.starts_at, a.id limit ?");
		params.add(size);
		return jdbc.sql(sql.toString()).params(params).query(this::map).list();
	}

	private List<CoOrganiser> coOrganisers(UUID id) {
		return jdbc.sql("select name, type from activity_co_organiser where activity_id = ? order by position")
			.param(id).query((rs, n) -> new CoOrganiser(rs.getString(1), CoOrganiser.Type.valueOf(rs.getString(2))))
			.list();
	}

	private static Activity withCoOrganisers(Activity a, List<CoOrganiser> co) {
		return new Activity(a.id(), a.kind(), a.organiserUnitId(), a.organiserName(), a.audienceCommunityId(),
				a.audienceName(), a.homeUnitId(), a.title(), a.description(), a.venueBookingId(), a.venueAddress(),
				a.startsAt(), a.endsAt(), a.capacity(), a.taken(), a.waiting(), a.festivalCode(), a.cancelled(), co);
	}

	private static Localized names(ResultSet rs, String prefix) throws SQLException {
		return new Localized(rs.getString(prefix + "_zh"), rs.getString(prefix + "_en"), rs.getString(prefix + "_bo"),
				rs.getString(prefix + "_mn"));
	}

	private Activity map(ResultSet rs, int n) throws SQLException {
		return new Activity(rs.getObject("id", UUID.class), ActivityKind.valueOf(rs.getString("kind")),
				rs.getObject("organiser_unit_id", UUID.class), names(rs, "organiser"),
				rs.getObject("audience_community_id", UUID.class),
				rs.getString("audience_zh") == null ? null : names(rs, "audience"),
				rs.getObject("home_unit_id", UUID.class),
				new Localized(rs.getString("title_zh"), rs.getString("title_en"), rs.getString("title_bo"),
						rs.getString("title_mn")),
				new Localized(rs.getString("description_zh"), rs.getString("description_en"),
						rs.getString("description_bo"), rs.getString("description_mn")),
				rs.getObject("venue_booking_id", UUID.class), rs.getString("venue_address"),
				rs.getTimestamp("starts_at").toInstant(), rs.getTimestamp("ends_at").toInstant(), rs.getInt("capacity"),
				rs.getInt("taken"), rs.getInt("waiting"), rs.getString("festival_code"),
				rs.getTimestamp("cancelled_at") != null, List.of());
	}
}
