package org.pomegranate.shared.database;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
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

	/** The port used when none is configured, if it is free. */
	static final int PREFERRED_PORT = 15432;

	/**
	 * @param dataDir where the cluster lives and survives restarts; blank means a throw-away
	 *                temporary cluster (tests)
	 * @param port    fixed port (refused when taken), 0 for any free port, {@code null} for
	 *                {@link #PREFERRED_PORT} or any free port when that is taken
	 */
	static synchronized EmbeddedDatabase start(String dataDir, Integer port) {
		if (instance == null) {
			instance = new EmbeddedDatabase(startServer(dataDir, port, PREFERRED_PORT));
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

	static EmbeddedPostgres startServer(String dataDir, Integer configuredPort, int preferredPort) {
		try {
			boolean temporary = dataDir == null || dataDir.isBlank();
			File dir = temporary ? Files.createTempDirectory("pomegranate-pg").toFile()
					: new File(dataDir).getAbsoluteFile();
			if (!temporary) {
				ServerOwnership.stopOrphan(dir);
				log.info("Embedded PostgreSQL keeps its data in {}", dir);
			}
			int port = ServerOwnership.port(configuredPort, preferredPort, dir);
			EmbeddedPostgres postgres = EmbeddedPostgres.builder()
				.setPGStartupWait(Duration.ofSeconds(60))
				// stopped by release() when the context closes, not by a JVM hook racing the context
				.setRegisterShutdownHook(false)
				.setServerConfig("timezone", "UTC")
				.setServerConfig("max_connections", "200")
				.setDataDirectory(dir)
				.setCleanDataDirectory(temporary)
				.setPort(port)
				.start();
			try {
				// the port may have been taken between the check and the start: ask the server who it is
				ServerOwnership.checkServes(postgres.getJdbcUrl("postgres", "postgres"), dir, port);
			}
			catch (RuntimeException e) {
				postgres.close();
				throw e;
			}
			return postgres;
		}
		catch (IOException e) {
			throw new UncheckedIOException("Could not start the embedded PostgreSQL", e);
		}
	}
}
