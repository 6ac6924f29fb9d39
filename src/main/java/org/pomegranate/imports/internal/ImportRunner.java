package org.pomegranate.imports.internal;

import java.nio.file.Path;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;
import org.pomegranate.imports.ImportStatus;
import org.pomegranate.organization.OrganizationManagement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Runs checks and commits in the background, each as the person who uploaded the file (so the
 * audit log names them), and on start resumes what a stopped process left committing.
 */
@Component
public class ImportRunner {

	private static final Logger log = LoggerFactory.getLogger(ImportRunner.class);

	private final ExecutorService executor = Executors.newFixedThreadPool(2, r -> {
		Thread t = new Thread(r, "import");
		t.setDaemon(true);
		return t;
	});
	private final ImportJobs jobs;
	private final ImportValidation validation;
	private final ImportCommit commit;
	private final OrganizationManagement organization;
	private final UserDetailsService users;

	ImportRunner(ImportJobs jobs, ImportValidation validation, ImportCommit commit, OrganizationManagement organization,
			UserDetailsService users) {
		this.jobs = jobs;
		this.validation = validation;
		this.commit = commit;
		this.organization = organization;
		this.users = users;
	}

	public void validate(UUID jobId, Path file) {
		executor.execute(() -> as(jobId, job -> validation.validate(job, file, context(job))));
	}

	public void commit(UUID jobId) {
		executor.execute(() -> commitNow(jobId));
	}

	/** Runs a commit on the caller's thread (resume on start, tests). */
	public void commitNow(UUID jobId) {
		as(jobId, job -> commit.run(job.id(), context(job)));
	}

	/**
	 * A check cut off by a stop cannot go on (the uploaded file was temporary): it fails and asks
	 * for the file again; nothing had reached the register. A commit goes on where it stopped.
	 */
	@EventListener(ApplicationReadyEvent.class)
	public void resumeUnfinished() {
		for (UUID id : jobs.withStatus(ImportStatus.VALIDATING)) {
			jobs.refuse(id, ImportStatus.FAILED, "import.interrupted", "");
		}
		for (UUID id : jobs.withStatus(ImportStatus.COMMITTING)) {
			log.info("Resuming import {}", id);
			commit(id);
		}
	}

	private ImportContext context(ImportJobs.Stored job) {
		Set<UUID> scope = job.scopeRoot() == null ? null : organization.subtree(job.scopeRoot());
		return ImportContext.of(job.id(), scope);
	}

	private void as(UUID jobId, java.util.function.Consumer<ImportJobs.Stored> work) {
		try {
			ImportJobs.Stored job = jobs.find(jobId).orElseThrow();
			UserDetails principal = users.loadUserByUsername(job.username());
			SecurityContext context = SecurityContextHolder.createEmptyContext();
			context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
					principal.getAuthorities()));
			SecurityContextHolder.setContext(context);
			work.accept(job);
		}
		catch (RuntimeException e) {
			log.error("Import {} stopped", jobId, e);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	@PreDestroy
	void stop() {
		executor.shutdownNow();
	}
}
