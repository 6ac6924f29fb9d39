package org.pomegranate.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The intake load driver of {@code bench/intake.sh}: a second process that posts service requests
 * to a running Pomegranate over loopback, as a staff member taking calls for residents of their
 * area, and reports requests per second and latency percentiles.
 * <p>
 * Each of {@code threads} threads sends one request at a time (closed loop), each with its own
 * {@code Idempotency-Key}, for the residents found in the account's scope in turn (so requests
 * spread over the grids as real ones would). A warm-up runs first and is not counted.
 * <p>
 * Arguments ({@code name=value}): {@code base} (http://127.0.0.1:8080), {@code token}, an API token of
 * the calling account (pmg_demo_county, the demo's county officer), {@code threads} (32), {@code warmup} seconds (10),
 * {@code duration} seconds (30), {@code category} code (NEIGHBOURHOOD), {@code residents} to use
 * at most (2000). Only the JDK is needed on the class path.
 */
public final class IntakeLoad {

	private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");
	private static final Pattern NEXT = Pattern.compile("\"next\"\\s*:\\s*\"([^\"]+)\"");

	private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(10)).build();
	private final String base;
	private final String authorization;

	private IntakeLoad(String base, String token) {
		this.base = base;
		this.authorization = "Bearer " + token;
	}

	public static void main(String[] args) throws Exception {
		Map<String, String> options = new LinkedHashMap<>(Map.of("base", "http://127.0.0.1:8080", "token",
				"pmg_demo_county", "threads", "32", "warmup", "10", "duration", "30", "category",
				"NEIGHBOURHOOD", "residents", "2000"));
		for (String arg : args) {
			String[] pair = arg.split("=", 2);
			if (pair.length != 2 || !options.containsKey(pair[0])) {
				throw new IllegalArgumentException("unknown argument " + arg + "; known: " + options.keySet());
			}
			options.put(pair[0], pair[1]);
		}
		IntakeLoad load = new IntakeLoad(options.get("base"), options.get("token"));
		String category = load.categoryId(options.get("category"));
		List<String> residents = load.residents(Integer.parseInt(options.get("residents")));
		System.out.printf("intake load: %s threads, %s s warm-up, %s s measured, %d residents, category %s%n",
				options.get("threads"), options.get("warmup"), options.get("duration"), residents.size(),
				options.get("category"));
		load.run(Integer.parseInt(options.get("threads")), Integer.parseInt(options.get("warmup")),
				Integer.parseInt(options.get("duration")), category, residents);
	}

	private void run(int threads, int warmupSeconds, int durationSeconds, String category, List<String> residents)
			throws InterruptedException {
		long start = System.nanoTime();
		long measureFrom = start + Duration.ofSeconds(warmupSeconds).toNanos();
		long end = measureFrom + Duration.ofSeconds(durationSeconds).toNanos();
		AtomicLong next = new AtomicLong();
		Map<Integer, AtomicLong> statuses = new ConcurrentHashMap<>();
		AtomicLong failures = new AtomicLong();
		List<long[]> latencies = new ArrayList<>();
		List<Thread> workers = new ArrayList<>();
		for (int t = 0; t < threads; t++) {
			long[] mine = new long[1 << 17];
			latencies.add(mine);
			Thread worker = new Thread(() -> {
				int n = 0;
				while (true) {
					long sent = System.nanoTime();
					if (sent >= end) {
						break;
					}
					String resident = residents.get((int) (next.getAndIncrement() % residents.size()));
					int status = intake(category, resident);
					long took = System.nanoTime() - sent;
					if (status < 0) {
						failures.incrementAndGet();
					}
					if (sent >= measureFrom && n < mine.length) {
						statuses.computeIfAbsent(status, s -> new AtomicLong()).incrementAndGet();
						mine[n++] = status == 201 ? took : -took;
					}
				}
				if (n < mine.length) {
					mine[n] = 0;
				}
			}, "intake-" + t);
			workers.add(worker);
			worker.start();
		}
		for (Thread worker : workers) {
			worker.join();
		}
		long[] all = latencies.stream().flatMapToLong(a -> Arrays.stream(a).takeWhile(v -> v != 0)).toArray();
		long created = Arrays.stream(all).filter(v -> v > 0).count();
		long[] sorted = Arrays.stream(all).map(Math::abs).sorted().toArray();
		System.out.printf("answers in the measured %d s: %s; connection failures %d%n", durationSeconds, statuses,
				failures.get());
		System.out.printf("created %d requests: %.0f intakes/s%n", created, created / (double) durationSeconds);
		System.out.printf("latency ms: p50 %.1f, p90 %.1f, p99 %.1f, max %.1f%n", percentile(sorted, 50),
				percentile(sorted, 90), percentile(sorted, 99), sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6);
	}

	private static double percentile(long[] sorted, double p) {
		if (sorted.length == 0) {
			return 0;
		}
		int index = (int) Math.ceil(p / 100 * sorted.length) - 1;
		return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
	}

	/** Posts one intake; the HTTP status, or -1 when the connection failed. */
	private int intake(String category, String resident) {
		String body = "{\"categoryId\":\"" + category + "\",\"description\":\"楼道里的灯坏了，晚上看不见路（压力测试）\","
				+ "\"channel\":\"PHONE\",\"residentId\":\"" + resident + "\"}";
		HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/v1/service-requests"))
			.timeout(Duration.ofSeconds(30))
			.header("Authorization", authorization)
			.header("Content-Type", "application/json")
			.header("Accept", "application/json")
			.header("Idempotency-Key", UUID.randomUUID().toString())
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
			.build();
		try {
			return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
		}
		catch (Exception e) {
			return -1;
		}
	}

	private String categoryId(String code) throws Exception {
		String list = get("/api/v1/service-categories");
		Matcher m = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"\\s*,\\s*\"code\"\\s*:\\s*\"" + code + "\"")
			.matcher(list);
		if (!m.find()) {
			throw new IllegalStateException("no category " + code + " in " + list);
		}
		return m.group(1);
	}

	/** Residents in the account's scope, a page of 100 at a time, each page after the cursor of the one before. */
	private List<String> residents(int most) throws Exception {
		List<String> ids = new ArrayList<>();
		String after = null;
		do {
			String json = get("/api/v1/residents?size=100"
					+ (after == null ? "" : "&after=" + URLEncoder.encode(after, StandardCharsets.UTF_8)));
			// the items come first, then the page's own fields (next, count, more)
			int itemsEnd = json.lastIndexOf("\"next\"");
			Matcher m = ID.matcher(itemsEnd < 0 ? json : json.substring(0, itemsEnd));
			while (m.find() && ids.size() < most) {
				ids.add(m.group(1));
			}
			Matcher next = NEXT.matcher(json);
			after = next.find() ? next.group(1) : null;
		}
		while (after != null && ids.size() < most);
		if (ids.isEmpty()) {
			throw new IllegalStateException("no residents in the scope of the account");
		}
		return ids;
	}

	private String get(String path) throws Exception {
		HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + path))
			.header("Authorization", authorization).header("Accept", "application/json").GET().build(),
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		if (response.statusCode() != 200) {
			throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
		}
		return response.body();
	}
}
