package org.pomegranate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Talks to the running application over real HTTP, as an API client would: an API token of a
 * fixture account ({@code Authorization: Bearer …}, made once per account through the identity
 * module, see {@link TestFixtures#apiToken(String)}), JSON bodies, optional {@code Accept-Language}.
 * Every answer is checked to be below 500: no input may break the server.
 */
public final class ApiClient {

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	private final String base;
	private final JsonMapper json;
	/** The fixture account whose token is sent, or {@code null}. */
	private final String username;
	/** A token value sent as it is, or {@code null}. */
	private final String token;
	private final String language;

	public ApiClient(int port, JsonMapper json) {
		this("http://localhost:" + port, json, null, null, null);
	}

	private ApiClient(String base, JsonMapper json, String username, String token, String language) {
		this.base = base;
		this.json = json;
		this.username = username;
		this.token = token;
		this.language = language;
	}

	/** The same client calling with an API token of a fixture account (made on first use, then reused). */
	public ApiClient as(String username) {
		return new ApiClient(base, json, username, null, language);
	}

	/** The same client calling with this token value (a wrong, revoked or read-only one, say). */
	public ApiClient withToken(String tokenValue) {
		return new ApiClient(base, json, null, tokenValue, language);
	}

	public ApiClient anonymous() {
		return new ApiClient(base, json, null, null, language);
	}

	/** Sends {@code Accept-Language} with every request ({@code null}: no header). */
	public ApiClient language(String acceptLanguage) {
		return new ApiClient(base, json, username, token, acceptLanguage);
	}

	public Response get(String path) {
		return send("GET", path, null);
	}

	public Response post(String path, Object body) {
		return send("POST", path, body);
	}

	public Response put(String path, Object body) {
		return send("PUT", path, body);
	}

	/** A PUT that names the version it edits. */
	public Response putIfMatch(String path, Object body, String ifMatch) {
		return send("PUT", path, body, "If-Match", ifMatch);
	}

	/**
	 * A body that is a {@link String} is sent as it is (for malformed JSON); anything else as JSON.
	 * {@code headers} are name, value pairs.
	 */
	public Response send(String method, String path, Object body, String... headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
		for (int i = 0; i + 1 < headers.length; i += 2) {
			request.header(headers[i], headers[i + 1]);
		}
		if (body == null) {
			request.method(method, HttpRequest.BodyPublishers.noBody());
		}
		else if (body instanceof Raw raw) {
			request.method(method, HttpRequest.BodyPublishers.ofByteArray(raw.bytes())).header("Content-Type",
					raw.contentType());
		}
		else {
			String text = body instanceof String s ? s : json.writeValueAsString(body);
			request.method(method, HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8))
				.header("Content-Type", "application/json");
		}
		request.header("Accept", "application/json, */*;q=0.5");
		String bearer = username != null ? TestFixtures.apiToken(username) : token;
		if (bearer != null) {
			request.header("Authorization", "Bearer " + bearer);
		}
		if (language != null) {
			request.header("Accept-Language", language);
		}
		try {
			HttpResponse<String> response = HTTP.send(request.build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			Response result = new Response(response.statusCode(), response.headers().map().entrySet().stream()
				.collect(Collectors.toMap(e -> e.getKey().toLowerCase(), e -> String.join(",", e.getValue()),
						(a, b) -> a, LinkedHashMap::new)),
					response.body(), json);
			assertThat(result.status()).as("%s %s answered %s", method, path, result).isLessThan(500);
			return result;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	/**
	 * A multipart/form-data POST: {@code fields} are name, value pairs sent as text parts, then one
	 * file part named {@code file}.
	 */
	public Response upload(String path, String fileName, byte[] content, String... fields) {
		String boundary = "----pomegranate" + java.util.UUID.randomUUID();
		java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
		for (int i = 0; i + 1 < fields.length; i += 2) {
			body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fields[i] + "\"\r\n\r\n"
					+ fields[i + 1] + "\r\n").getBytes(StandardCharsets.UTF_8));
		}
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
		body.writeBytes(content);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return send("POST", path, new Raw(body.toByteArray(), "multipart/form-data; boundary=" + boundary));
	}

	/** A GET whose body is binary (a download); it must answer 200. */
	public byte[] download(String path) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60)).GET();
		String bearer = username != null ? TestFixtures.apiToken(username) : token;
		if (bearer != null) {
			request.header("Authorization", "Bearer " + bearer);
		}
		if (language != null) {
			request.header("Accept-Language", language);
		}
		try {
			HttpResponse<byte[]> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
			assertThat(response.statusCode()).as("GET %s", path).isEqualTo(200);
			return response.body();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	/** A POST of files as multipart parts named {@code part}, file name to content. */
	public Response multipart(String path, String part, Map<String, byte[]> files) {
		String boundary = "----pomegranate" + java.util.UUID.randomUUID();
		java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
		files.forEach((name, bytes) -> {
			body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + part + "\"; filename=\""
					+ name + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
			body.writeBytes(bytes);
			body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
		});
		body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return send("POST", path, new Raw(body.toByteArray(), "multipart/form-data; boundary=" + boundary));
	}

	/** A body sent byte for byte with its own content type. */
	public record Raw(byte[] bytes, String contentType) {
	}

	/** One answer. {@link #json()} parses the body. */
	public record Response(int status, Map<String, String> headers, String body, JsonMapper mapper) {

		public JsonNode json() {
			return mapper.readTree(body);
		}

		public Optional<String> header(String name) {
			return Optional.ofNullable(headers.get(name.toLowerCase()));
		}

		/** The translated top-level message of an error body. */
		public String message() {
			return json().path("message").asString();
		}

		/** Field name to translated message, from an error body. */
		public Map<String, String> fieldErrors() {
			Map<String, String> fields = new LinkedHashMap<>();
			json().path("fieldErrors").values()
				.forEach(f -> fields.merge(f.path("field").asString(), f.path("message").asString(), (a, b) -> a + "; " + b));
			return fields;
		}

		@Override
		public String toString() {
			return status + " " + (body.length() > 600 ? body.substring(0, 600) + "…" : body);
		}
	}
}
