package org.pomegranate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nothing acknowledged is lost. The application runs as a separate process (a child JVM with
 * this classpath), with the small demo for its accounts, and takes an intake load over HTTP:
 * <ol>
 * <li>it is killed with SIGKILL mid-load and restarted on the same data folder (whose orphaned
 * PostgreSQL it has to stop first): every request answered 2xx is stored, and every
 * Idempotency-Key sent again returns its first receipt;</li>
 * <li>it runs against a PostgreSQL of its own that is stopped and started under load: it answers
 * translated 503s (never 500) while the database is away, takes requests again afterwards without
 * a restart, and still nothing acknowledged is lost.</li>
 * </ol>
 */
class CrashRestartTests {

	private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");
	private static final String KEY = "ISIjJCUmJygpKissLS4vMDEyMzQ1Njc4OTo7PD0+P0A=";

	@TempDir
	Path tmp;

	private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5)).build();
	private final List<Process> children = new ArrayList<>();
	private EmbeddedPostgres database;

	@AfterEach
	void stopEverything() throws IOException {
		children.forEach(Process::destroyForcibly);
		if (database != null) {
			database.close();
		}
	}

	/**
	 * The one place that says how the driver signs in: the demo's ready API token of the county
	 * officer (the child application loads the small demo).
	 */
	private static String credential() {
		return "Bearer pmg_demo_county";
	}

	@Test
	void acknowledgedRequestsSurviveAKillAndADatabaseRestart() throws Exception {
		Path data = tmp.resolve("postgres");
		int pgPort = freePort();
		int port = freePort();
		List<String> embedded = List.of("--pomegranate.embedded-db.data-dir=" + data,
				"--pomegranate.embedded-db.port=" + pgPort, "--pomegranate.demo.households-per-grid=2");

		// 1. SIGKILL under load, restart on the same folder
		Process app = start(port, embedded, Map.of(), "first");
		Load load = new Load(port);
		load.start(4);
		load.awaitAcknowledged(30);
		app.destroyForcibly().waitFor();
		load.stop();
		start(port, embedded, Map.of(), "after-kill");
		System.out.printf("crash: answers before the kill %s, %d acknowledged%n", load.statuses, load.acknowledged.size());
		assertEverythingAcknowledgedIsStored(load, "jdbc:postgresql://localhost:" + pgPort + "/postgres");
		assertRetriesReturnTheFirstReceipt(load, port);
		children.get(children.size() - 1).destroy();
		children.get(children.size() - 1).waitFor();

		// 2. the database stopped and started under load, the application left running
		database = EmbeddedPostgres.builder().setDataDirectory(data.toFile()).setCleanDataDirectory(false)
			.setPort(pgPort).setRegisterShutdownHook(false).start();
		String url = "jdbc:postgresql://localhost:" + pgPort + "/postgres";
		start(port, List.of(), Map.of("SPRING_DATASOURCE_URL", url, "SPRING_DATASOURCE_USERNAME", "postgres"), "external");
		Load outage = new Load(port);
		outage.start(4);
		outage.awaitAcknowledged(20);
		database.close();
		database = null;
		Instant away = Instant.now();
		outage.awaitStatus(503, Duration.ofSeconds(20));
		Thread.sleep(Math.max(0, 3000 - Duration.between(away, Instant.now()).toMillis()));
		database = EmbeddedPostgres.builder().setDataDirectory(data.toFile()).setCleanDataDirectory(false)
			.setPort(pgPort).setRegisterShutdownHook(false).start();
		int before = outage.acknowledged.size();
		outage.awaitAcknowledged(before + 20);
		outage.stop();

		System.out.printf("database restart: answers %s, %d acknowledged%n", outage.statuses, outage.acknowledged.size());
		if (outage.statuses.containsKey(500)) {
			// what the application said about it: the exceptions that were not recognised as the database away
			try (var lines = java.nio.file.Files.lines(tmp.resolve("external.log"))) {
				lines.filter(l -> l.contains("Exception")).limit(15).forEach(System.out::println);
			}
		}
		assertThat(outage.statuses).as("answers while the database was away").containsKey(503)
			.doesNotContainKeys(500, 502, 504);
		assertThat(outage.unavailableMessage).as("a translated message").contains("Idempotency-Key");
		assertEverythingAcknowledgedIsStored(outage, url);
		assertRetriesReturnTheFirstReceipt(outage, port);
	}

	private void assertEverythingAcknowledgedIsStored(Load load, String url) throws Exception {
		assertThat(load.acknowledged).isNotEmpty();
		try (Connection c = DriverManager.getConnection(url, "postgres", "");
				PreparedStatement s = c.prepareStatement("select count(*) from service_request where id = any(?)")) {
			s.setArray(1, c.createArrayOf("uuid", load.acknowledged.values().toArray()));
			try (ResultSet rs = s.executeQuery()) {
				rs.next();
				assertThat(rs.getInt(1)).as("acknowledged requests stored").isEqualTo(load.acknowledged.size());
			}
		}
	}

	private void assertRetriesReturnTheFirstReceipt(Load load, int port) throws Exception {
		for (Map.Entry<String, String> ack : load.acknowledged.entrySet()) {
			HttpResponse<String> retry = load.intake(ack.getKey());
			assertThat(retry.statusCode()).as("retry of %s", ack.getKey()).isEqualTo(200);
			assertThat(id(retry.body())).isEqualTo(ack.getValue());
		}
	}

	/** The application in a child JVM; returns once it answers its health check. */
	private Process start(int port, List<String> args, Map<String, String> env, String name) throws Exception {
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx512m", "-cp", System.getProperty("java.class.path"), PomegranateApplication.class.getName(),
				"--server.port=" + port, "--pomegranate.crypto.key=" + KEY, "--spring.main.banner-mode=off",
				"--pomegranate.servicedesk.sla-clock.enabled=false"));
		command.addAll(args);
		File log = tmp.resolve(name + ".log").toFile();
		ProcessBuilder builder = new ProcessBuilder(command).directory(tmp.toFile()).redirectErrorStream(true)
			.redirectOutput(log);
		builder.environment().putAll(env);
		Process process = builder.start();
		children.add(process);
		Instant until = Instant.now().plusSeconds(120);
		while (Instant.now().isBefore(until)) {
			assertThat(process.isAlive()).as("the application started; its log: %s", tail(log)).isTrue();
			try {
				if (http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health")).build(),
						HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
					return process;
				}
			}
			catch (IOException notYet) {
				// still starting
			}
			Thread.sleep(250);
		}
		throw new AssertionError("the application did not start in 120 s: " + tail(log));
	}

	private static String tail(File log) throws IOException {
		String text = Files.readString(log.toPath());
		return text.substring(Math.max(0, text.length() - 3000));
	}

	private static String id(String body) {
		Matcher m = ID.matcher(body);
		return m.find() ? m.group(1) : null;
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
	}

	/** Intake requests from a few threads, each with a fresh Idempotency-Key; remembers what was acknowledged. */
	private final class Load {

		final String base;
		final Map<String, String> acknowledged = new ConcurrentHashMap<>();
		final Map<Integer, Integer> statuses = new ConcurrentHashMap<>();
		final ConcurrentLinkedQueue<Thread> threads = new ConcurrentLinkedQueue<>();
		final AtomicBoolean running = new AtomicBoolean(true);
		volatile String unavailableMessage = "";
		String category;
		List<String> residents;

		Load(int port) {
			this.base = "http://localhost:" + port;
		}

		void start(int count) throws Exception {
			category = find(get("/api/v1/service-categories"), "NEIGHBOURHOOD");
			residents = new ArrayList<>();
			Matcher m = ID.matcher(get("/api/v1/residents?size=50"));
			while (m.find()) {
				residents.add(m.group(1));
			}
			for (int t = 0; t < count; t++) {
				Thread thread = new Thread(() -> {
					int n = 0;
					while (running.get()) {
						String key = UUID.randomUUID().toString();
						try {
							HttpResponse<String> answer = intake(key, residents.get(n++ % residents.size()));
							statuses.merge(answer.statusCode(), 1, Integer::sum);
							if (answer.statusCode() / 100 == 2) {
								acknowledged.put(key, id(answer.body()));
							}
							else if (answer.statusCode() == 503) {
								unavailableMessage = answer.body();
							}
						}
						catch (IOException | InterruptedException e) {
							// the application is gone (killed): no answer, nothing acknowledged
							statuses.merge(-1, 1, Integer::sum);
						}
					}
				});
				threads.add(thread);
				thread.start();
			}
		}

		HttpResponse<String> intake(String key) throws IOException, InterruptedException {
			return intake(key, residents.get(0));
		}

		HttpResponse<String> intake(String key, String resident) throws IOException, InterruptedException {
			String body = "{\"categoryId\":\"" + category + "\",\"description\":\"楼道灯坏了（崩溃恢复测试）\","
					+ "\"channel\":\"PHONE\",\"residentId\":\"" + resident + "\"}";
			return http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/service-requests"))
				.timeout(Duration.ofSeconds(20)).header("Authorization", credential())
				.header("Content-Type", "application/json").header("Accept", "application/json")
				.header("Accept-Language", "en").header("Idempotency-Key", key)
				.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}

		void awaitAcknowledged(int count) throws InterruptedException {
			Instant until = Instant.now().plusSeconds(60);
			while (acknowledged.size() < count && Instant.now().isBefore(until)) {
				Thread.sleep(20);
			}
			assertThat(acknowledged.size()).as("acknowledged under load; answers %s", statuses).isGreaterThanOrEqualTo(count);
		}

		void awaitStatus(int status, Duration within) throws InterruptedException {
			Instant until = Instant.now().plus(within);
			while (!statuses.containsKey(status) && Instant.now().isBefore(until)) {
				Thread.sleep(20);
			}
		}

		void stop() throws InterruptedException {
			running.set(false);
			for (Thread t : threads) {
				t.join(30_000);
			}
		}

		private String get(String path) throws Exception {
			HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(base + path))
				.header("Authorization", credential()).header("Accept", "application/json").build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			assertThat(answer.statusCode()).as("%s: %s", path, answer.body()).isEqualTo(200);
			return answer.body();
		}

		private String find(String categories, String code) {
			Matcher m = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"\\s*,\\s*\"code\"\\s*:\\s*\"" + code + "\"")
				.matcher(categories);
			assertThat(m.find()).as("category %s", code).isTrue();
			return m.group(1);
		}
	}
}
