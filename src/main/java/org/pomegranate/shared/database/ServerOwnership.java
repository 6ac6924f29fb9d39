package org.pomegranate.shared.database;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes sure the embedded server the application talks to is the one of its own data folder.
 * Without these checks a taken port made the application carry on with whatever server listened
 * there (another instance's database, under another key), and the postmaster orphaned by a
 * {@code kill -9} of the application was reused by accident.
 */
final class ServerOwnership {

	private static final Logger log = LoggerFactory.getLogger(ServerOwnership.class);

	private ServerOwnership() {
	}

	/**
	 * A postmaster still running for this data folder (its {@code postmaster.pid} names a live
	 * postgres process) is an orphan of an earlier run of the application: stop it (fast shutdown,
	 * so the cluster stays consistent), so that this run starts the server itself.
	 */
	static void stopOrphan(File dataDir) {
		Path pidFile = dataDir.toPath().resolve("postmaster.pid");
		Optional<ProcessHandle> orphan = postmaster(pidFile);
		if (orphan.isEmpty()) {
			return;
		}
		ProcessHandle process = orphan.get();
		if (ownedByARunningApplication(dataDir)) {
			throw new IllegalStateException("The embedded PostgreSQL of " + dataDir + " (pid " + process.pid()
					+ ") belongs to an instance of the application that is still running. Stop that instance first, "
					+ "or give this one another data folder (pomegranate.embedded-db.data-dir).");
		}
		log.warn("An earlier embedded PostgreSQL of {} is still running (pid {}): stopping it to start cleanly", dataDir,
				process.pid());
		signal(process, "-INT");
		if (!waitForExit(process, Duration.ofSeconds(30))) {
			log.warn("The earlier embedded PostgreSQL (pid {}) did not stop in 30 s: killing it", process.pid());
			process.destroyForcibly();
			waitForExit(process, Duration.ofSeconds(10));
		}
	}

	/**
	 * Whether a living application holds the folder: the embedded PostgreSQL library keeps a lock
	 * on {@code epg-lock} for as long as the application that started the server runs; a process
	 * killed with SIGKILL loses it.
	 */
	static boolean ownedByARunningApplication(File dataDir) {
		Path lockFile = dataDir.toPath().resolve("epg-lock");
		if (!Files.exists(lockFile)) {
			return false;
		}
		try (java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(lockFile,
				java.nio.file.StandardOpenOption.WRITE); java.nio.channels.FileLock lock = channel.tryLock()) {
			return lock == null;
		}
		catch (java.nio.channels.OverlappingFileLockException e) {
			return true;
		}
		catch (IOException e) {
			return false;
		}
	}

	/** The live postgres process named in the pid file, if any. */
	static Optional<ProcessHandle> postmaster(Path pidFile) {
		try {
			if (!Files.isRegularFile(pidFile)) {
				return Optional.empty();
			}
			List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
			long pid = Long.parseLong(lines.get(0).trim());
			return ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
				// a stale pid file whose number now belongs to another program is not ours to stop
				.filter(p -> p.info().command().map(c -> c.contains("postgres")).orElse(false));
		}
		catch (IOException | RuntimeException e) {
			return Optional.empty();
		}
	}

	/**
	 * The port to start on: the configured one, refused with a clear message when something else
	 * holds it; with none configured the preferred one, or any free port when that is taken.
	 *
	 * @param configured {@code null} when not configured, 0 for any free port
	 */
	static int port(Integer configured, int preferred, File dataDir) {
		if (configured == null) {
			if (isFree(preferred)) {
				return preferred;
			}
			int any = anyFreePort();
			log.warn("Port {} is taken: the embedded PostgreSQL of {} uses port {} instead", preferred, dataDir, any);
			return any;
		}
		if (configured == 0) {
			return anyFreePort();
		}
		if (!isFree(configured)) {
			throw new IllegalStateException("Port " + configured + " is taken by another program, so the embedded "
					+ "PostgreSQL of " + dataDir + " cannot start there. Stop that program, or set "
					+ "pomegranate.embedded-db.port to another port (0 = any free port).");
		}
		return configured;
	}

	/**
	 * After start: the server answering must be the one of our data folder. Refuses otherwise,
	 * naming the port and both folders.
	 */
	static void checkServes(String jdbcUrl, File dataDir, int port) {
		try (Connection c = DriverManager.getConnection(jdbcUrl);
				ResultSet rs = c.createStatement().executeQuery("show data_directory")) {
			rs.next();
			String served = new File(rs.getString(1)).getCanonicalPath();
			if (!served.equals(dataDir.getCanonicalPath())) {
				throw new IllegalStateException("The PostgreSQL answering on port " + port + " serves " + served
						+ ", not the embedded database of " + dataDir.getCanonicalPath()
						+ ". Another server holds the port: stop it, or set pomegranate.embedded-db.port to another port.");
			}
		}
		catch (SQLException e) {
			throw new IllegalStateException("The server answering on port " + port + " is not the embedded PostgreSQL of "
					+ dataDir + " (" + e.getMessage() + "). Stop it, or set pomegranate.embedded-db.port to another port.", e);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static boolean isFree(int port) {
		try (ServerSocket socket = new ServerSocket()) {
			// as PostgreSQL binds: connections of a server just stopped (TIME_WAIT) do not hold the
			// port, a server listening on it does
			socket.setReuseAddress(true);
			socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
			return true;
		}
		catch (IOException e) {
			return false;
		}
	}

	private static int anyFreePort() {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static void signal(ProcessHandle process, String signal) {
		try {
			// SIGINT is PostgreSQL's fast shutdown; Java itself can only send SIGTERM (smart) or SIGKILL
			Process kill = new ProcessBuilder("kill", signal, String.valueOf(process.pid())).start();
			if (kill.waitFor() == 0) {
				return;
			}
		}
		catch (IOException e) {
			// no kill command (Windows): fall through
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		process.destroy();
	}

	private static boolean waitForExit(ProcessHandle process, Duration timeout) {
		Instant until = Instant.now().plus(timeout);
		while (process.isAlive() && Instant.now().isBefore(until)) {
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return !process.isAlive();
			}
		}
		return !process.isAlive();
	}
}
