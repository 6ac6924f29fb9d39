package org.pomegranate.shared.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.io.IOException;
import java.lang.reflect.Field;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded database is ours or the start fails: a foreign server on the configured port is
 * refused with a message naming the port; the orphaned server of our own folder (left by a
 * {@code kill -9} of the application) is stopped and the server started cleanly. Each test uses
 * its own temporary folders and ports, not the suite's shared cluster.
 */
class EmbeddedDatabaseOwnershipTests {

	@TempDir
	Path tmp;

	@Test
	void aForeignServerOnTheConfiguredPortStopsTheStartWithAMessageNamingThePort() throws Exception {
		int port = freePort();
		try (EmbeddedPostgres foreign = server(tmp.resolve("foreign").toFile(), port)) {
			File ours = tmp.resolve("ours").toFile();
			assertThatThrownBy(() -> EmbeddedDatabase.startServer(ours.getPath(), port, EmbeddedDatabase.PREFERRED_PORT))
				.isInstanceOf(IllegalStateException.class).hasMessageContaining("Port " + port + " is taken")
				.hasMessageContaining("pomegranate.embedded-db.port");
			// and if the port was taken only after the check: the server answering is asked who it is
			assertThatThrownBy(() -> ServerOwnership.checkServes(foreign.getJdbcUrl("postgres", "postgres"), ours, port))
				.isInstanceOf(IllegalStateException.class).hasMessageContaining("port " + port)
				.hasMessageContaining(ours.getCanonicalPath());
		}
	}

	@Test
	void withNoPortConfiguredATakenPreferredPortGivesWayToAFreeOne() throws Exception {
		int preferred = freePort();
		try (EmbeddedPostgres foreign = server(tmp.resolve("foreign").toFile(), preferred);
				EmbeddedPostgres ours = EmbeddedDatabase.startServer(tmp.resolve("ours").toString(), null, preferred)) {
			assertThat(ours.getPort()).isNotEqualTo(preferred);
			assertThat(dataDirectory(ours)).isEqualTo(tmp.resolve("ours").toFile().getCanonicalPath());
		}
	}

	@Test
	void theOrphanedServerOfOurOwnFolderIsStoppedAndStartedCleanly() throws Exception {
		File dir = tmp.resolve("data").toFile();
		int port = freePort();
		EmbeddedPostgres orphan = server(dir, port);
		try (Connection c = DriverManager.getConnection(orphan.getJdbcUrl("postgres", "postgres"))) {
			c.createStatement().execute("create table kept (v text); insert into kept values ('before the crash')");
		}
		// the application was killed: its JVM is gone (no lock held), the postmaster runs on
		releaseLock(orphan);
		ProcessHandle orphaned = ServerOwnership.postmaster(dir.toPath().resolve("postmaster.pid")).orElseThrow();

		try (EmbeddedPostgres restarted = EmbeddedDatabase.startServer(dir.getPath(), port, EmbeddedDatabase.PREFERRED_PORT)) {
			assertThat(orphaned.isAlive()).isFalse();
			ProcessHandle now = ServerOwnership.postmaster(dir.toPath().resolve("postmaster.pid")).orElseThrow();
			assertThat(now.pid()).isNotEqualTo(orphaned.pid());
			assertThat(dataDirectory(restarted)).isEqualTo(dir.getCanonicalPath());
			try (Connection c = DriverManager.getConnection(restarted.getJdbcUrl("postgres", "postgres"));
					ResultSet rs = c.createStatement().executeQuery("select v from kept")) {
				assertThat(rs.next()).isTrue();
				assertThat(rs.getString(1)).isEqualTo("before the crash");
			}
		}
	}

	@Test
	void theServerOfARunningApplicationIsNeverStopped() throws Exception {
		File dir = tmp.resolve("running").toFile();
		int port = freePort();
		try (EmbeddedPostgres running = server(dir, port)) {
			ProcessHandle postmaster = ServerOwnership.postmaster(dir.toPath().resolve("postmaster.pid")).orElseThrow();
			assertThatThrownBy(() -> EmbeddedDatabase.startServer(dir.getPath(), null, EmbeddedDatabase.PREFERRED_PORT))
				.isInstanceOf(IllegalStateException.class).hasMessageContaining("still running");
			assertThat(postmaster.isAlive()).isTrue();
			assertThat(dataDirectory(running)).isEqualTo(dir.getCanonicalPath());
		}
	}

	private static EmbeddedPostgres server(File dir, int port) throws IOException {
		return EmbeddedPostgres.builder().setDataDirectory(dir).setCleanDataDirectory(false).setPort(port)
			.setRegisterShutdownHook(false).start();
	}

	private static String dataDirectory(EmbeddedPostgres postgres) throws Exception {
		try (Connection c = DriverManager.getConnection(postgres.getJdbcUrl("postgres", "postgres"));
				ResultSet rs = c.createStatement().executeQuery("show data_directory")) {
			rs.next();
			return new File(rs.getString(1)).getCanonicalPath();
		}
	}

	/** What the operating system does for a JVM killed with SIGKILL: its file lock goes away. */
	private static void releaseLock(EmbeddedPostgres postgres) throws Exception {
		Field lock = EmbeddedPostgres.class.getDeclaredField("lock");
		lock.setAccessible(true);
		((FileLock) lock.get(postgres)).release();
		Field stream = EmbeddedPostgres.class.getDeclaredField("lockStream");
		stream.setAccessible(true);
		((java.io.FileOutputStream) stream.get(postgres)).close();
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
	}
}
