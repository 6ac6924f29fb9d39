package org.pomegranate.imports.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.poi.ss.util.CellRangeAddress;
import org.pomegranate.imports.ImportKind;
import org.pomegranate.imports.ImportStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads an uploaded file, checks every row and stages it with its problems. Writes nothing to the
 * register: a file refused as a whole leaves no staged rows either.
 */
@Component
public class ImportValidation {

	private static final Logger log = LoggerFactory.getLogger(ImportValidation.class);
	private static final int BATCH = 500;

	private final Map<ImportKind, KindRows> kinds;
	private final StagedRows rows;
	private final ImportJobs jobs;
	private final TransactionTemplate transaction;

	ImportValidation(List<KindRows> kinds, StagedRows rows, ImportJobs jobs, PlatformTransactionManager transactions) {
		this.kinds = kinds.stream().collect(Collectors.toMap(KindRows::kind, Function.identity()));
		this.rows = rows;
		this.jobs = jobs;
		this.transaction = new TransactionTemplate(transactions);
	}

	/** Checks the file of a job and leaves the job ready, refused or failed. Deletes the file. */
	public void validate(ImportJobs.Stored job, Path file, ImportContext context) {
		try {
			Staging staging = new Staging(job, kinds.get(job.kind()), Layouts.of(job.kind()), context);
			SheetFacts facts = ExcelRows.read(file, Layouts.of(job.kind()).size(), staging::accept,
					size -> jobs.expectRows(job.id(), Math.max(0, size - 1)));
			staging.flush();
			requireNoMergedData(facts, staging.headerRows());
			if (staging.total() == 0) {
				throw new FileProblem("import.file.empty", "");
			}
			transaction.executeWithoutResult(tx -> {
				rows.markDuplicatesInFile(job.id());
				kinds.get(job.kind()).afterStaging(context, rows);
				int[] counts = rows.counts(job.id());
				jobs.counted(job.id(), ImportStatus.READY, staging.total(), counts[0], counts[1], 0);
				if (facts.stoppedAtRow() > 0) {
					jobs.refuse(job.id(), ImportStatus.READY, "import.file.blankStop", String.valueOf(facts.stoppedAtRow()));
				}
			});
		}
		catch (FileProblem | Staging.WrongColumns problem) {
			FileProblem p = problem instanceof Staging.WrongColumns w ? w.problem() : (FileProblem) problem;
			refuse(job, ImportStatus.REFUSED, p.key(), p.arg());
		}
		catch (RuntimeException e) {
			log.error("Import {} could not be checked", job.id(), e);
			refuse(job, ImportStatus.FAILED, "import.failed", "");
		}
		finally {
			deleteQuietly(file);
		}
	}

	private void refuse(ImportJobs.Stored job, ImportStatus status, String key, String arg) {
		transaction.executeWithoutResult(tx -> {
			rows.deleteAll(job.id());
			jobs.refuse(job.id(), status, key, arg);
		});
	}

	/** Merged cells in the data leave every cell but the first empty: refused, naming the ranges. */
	private static void requireNoMergedData(SheetFacts facts, int headerRows) throws FileProblem {
		List<String> inData = facts.merged().stream()
			.filter(ref -> CellRangeAddress.valueOf(ref).getLastRow() + 1 > headerRows).limit(10).toList();
		if (!inData.isEmpty()) {
			throw new FileProblem("import.file.merged", String.join(", ", inData));
		}
	}

	private static void deleteQuietly(Path file) {
		try {
			Files.deleteIfExists(file);
		}
		catch (java.io.IOException e) {
			log.warn("Could not delete the uploaded file {}", file);
		}
	}

	/** Rows as they come from the reader: the header checked, then checked rows staged in batches. */
	private final class Staging {

		private final ImportJobs.Stored job;
		private final KindRows kind;
		private final List<Column> layout;
		private final ImportContext context;
		private final List<StagedRows.Staged> batch = new ArrayList<>();
		private int headerRows;
		private boolean headerSeen;
		private int total;

		Staging(ImportJobs.Stored job, KindRows kind, List<Column> layout, ImportContext context) {
			this.job = job;
			this.kind = kind;
			this.layout = layout;
			this.context = context;
		}

		void accept(SheetRow row) {
			if (!headerSeen) {
				checkHeader(row);
				headerSeen = true;
				headerRows = row.number();
				return;
			}
			if (isSecondHeaderOrExample(row)) {
				headerRows = Math.max(headerRows, row.number());
				return;
			}
			batch.add(new StagedRows.Staged(row, kind.check(row, context)));
			total++;
			if (batch.size() >= BATCH) {
				flush();
			}
		}

		void flush() {
			if (batch.isEmpty()) {
				return;
			}
			transaction.executeWithoutResult(tx -> {
				rows.insert(job.id(), batch);
				jobs.readSoFar(job.id(), total);
			});
			batch.clear();
		}

		int total() {
			return total;
		}

		int headerRows() {
			return headerRows;
		}

		private void checkHeader(SheetRow row) {
			List<String> wrong = new ArrayList<>();
			for (int i = 0; i < layout.size(); i++) {
				String found = row.cell(i).trim().replace("*", "");
				if (!found.equals(layout.get(i).zh())) {
					wrong.add(new org.apache.poi.ss.util.CellReference(0, i).formatAsString().replaceAll("\\d", "")
							+ ": " + layout.get(i).zh() + " ≠ " + (found.isEmpty() ? "—" : found));
				}
			}
			if (!wrong.isEmpty()) {
				throw new WrongColumns(new FileProblem("import.file.columns", String.join("; ", wrong)));
			}
		}

		/** The template's English header line and its unchanged example row are not data. */
		private boolean isSecondHeaderOrExample(SheetRow row) {
			boolean english = true;
			boolean example = true;
			for (int i = 0; i < layout.size(); i++) {
				english &= row.cell(i).trim().equals(layout.get(i).en());
				example &= row.cell(i).trim().equals(layout.get(i).example());
			}
			return english || example;
		}

		/** A wrong header found inside the reader's callback. */
		static final class WrongColumns extends RuntimeException {
			private final FileProblem problem;

			WrongColumns(FileProblem problem) {
				super(problem.getMessage(), null, false, false);
				this.problem = problem;
			}

			FileProblem problem() {
				return problem;
			}
		}
	}
}
