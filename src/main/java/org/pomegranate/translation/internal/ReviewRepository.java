package org.pomegranate.translation.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The reviewers' rows: one per language and key that somebody has reviewed. */
@Repository
public class ReviewRepository {

	/** What a reviewer decided for one key: their text ({@code null}: the bundle's text kept), who, when. */
	public record Review(String key, String text, String reviewedBy, Instant reviewedAt) {
	}

	private final JdbcClient jdbc;

	ReviewRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Every review of one language, by key. A few thousand rows at most: one per key of the bundle. */
	public Map<String, Review> all(String language) {
		Map<String, Review> reviews = new HashMap<>();
		jdbc.sql("select message_key, text, reviewed_by, reviewed_at from translation_review where language = ?")
			.param(language)
			.query((rs, n) -> new Review(rs.getString(1), rs.getString(2), rs.getString(3),
					rs.getTimestamp(4).toInstant()))
			.list()
			.forEach(r -> reviews.put(r.key(), r));
		return reviews;
	}

	/** Records a review, replacing an earlier one of the same key: the last reviewer's word counts. */
	public void save(String language, String key, String text, String reviewer, Instant at) {
		jdbc.sql("""
				insert into translation_review (language, message_key, text, reviewed_by, reviewed_at)
				values (?, ?, ?, ?, ?)
				on conflict (language, message_key)
				do update set text = excluded.text, reviewed_by = excluded.reviewed_by, reviewed_at = excluded.reviewed_at""")
			.params(language, key, text, reviewer, Timestamp.from(at))
			.update();
	}
}
