package org.pomegranate.activities.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.pomegranate.activities.ActivityReport;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** After-activity reports and their photos. */
@Repository
public class ReportRepository {

	private final JdbcClient jdbc;

	ReportRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void write(UUID activityId, String summary, int participants, int households, UUID by, Instant now) {
		jdbc.sql("""
				insert into activity_report (activity_id, summary, participants, households_reached, written_by, written_at)
				values (?, ?, ?, ?, ?, ?)
				on conflict (activity_id) do update set summary = excluded.summary, participants = excluded.participants,
				    households_reached = excluded.households_reached, written_by = excluded.written_by,
				    written_at = excluded.written_at""")
			.params(activityId, summary, participants, households, by, Timestamp.from(now)).update();
	}

	public Optional<ActivityReport> find(UUID activityId) {
		List<UUID> photos = jdbc.sql("select id from activity_photo where activity_id = ? order by uploaded_at, id")
			.param(activityId).query(UUID.class).list();
		return jdbc.sql("select summary, participants, households_reached, written_at from activity_report where activity_id = ?")
			.param(activityId)
			.query((rs, n) -> new ActivityReport(activityId, rs.getString(1), rs.getInt(2), rs.getInt(3),
					rs.getTimestamp(4).toInstant(), photos))
			.optional();
	}

	public void addPhoto(UUID id, UUID activityId, String contentType, byte[] content, UUID by, Instant now) {
		jdbc.sql("""
				insert into activity_photo (id, activity_id, content_type, content, uploaded_by, uploaded_at)
				values (?, ?, ?, ?, ?, ?)""").params(id, activityId, contentType, content, by, Timestamp.from(now))
			.update();
	}

	public int photoCount(UUID activityId) {
		return jdbc.sql("select count(*) from activity_photo where activity_id = ?").param(activityId)
			.query(Integer.class).single();
	}

	/** A photo's type and bytes. */
	public Optional<Object[]> photo(UUID activityId, UUID photoId) {
		return jdbc.sql("select content_type, content from activity_photo where id = ? and activity_id = ?")
			.params(photoId, activityId).query((rs, n) -> new Object[] { rs.getString(1), rs.getBytes(2) }).optional();
	}
}
