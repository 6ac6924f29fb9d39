package org.pomegranate.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The import benchmark of {@code docs/benchmarks.md}: writes a places file (one compound of
 * {@code buildings} buildings), a households file (250 a building) and a residents file of
 * {@code residents} rows (valid, unique ID numbers), uploads each to a running Pomegranate
 * through {@code POST /api/v1/imports}, commits all-or-nothing and reports the time of the check
 * and of the commit. JDK only: the .xlsx files are written as plain streamed XML.
 * <p>
 * Arguments ({@code name=value}): {@code base} (http://127.0.0.1:8080), {@code user} (admin),
 * {@code password} (Haixi-2026), {@code community} and {@code grid} codes (required),
 * {@code residents} (100000), {@code buildings} (100).
 */
public final class ImportBench {

	private static final Pattern FIELD = Pattern.compile("\"(\\w+)\"\\s*:\\s*\"?([^\",}]*)\"?");
	private final HttpClient http = HttpClient.newHttpClient();
	private final String base;
	private final String auth;

	private ImportBench(String base, String user, String password) {
		this.base = base;
		this.auth = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

	public static void main(String[] args) throws Exception {
		java.util.Map<String, String> a = new java.util.HashMap<>();
		for (String arg : args) {
			a.put(arg.substring(0, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
		}
		ImportBench bench = new ImportBench(a.getOrDefault("base", "http://127.0.0.1:8080"), a.getOrDefault("user", "admin"),
				a.getOrDefault("password", "Haixi-2026"));
		String community = a.get("community");
		String grid = a.get("grid");
		int residents = Integer.parseInt(a.getOrDefault("residents", "100000"));
		int buildings = Integer.parseInt(a.getOrDefault("buildings", "100"));
		String compound = "基准小区" + Long.toString(System.currentTimeMillis() % 100000, 36);
		int households = buildings * 250;
		bench.run("places", write(List.of("社区代码", "小区名称", "小区地址", "楼栋", "网格代码"), buildings,
				i -> new String[] { community, compound, "基准路1号", (i + 1) + "号楼", grid }));
		bench.run("households", write(List.of("社区代码", "小区名称", "楼栋", "单元", "房号", "易地搬迁户", "搬迁项目", "入住日期"),
				households, i -> new String[] { community, compound, (i / 250 + 1) + "号楼", String.valueOf(i % 250 / 50 + 1),
						String.valueOf(i % 50 + 101), "否", "", "2020年5月1日" }));
		long seed = System.currentTimeMillis() % 900;
		bench.run("residents", write(List.of("社区代码", "小区名称", "楼栋", "单元", "房号", "姓名", "性别", "出生日期", "身份证号",
				"手机号", "常用语言", "民族", "本人同意登记民族", "流动人口", "入住日期"), residents, i -> {
					int h = i % households;
					LocalDate birth = LocalDate.of(1940, 1, 1).plusDays(i % 25000);
					String first17 = "6328" + String.format("%02d", seed % 100) + birth.toString().replace("-", "")
							+ String.format("%03d", i / 25000 + (seed / 100) * 5);
					return new String[] { community, compound, (h / 250 + 1) + "号楼", String.valueOf(h % 250 / 50 + 1),
							String.valueOf(h % 50 + 101), "居民" + i, i % 2 == 0 ? "女" : "男", birth.toString(),
							first17 + check(first17), "139" + String.format("%08d", i), i % 5 == 0 ? "藏文" : "中文", "", "", "", "" };
				}));
	}

	private void run(String kind, Path file) throws Exception {
		long size = Files.size(file);
		long start = System.nanoTime();
		String job = field(upload(kind, file), "id");
		String checked = waitWhile(job, "VALIDATING");
		long checkedAt = System.nanoTime();
		System.out.printf("%s: %,d bytes, checked in %.1f s: %s%n", kind, size, (checkedAt - start) / 1e9, checked);
		send(HttpRequest.newBuilder(URI.create(base + "/api/v1/imports/" + job + "/commit"))
			.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"mode\":\"ALL_OR_NOTHING\"}")));
		String done = waitWhile(job, "COMMITTING");
		System.out.printf("%s: committed in %.1f s: %s%n", kind, (System.nanoTime() - checkedAt) / 1e9, done);
		Files.delete(file);
	}

	private String waitWhile(String job, String status) throws Exception {
		while (true) {
			String body = send(HttpRequest.newBuilder(URI.create(base + "/api/v1/imports/" + job)).GET());
			if (!status.equals(field(body, "status"))) {
				return body.replaceAll(",\"problems\".*", "}");
			}
			Thread.sleep(500);
		}
	}

	private String upload(String kind, Path file) throws Exception {
		String boundary = "bench" + System.nanoTime();
		byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\n" + kind + "\r\n--" + boundary
				+ "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + kind + ".xlsx\"\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8);
		byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
		return send(HttpRequest.newBuilder(URI.create(base + "/api/v1/imports"))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.concat(HttpRequest.BodyPublishers.ofByteArray(head),
					HttpRequest.BodyPublishers.ofFile(file), HttpRequest.BodyPublishers.ofByteArray(tail))));
	}

	private String send(HttpRequest.Builder request) throws Exception {
		HttpResponse<String> response = http.send(request.header("Authorization", auth).timeout(Duration.ofMinutes(5))
			.build(), HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() >= 300) {
			throw new IllegalStateException(response.statusCode() + " " + response.body());
		}
		return response.body();
	}

	private static String field(String json, String name) {
		Matcher m = FIELD.matcher(json);
		while (m.find()) {
			if (m.group(1).equals(name)) {
				return m.group(2);
			}
		}
		return null;
	}

	private static char check(String first17) {
		int[] w = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += (first17.charAt(i) - '0') * w[i];
		}
		return "10X98765432".charAt(sum % 11);
	}

	/** A minimal .xlsx (one sheet of inline strings), streamed: any number of rows in little memory. */
	private static Path write(List<String> header, int rows, IntFunction<String[]> row) throws IOException {
		Path file = Files.createTempFile("bench-", ".xlsx");
		try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
			Writer w = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
			entry(zip, w, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/><Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/></Types>");
			entry(zip, w, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
			entry(zip, w, "xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets><sheet name=\"data\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
			entry(zip, w, "xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>");
			zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
			w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
			writeRow(w, 1, header.toArray(String[]::new));
			for (int i = 0; i < rows; i++) {
				writeRow(w, i + 2, row.apply(i));
			}
			w.write("</sheetData></worksheet>");
			w.flush();
			zip.closeEntry();
		}
		return file;
	}

	private static void entry(ZipOutputStream zip, Writer w, String name, String xml) throws IOException {
		zip.putNextEntry(new ZipEntry(name));
		w.write(xml);
		w.flush();
		zip.closeEntry();
	}

	private static void writeRow(Writer w, int number, String[] cells) throws IOException {
		w.write("<row r=\"" + number + "\">");
		for (int c = 0; c < cells.length; c++) {
			w.write("<c r=\"" + (char) ('A' + c) + number + "\" t=\"inlineStr\"><is><t>" + cells[c] + "</t></is></c>");
		}
		w.write("</row>");
	}
}
