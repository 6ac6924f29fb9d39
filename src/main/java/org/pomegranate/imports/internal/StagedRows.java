package org.pomegranate.imports.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import org.pomegranate.privacy.FieldCipher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The rows of an import as staged before they reach the register. Cells are kept encrypted, since
 * a residents file carries ID numbers and phones.
 */
@Repository
public class StagedRows {

	private static final TypeReference<List<String>> CELLS = new TypeReference<>() {
	};
	private static final TypeReference<List<Problem>> PROBLEMS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;
	private final JdbcTemplate template;
	private final FieldCipher cipher;
	private final JsonMapper json;

	StagedRows(JdbcClient jdbc, JdbcTemplate template, FieldCipher cipher, JsonMapper json) {
		this.jdbc = jdbc;
		this.template = template;
		this.cipher = cipher;
		this.json = json;
	}

	/** A checked row to stage. */
	record Staged(SheetRow row, Checked checked) {
	}

	void insert(UUID jobId, List<Staged> rows) {
		template.batchUpdate("""
				insert into import_row (job_id, row_no, cells, status, errors, dedupe_key)
				values (?, ?, ?, ?, cast(? as jsonb), ?)""", rows, rows.size(), (ps, s) -> {
			ps.setObject(1, jobId);
			ps.setInt(2, s.row().number());
			ps.setString(3, cipher.encrypt(json.writeValueAsString(s.row().cells()), place(jobId, s.row().number())));
			ps.setString(4, s.checked().problems().isEmpty() ? "GOOD" : "BAD");
			ps.setString(5, s.checked().problems().isEmpty() ? null : json.writeValueAsString(s.checked().problems()));
			ps.setString(6, s.checked().dedupeKey());
		});
	}

	/** Marks every row that repeats an earlier row's record as bad, naming the earlier row. */
	void markDuplicatesInFile(UUID jobId) {
		// the rows just staged are most of the table: fresh statistics keep the plans below sane
		jdbc.sql("analyze import_row").update();
		// materialized, and joined on the primary key: inlined into the update the planner may
		// re-run the grouping once per staged row (minutes for 25,000 rows)
		jdbc.sql("""
				with repeats as materialized (
				  select row_no, first_row from (
				    select row_no, min(row_no) over (partition by dedupe_key) as first_row from import_row
				    where job_id = :job and dedupe_key is not null) k
				  where row_no > first_row)
				update import_row r set status = 'BAD',
				  errors = coalesce(r.errors, '[]'::jsonb) || jsonb_build_array(jsonb_build_object(
				    'column', '', 'key', 'import.row.duplicateInFile', 'arg', d.first_row::text))
				from repeats d where r.job_id = :job and r.row_no = d.row_no""")
			.param("job", jobId).update();
	}

	void addProblem(UUID jobId, int rowNo, Problem problem) {
		jdbc.sql("""
				update import_row set status = 'BAD', errors = coalesce(errors, '[]'::jsonb) || cast(? as jsonb)
				where job_id = ? and row_no = ?""")
			.params(json.writeValueAsString(List.of(problem)), jobId, rowNo).update();
	}

	void setSortKey(UUID jobId, int rowNo, int sortKey) {
		jdbc.sql("update import_row set sort_key = ? where job_id = ? and row_no = ?").params(sortKey, jobId, rowNo)
			.update();
	}

	/** Counts by status: good, bad, done. */
	int[] counts(UUID jobId) {
		return jdbc.sql("""
				select count(*) filter (where status = 'GOOD'), count(*) filter (where status = 'BAD'),
				       count(*) filter (where status = 'DONE') from import_row where job_id = ?""")
			.param(jobId).query((rs, n) -> new int[] { rs.getInt(1), rs.getInt(2), rs.getInt(3) }).single();
	}

	/** The next rows still to write, in writing order, locked so that no other instance writes them too. */
	List<SheetRow> nextGood(UUID jobId, int limit) {
		return jdbc.sql("""
				select row_no, cells from import_row where job_id = ? and status = 'GOOD'
				order by sort_key, row_no limit ? for update skip locked""")
			.params(jobId, limit).query((rs, n) -> new SheetRow(rs.getInt(1), cells(jobId, rs.getInt(1), rs.getString(2)), java.util.Set.of()))
			.list();
	}

	void markDone(UUID jobId, List<Integer> rowNos) {
		jdbc.sql("update import_row set status = 'DONE' where job_id = ? and row_no = any(?)")
			.params(jobId, rowNos.toArray(Integer[]::new)).update();
	}

	/** Rows with problems, in order, after a row number: for the report, page by page. */
	public List<BadRow> bad(UUID jobId, int afterRow, int limit) {
		return jdbc.sql("""
				select row_no, cells, errors::text from import_row where job_id = ? and status = 'BAD' and row_no > ?
				order by row_no limit ?""")
			.params(jobId, afterRow, limit)
			.query((rs, n) -> new BadRow(rs.getInt(1), cells(jobId, rs.getInt(1), rs.getString(2)), json.readValue(rs.getString(3), PROBLEMS)))
			.list();
	}

	/** Every bad row in order, a page at a time, so that a report of 100,000 rows stays small in memory. */
	void eachBad(UUID jobId, Consumer<BadRow> each) {
		int after = 0;
		List<BadRow> page;
		do {
			page = bad(jobId, after, 1000);
			page.forEach(each);
			after = page.isEmpty() ? after : page.get(page.size() - 1).rowNo();
		}
		while (page.size() == 1000);
	}

	void deleteAll(UUID jobId) {
		jdbc.sql("delete from import_row where job_id = ?").param(jobId).update();
	}

	private List<String> cells(UUID jobId, int rowNo, String stored) {
		return new ArrayList<>(json.readValue(cipher.decrypt(stored, place(jobId, rowNo)), CELLS));
	}

	/** A staged row's cells are bound to their import and row, so they cannot be moved to another. */
	private static org.pomegranate.privacy.FieldCipher.Place place(UUID jobId, int rowNo) {
		return org.pomegranate.privacy.FieldCipher.at("import_row", "cells", jobId + "/" + rowNo);
	}

	/** A row with problems and the cells it had. */
	public record BadRow(int rowNo, List<String> cells, List<Problem> problems) {
	}
}
