package org.pomegranate.shared.database;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One embedded PostgreSQL server per JVM. Test suites build several Spring contexts; they all share
 * this server instead of each starting their own. It stops when the last context using it closes,
 * after that context's own beans have finished with the database.
 */
final class EmbeddedDatabase {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

	private static EmbeddedDatabase instance;
	private static int users;

	private final EmbeddedPostgres postgres;

	private EmbeddedDatabase(EmbeddedPostgres postgres) {
		this.postgres = postgres;
	}

	/**
	 * @param dataDir where the cluster lives and survives restarts; blank means a throw-away
	 *                temporary cluster (tests)
	 * @param port    fixed port, or 0 for any free port
	 */
	static synchronized EmbeddedDatabase start(String dataDir, int port) {
		if (instance == null) {
			instance = new EmbeddedDatabase(startServer(dataDir, port));
		}
		users++;
		return instance;
	}

	/** Called when a context that started or joined the server closes. */
	void release() {
		synchronized (EmbeddedDatabase.class) {
			if (--users > 0) {
				return;
			}
			instance = null;
		}
		try {
			postgres.close();
		}
		catch (IOException e) {
			log.warn("The embedded PostgreSQL did not stop cleanly", e);
		}
	}

	String jdbcUrl() {
		return postgres.getJdbcUrl("postgres", "postgres");
	}

	private static EmbeddedPostgres startServer(String dataDir, int port) {
		try {
			EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
				.setPGStartupWait(Duration.ofSeconds(60))
				// stopped by release() when the context closes, not by a JVM hook racing the context
				.setRegisterShutdownHook(false)
				.setServerConfig("timezone", "UTC")
				.setServerConfig("max_connections", "200");
			if (dataDir != null && !dataDir.isBlank()) {
				File dir = new File(dataDir).getAbsoluteFile();
				builder.setDataDirectory(dir).setCleanDataDirectory(false);
				log.info("Embedded PostgreSQL keeps its data in {}", dir);
			}
			if (port > 0) {
				builder.setPort(port);
			}
			return builder.start();
		}
		catch (IOException e) {
			throw new UncheckedIOException("Could not start the embedded PostgreSQL", e);
		}
	}
}
