package org.pomegranate.servicedesk.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.pomegranate.servicedesk.AttachmentFile;
import org.pomegranate.servicedesk.RequestDetails.AttachmentInfo;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Files live in the database beside their request: no file-system paths to traverse, and one
 * backup holds everything.
 */
@Repository
public class AttachmentRepository {

	private final JdbcClient jdbc;

	AttachmentRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void insert(UUID requestId, CheckedFile file, Instant at, String uploadedBy) {
		jdbc.sql("""
				insert into service_request_attachment (id, request_id, file_name, content_type, size_bytes, sha256,
				    content, uploaded_at, uploaded_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(UUID.randomUUID(), requestId, file.fileName(), file.contentType(), file.content().length,
					file.sha256(), file.content(), Timestamp.from(at), uploadedBy)
			.update();
	}

	public int count(UUID requestId) {
		return jdbc.sql("select count(*) from service_request_attachment where request_id = ?").param(requestId)
			.query(Integer.class).single();
	}

	public List<AttachmentInfo> of(UUID requestId) {
		return jdbc.sql("""
				select id, file_name, content_type, size_bytes from service_request_attachment
				where request_id = ? order by uploaded_at, file_name""").param(requestId)
			.query((rs, n) -> new AttachmentInfo(rs.getObject("id", UUID.class), rs.getString("file_name"),
					rs.getString("content_type"), rs.getInt("size_bytes")))
			.list();
	}

	public Optional<AttachmentFile> find(UUID requestId, UUID attachmentId) {
		return jdbc.sql("""
				select file_name, content_type, content from service_request_attachment
				where request_id = ? and id = ?""").params(requestId, attachmentId)
			.query((rs, n) -> new AttachmentFile(rs.getString("file_name"), rs.getString("content_type"),
					rs.getBytes("content")))
			.optional();
	}
}
