package org.pomegranate.imports.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.pomegranate.imports.ImportKind;
import org.pomegranate.imports.ImportMode;
import org.pomegranate.imports.ImportStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The import_job table. */
@Repository
public class ImportJobs {

	private final JdbcClient jdbc;

	ImportJobs(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A job as stored. */
	public record Stored(UUID id, ImportKind kind, String fileName, String sha256, ImportStatus status, ImportMode mode,
			String problem, String problemArg, int expectedRows, int totalRows, int goodRows, int badRows, int doneRows,
			UUID accountId, String username, UUID scopeRoot, java.time.Instant createdAt) {
	}

	public void insert(UUID id, ImportKind kind, String fileName, String sha256, UUID accountId, String username,
			UUID scopeRoot) {
		jdbc.sql("""
				insert into import_job (id, kind, file_name, sha256, status, account_id, username, scope_root)
				values (?, ?, ?, ?, 'VALIDATING', ?, ?, ?)""")
			.params(id, kind.name(), fileName, sha256, accountId, username, scopeRoot).update();
	}

	public Optional<Stored> find(UUID id) {
		return jdbc.sql("select * from import_job where id = ?").param(id).query(ImportJobs::map).optional();
	}

	/** Locks the job's row: batches of one job, from any instance, run one after another. */
	public Optional<Stored> lock(UUID id) {
		return jdbc.sql("select * from import_job where id = ? for update").param(id).query(ImportJobs::map).optional();
	}

	/** The import of the same file and kind that went (or is going) into the register, if any. */
	public Optional<Stored> alreadyImported(String sha256, ImportKind kind) {
		return jdbc.sql("""
				select * from import_job where sha256 = ? and kind = ? and status in ('COMMITTING', 'COMMITTED')""")
			.params(sha256, kind.name()).query(ImportJobs::map).optional();
	}

	/** Newest first; {@code username == null} for every job. */
	public List<Stored> recent(String username, int limit) {
		return jdbc.sql("""
				select * from import_job where (cast(? as varchar) is null or username = ?)
				order by created_at desc, id limit ?""")
			.params(username, username, limit).query(ImportJobs::map).list();
	}

	public List<UUID> withStatus(ImportStatus status) {
		return jdbc.sql("select id from import_job where status = ?").param(status.name()).query(UUID.class).list();
	}

	public void expectRows(UUID id, int rows) {
		jdbc.sql("update import_job set expected_rows = ?, updated_at = now() where id = ?").params(rows, id).update();
	}

	public void readSoFar(UUID id, int rows) {
		jdbc.sql("update import_job set total_rows = ?, updated_at = now() where id = ?").params(rows, id).update();
	}

	public void counted(UUID id, ImportStatus status, int total, int good, int bad, int done) {
		jdbc.sql("""
				update import_job set status = ?, total_rows = ?, good_rows = ?, bad_rows = ?, done_rows = ?,
				updated_at = now() where id = ?""")
			.params(status.name(), total, good, bad, done, id).update();
	}

	public void refuse(UUID id, ImportStatus status, String problem, String arg) {
		jdbc.sql("update import_job set status = ?, problem = ?, problem_arg = ?, updated_at = now() where id = ?")
			.params(status.name(), problem, arg == null ? null : arg.substring(0, Math.min(arg.length(), 500)), id)
			.update();
	}

	/** Moves a ready job to committing; false when it was not ready (a second click, another instance). */
	public boolean startCommit(UUID id, ImportMode mode) {
		return jdbc.sql("""
				update import_job set status = 'COMMITTING', mode = ?, problem = null, problem_arg = null,
				updated_at = now() where id = ? and status = 'READY'""")
			.params(mode.name(), id).update() == 1;
	}

	public void progress(UUID id, int done) {
		jdbc.sql("update import_job set done_rows = ?, updated_at = now() where id = ?").params(done, id).update();
	}

	private static Stored map(ResultSet rs, int n) throws SQLException {
		return new Stored(rs.getObject("id", UUID.class), ImportKind.valueOf(rs.getString("kind")),
				rs.getString("file_name"), rs.getString("sha256"), ImportStatus.valueOf(rs.getString("status")),
				rs.getString("mode") == null ? null : ImportMode.valueOf(rs.getString("mode")), rs.getString("problem"),
				rs.getString("problem_arg"), rs.getInt("expected_rows"), rs.getInt("total_rows"), rs.getInt("good_rows"),
				rs.getInt("bad_rows"), rs.getInt("done_rows"), rs.getObject("account_id", UUID.class),
				rs.getString("username"), rs.getObject("scope_root", UUID.class),
				rs.getTimestamp("created_at").toInstant());
	}
}
