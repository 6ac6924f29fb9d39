package org.pomegranate.imports.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.pomegranate.imports.ImportKind;
import org.pomegranate.imports.ImportMode;
import org.pomegranate.imports.ImportStatus;
import org.pomegranate.shared.web.InvalidInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes the staged rows of a job into the register. Each batch marks its rows done in the same
 * transaction that writes them, so after a crash a resumed job neither loses nor repeats a row.
 * All-or-nothing runs the whole file as one transaction instead: a crash leaves nothing behind.
 */
@Component
public class ImportCommit {

	private static final Logger log = LoggerFactory.getLogger(ImportCommit.class);

	private final Map<ImportKind, KindRows> kinds;
	private final StagedRows rows;
	private final ImportJobs jobs;
	private final JdbcClient jdbc;
	private final TransactionTemplate transaction;
	private final TransactionTemplate savepoint;
	private final TransactionTemplate separate;
	private volatile int batchSize = 500;
	/** For tests: stop dead after this many batches, as a {@code kill -9} would; 0 never. */
	private final AtomicInteger dieAfterBatches = new AtomicInteger();

	ImportCommit(List<KindRows> kinds, StagedRows rows, ImportJobs jobs, JdbcClient jdbc,
			PlatformTransactionManager transactions) {
		this.kinds = kinds.stream().collect(Collectors.toMap(KindRows::kind, Function.identity()));
		this.rows = rows;
		this.jobs = jobs;
		this.jdbc = jdbc;
		this.transaction = new TransactionTemplate(transactions);
		this.savepoint = new TransactionTemplate(transactions);
		this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
		this.separate = new TransactionTemplate(transactions);
		this.separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/** Runs (or resumes) a job that is committing. */
	public void run(UUID jobId, ImportContext context) {
		try {
			ImportJobs.Stored job = jobs.find(jobId).orElseThrow();
			if (job.status() != ImportStatus.COMMITTING) {
				return;
			}
			if (job.mode() == ImportMode.ALL_OR_NOTHING) {
				allOrNothing(job, context);
			}
			else {
				while (goodRowsBatch(job, context)) {
					// next batch
				}
			}
		}
		catch (SimulatedCrash crash) {
			log.warn("Import {} stopped as if the process had died", jobId);
		}
	}

	private void allOrNothing(ImportJobs.Stored job, ImportContext context) {
		try {
			transaction.executeWithoutResult(tx -> {
				if (!lockJob(job.id())) {
					return;
				}
				int done = 0;
				int batches = 0;
				for (List<SheetRow> batch = rows.nextGood(job.id(), batchSize); !batch.isEmpty();
						batch = rows.nextGood(job.id(), batchSize)) {
					for (SheetRow row : batch) {
						writeOne(job, row, context);
					}
					rows.markDone(job.id(), batch.stream().map(SheetRow::number).toList());
					done += batch.size();
					int shown = done;
					// progress in its own transaction: the file's transaction shows nothing until its end
					separate.executeWithoutResult(t -> jobs.progress(job.id(), shown));
					crashIfAsked(++batches);
				}
				finish(job.id());
			});
		}
		catch (RowFailed failed) {
			// nothing was written; the row that failed is marked and the file can be looked at again
			transaction.executeWithoutResult(tx -> {
				rows.addProblem(job.id(), failed.rowNo, failed.problem);
				int[] counts = rows.counts(job.id());
				jobs.counted(job.id(), ImportStatus.READY, job.totalRows(), counts[0], counts[1], 0);
				jobs.refuse(job.id(), ImportStatus.READY, "import.commit.rolledBack", String.valueOf(failed.rowNo));
			});
		}
	}

	/** One batch of a good-rows import; false when the job is finished or taken elsewhere. */
	private boolean goodRowsBatch(ImportJobs.Stored job, ImportContext context) {
		Boolean more = transaction.execute(tx -> {
			if (!lockJob(job.id())) {
				return false;
			}
			List<SheetRow> batch = rows.nextGood(job.id(), batchSize);
			if (batch.isEmpty()) {
				finish(job.id());
				return false;
			}
			List<Integer> written = writeBatch(job, batch, context);
			rows.markDone(job.id(), written);
			jobs.progress(job.id(), rows.counts(job.id())[2]);
			return true;
		});
		if (Boolean.TRUE.equals(more)) {
			crashIfAsked(batchesDone.incrementAndGet());
		}
		return Boolean.TRUE.equals(more);
	}

	private final AtomicInteger batchesDone = new AtomicInteger();

	/**
	 * The batch at once; when one row fails (the register changed since the check), row by row
	 * behind savepoints, so that only that row is left out and reported.
	 */
	private List<Integer> writeBatch(ImportJobs.Stored job, List<SheetRow> batch, ImportContext context) {
		try {
			savepoint.executeWithoutResult(sp -> batch.forEach(row -> writeOne(job, row, context)));
			return batch.stream().map(SheetRow::number).toList();
		}
		catch (RowFailed first) {
			List<Integer> written = new ArrayList<>();
			for (SheetRow row : batch) {
				try {
					savepoint.executeWithoutResult(sp -> writeOne(job, row, context));
					written.add(row.number());
				}
				catch (RowFailed failed) {
					rows.addProblem(job.id(), failed.rowNo, failed.problem);
				}
			}
			return written;
		}
	}

	private void writeOne(ImportJobs.Stored job, SheetRow row, ImportContext context) {
		try {
			kinds.get(job.kind()).write(row, context);
		}
		catch (InvalidInputException e) {
			Map.Entry<String, String> first = e.fieldErrors().entrySet().iterator().next();
			throw new RowFailed(row.number(), new Problem(first.getKey(), first.getValue(), ""));
		}
		catch (DataAccessException e) {
			log.info("Import {} row {} refused by the database: {}", job.id(), row.number(), e.getMessage());
			throw new RowFailed(row.number(), new Problem("", "import.row.refused", ""));
		}
	}

	private void finish(UUID jobId) {
		int[] counts = rows.counts(jobId);
		ImportJobs.Stored job = jobs.find(jobId).orElseThrow();
		jobs.counted(jobId, ImportStatus.COMMITTED, job.totalRows(), job.goodRows(), counts[1], counts[2]);
	}

	/** Serialises the batches of one job across threads and instances; false when it is no longer committing. */
	private boolean lockJob(UUID jobId) {
		jdbc.sql("select pg_advisory_xact_lock(hashtextextended(?, 0))").param(jobId.toString()).query().singleRow();
		return jobs.find(jobId).map(j -> j.status() == ImportStatus.COMMITTING).orElse(false);
	}

	private void crashIfAsked(int batches) {
		int limit = dieAfterBatches.get();
		if (limit > 0 && batches >= limit) {
			dieAfterBatches.set(0);
			batchesDone.set(0);
			throw new SimulatedCrash();
		}
	}

	/** For tests: the next commit stops dead after this many batches of this size. */
	public void simulateCrash(int afterBatches, int size) {
		batchesDone.set(0);
		dieAfterBatches.set(afterBatches);
		batchSize = size;
	}

	/** For tests: back to normal batches. */
	public void normalBatches() {
		dieAfterBatches.set(0);
		batchSize = 500;
	}

	private static final class RowFailed extends RuntimeException {
		final int rowNo;
		final Problem problem;

		RowFailed(int rowNo, Problem problem) {
			super(problem.key(), null, false, false);
			this.rowNo = rowNo;
			this.problem = problem;
		}
	}

	private static final class SimulatedCrash extends RuntimeException {
		SimulatedCrash() {
			super("simulated crash", null, false, false);
		}
	}
}
