package org.pomegranate.imports.internal;

import java.util.List;

import org.pomegranate.imports.ImportJob;
import org.pomegranate.imports.RowProblem;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Puts a job and its problems into the reader's language. */
@Component
public class ImportWording {

	private final MessageSource messages;

	ImportWording(MessageSource messages) {
		this.messages = messages;
	}

	public String say(Problem problem) {
		return messages.getMessage(problem.key(), new Object[] { problem.arg() }, problem.key(),
				LocaleContextHolder.getLocale());
	}

	public ImportJob view(ImportJobs.Stored job, List<RowProblem> problems) {
		String problem = job.problem() == null ? null : say(new Problem("", job.problem(), job.problemArg()));
		return new ImportJob(job.id(), job.kind(), job.fileName(), job.status(), job.mode(), problem, job.expectedRows(),
				job.totalRows(), job.goodRows(), job.badRows(), job.doneRows(), job.username(), job.createdAt(), problems);
	}
}
