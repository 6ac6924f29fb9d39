package org.pomegranate.translation.internal;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The reviewers' texts held in memory for the message source, which asks for a text on every word of every page.
 * Read again after a correction here, and at most a minute after one on another instance. While the database is
 * away the last texts read stay (or the bundles' texts, before any were read): a page never fails for them.
 */
public final class ReviewedTexts {

	private static final Logger log = LoggerFactory.getLogger(ReviewedTexts.class);
	private static final long REFRESH_NANOS = Duration.ofMinutes(1).toNanos();

	private final ObjectProvider<ReviewRepository> reviews;
	private volatile Map<String, Map<String, String>> texts = Map.of();
	private volatile long readAt;
	private volatile boolean stale = true;

	/** Takes the repository lazily: the message source is made before the database is ready. */
	public ReviewedTexts(ObjectProvider<ReviewRepository> reviews) {
		this.reviews = reviews;
	}

	/** The reviewer's text of a key in a language, {@code null} when the bundle's stands. */
	public String text(String language, String key) {
		if (!"bo".equals(language) && !"mn".equals(language)) {
			return null;
		}
		refreshIfDue();
		Map<String, String> of = texts.get(language);
		return of == null ? null : of.get(key);
	}

	/** Read the texts again once the current transaction (the correction) has committed. */
	public void changed() {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					stale = true;
				}
			});
		}
		else {
			stale = true;
		}
	}

	private void refreshIfDue() {
		if (!stale && System.nanoTime() - readAt < REFRESH_NANOS) {
			return;
		}
		synchronized (this) {
			if (!stale && System.nanoTime() - readAt < REFRESH_NANOS) {
				return;
			}
			readAt = System.nanoTime();
			stale = false;
			try {
				ReviewRepository repository = reviews.getIfAvailable();
				if (repository == null) {
					stale = true;
					return;
				}
				Map<String, Map<String, String>> read = new HashMap<>();
				for (String language : new String[] { "bo", "mn" }) {
					Map<String, String> of = new HashMap<>();
					repository.all(language).values().forEach(r -> {
						if (r.text() != null) {
							of.put(r.key(), r.text());
						}
					});
					read.put(language, Map.copyOf(of));
				}
				texts = Map.copyOf(read);
			}
			catch (RuntimeException e) {
				// the database away or not yet migrated: keep what we have and try again in a minute
				log.debug("Reviewed translations not read now: {}", e.toString());
			}
		}
	}
}
