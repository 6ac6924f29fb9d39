package org.pomegranate.volunteers.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.pomegranate.volunteers.Volunteer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Registrations. The name and language are read from the resident's record each time (never copied);
 * names come back whole and are masked by the caller for staff.
 */
@Repository
public class VolunteerRepository {

	private static final String SELECT = """
			select v.*, r.name, r.preferred_language, u.name_zh as community_name,
			       coalesce(b.balance, 0) as balance,
			       (select coalesce(sum(h.minutes), 0) from volunteer_hours h
			        where h.volunteer_id = v.id and h.status = 'APPROVED') as minutes
			from volunteer v
			join resident r on r.id = v.resident_id
			join org_unit u on u.id = v.community_id
			left join volunteer_balance b on b.volunteer_id = v.id
			""";

	private final JdbcClient jdbc;

	VolunteerRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void insert(UUID id, UUID residentId, UUID communityId, UUID gridId, List<String> skills, List<String> languages,
			String availability, Instant at, UUID by) {
		jdbc.sql("""
				insert into volunteer (id, resident_id, community_id, grid_id, skills, languages, availability, consent_at,
				                       registered_at, registered_by)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, residentId, communityId, gridId, skills.toArray(String[]::new), languages.toArray(String[]::new),
					availability, Timestamp.from(at), Timestamp.from(at), by)
			.update();
		jdbc.sql("insert into volunteer_balance (volunteer_id, balance) values (?, 0)").param(id).update();
	}

	public Optional<Volunteer> find(UUID id) {
		return jdbc.sql(SELECT + " where v.id = ?").param(id).query(this::map).optional();
	}

	public Optional<Volunteer> activeOfResident(UUID residentId) {
		return jdbc.sql(SELECT + " where v.resident_id = ? and v.ended_at is null").param(residentId).query(this::map)
			.optional();
	}

	/** Newest registrations first, within the communities given, after the one named (keyset). */
	public List<Volunteer> inUnits(UUID[] units, UUID after, boolean includeEnded, int limit) {
		return jdbc.sql(SELECT + """
				 where (v.community_id = any(:units) or v.grid_id = any(:units)) and (:ended or v.ended_at is null)
				 and (cast(:after as uuid) is null or (v.registered_at, v.id) <
				      (select a.registered_at, a.id from volunteer a where a.id = :after))
				 order by v.registered_at desc, v.id desc limit :limit""")
			.param("units", units).param("ended", includeEnded).param("after", after).param("limit", limit)
			.query(this::map).list();
	}

	/** Ends a standing registration; false when it had ended already. */
	public boolean end(UUID id, Instant at) {
		return jdbc.sql("""
				update volunteer set ended_at = ?, end_reason = 'CONSENT_WITHDRAWN', version = version + 1
				where id = ? and ended_at is null""")
			.params(Timestamp.from(at), id).update() == 1;
	}

	private Volunteer map(ResultSet rs, int n) throws SQLException {
		Timestamp ended = rs.getTimestamp("ended_at");
		return new Volunteer(rs.getObject("id", UUID.class), rs.getObject("resident_id", UUID.class),
				rs.getString("name"), rs.getObject("community_id", UUID.class), rs.getObject("grid_id", UUID.class),
				rs.getString("community_name"),
				strings(rs.getArray("skills")), strings(rs.getArray("languages")), rs.getString("availability"),
				rs.getTimestamp("consent_at").toInstant(), rs.getTimestamp("registered_at").toInstant(),
				ended == null ? null : ended.toInstant(), rs.getString("preferred_language"),
				BigDecimal.valueOf(rs.getLong("minutes")).divide(BigDecimal.valueOf(60), 1, RoundingMode.HALF_UP),
				rs.getInt("balance"));
	}

	static List<String> strings(Array array) throws SQLException {
		return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
	}
}
