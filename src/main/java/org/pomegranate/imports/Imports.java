package org.pomegranate.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import org.pomegranate.identity.CurrentUser;
import org.pomegranate.imports.internal.ImportAccess;
import org.pomegranate.imports.internal.ImportCommit;
import org.pomegranate.imports.internal.ImportJobs;
import org.pomegranate.imports.internal.ImportRunner;
import org.pomegranate.imports.internal.ImportWording;
import org.pomegranate.imports.internal.ReportWriter;
import org.pomegranate.imports.internal.StagedRows;
import org.pomegranate.imports.internal.TemplateWriter;
import org.pomegranate.shared.web.InvalidInputException;
import org.pomegranate.shared.web.NotFoundException;
import org.pomegranate.shared.web.RuleViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * Excel imports for the administrator (anywhere) and county officers (within their county):
 * templates, upload and check in the background, the report, and the commit.
 */
@Service
public class Imports {

	private static final int PROBLEMS_SHOWN = 200;

	private final ImportJobs jobs;
	private final StagedRows rows;
	private final ImportRunner runner;
	private final ImportAccess access;
	private final ImportWording wording;

	Imports(ImportJobs jobs, StagedRows rows, ImportRunner runner, ImportAccess access, ImportWording wording) {
		this.jobs = jobs;
		this.rows = rows;
		this.runner = runner;
		this.access = access;
		this.wording = wording;
	}

	/** The template of a kind, as an .xlsx. */
	public void writeTemplate(ImportKind kind, OutputStream out) throws IOException {
		access.requireImporter();
		TemplateWriter.write(kind, out);
	}

	/**
	 * Takes a file and starts checking it in the background; answers at once. The same file of the
	 * same kind that is already in the register is refused.
	 */
	public ImportJob upload(ImportKind kind, String fileName, InputStream content) {
		CurrentUser user = access.requireImporter();
		if (kind == null) {
			throw new InvalidInputException("kind", "import.kind.unknown");
		}
		Path file = null;
		try {
			file = Files.createTempFile("import-", ".xlsx");
			String sha256 = copyHashing(content, file);
			if (jobs.alreadyImported(sha256, kind).isPresent()) {
				throw new RuleViolationException("import.alreadyImported");
			}
			UUID id = UUID.randomUUID();
			jobs.insert(id, kind, name(fileName), sha256, user.accountId(), user.username(), user.orgUnitId());
			runner.validate(id, file);
			file = null;
			return job(id);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		finally {
			deleteQuietly(file);
		}
	}

	/** A job with its counts and its first problems, translated. */
	public ImportJob job(UUID id) {
		ImportJobs.Stored job = access.requireVisible(jobs.find(id).orElseThrow(() -> new NotFoundException("import")));
		List<RowProblem> problems = rows.bad(id, 0, PROBLEMS_SHOWN).stream()
			.flatMap(bad -> bad.problems().stream().map(p -> new RowProblem(bad.rowNo(), p.column(), wording.say(p))))
			.limit(PROBLEMS_SHOWN).toList();
		return wording.view(job, problems);
	}

	/** The caller's recent imports (all of them for the administrator), newest first. */
	public List<ImportJob> recent() {
		return jobs.recent(access.listedUser(), 20).stream().map(j -> wording.view(j, List.of())).toList();
	}

	/**
	 * Starts writing a checked file into the register. All-or-nothing is refused while any row is
	 * bad; good-rows-only leaves the bad rows in the report.
	 */
	public ImportJob commit(UUID id, ImportMode mode) {
		ImportJobs.Stored job = access.requireVisible(jobs.find(id).orElseThrow(() -> new NotFoundException("import")));
		if (mode == null) {
			throw new InvalidInputException("mode", "import.mode.unknown");
		}
		if (job.status() != ImportStatus.READY) {
			throw new RuleViolationException("import.notReady");
		}
		if (mode == ImportMode.ALL_OR_NOTHING && job.badRows() > 0) {
			throw new RuleViolationException("import.hasBadRows");
		}
		if (mode == ImportMode.GOOD_ROWS && job.goodRows() == 0) {
			throw new RuleViolationException("import.noGoodRows");
		}
		try {
			if (!jobs.startCommit(id, mode)) {
				throw new RuleViolationException("import.notReady");
			}
		}
		catch (DuplicateKeyException e) {
			// the same file went in meanwhile through another upload
			throw new RuleViolationException("import.alreadyImported");
		}
		runner.commit(id);
		return job(id);
	}

	/** The rows that could not be imported, with their problems, as an .xlsx. */
	public void writeReport(UUID id, OutputStream out) throws IOException {
		ImportJobs.Stored job = access.requireVisible(jobs.find(id).orElseThrow(() -> new NotFoundException("import")));
		ReportWriter.write(job.kind(), rows, id, wording::say, out);
	}

	private static String copyHashing(InputStream content, Path file) throws IOException {
		try {
			MessageDigest sha = MessageDigest.getInstance("SHA-256");
			try (InputStream in = new DigestInputStream(content, sha)) {
				Files.copy(in, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
			}
			return HexFormat.of().formatHex(sha.digest());
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	private static String name(String fileName) {
		String name = fileName == null || fileName.isBlank() ? "import.xlsx" : fileName.replaceAll("[\\p{Cntrl}/\\\\]", "_");
		return name.length() > 200 ? name.substring(name.length() - 200) : name;
	}

	private static void deleteQuietly(Path file) {
		if (file != null) {
			try {
				Files.deleteIfExists(file);
			}
			catch (IOException e) {
				// a temporary file; the system cleans its temp folder
			}
		}
	}
}
