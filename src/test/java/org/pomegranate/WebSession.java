package org.pomegranate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser without a browser: one cookie jar over real HTTP, for tests of sign-in and sessions that
 * need many of them at once (Playwright is too heavy for fifty). Redirects are not followed, so a test
 * sees where the server sends it. A form is posted with the CSRF token of the last page read.
 */
public final class WebSession {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

	private final String base;
	private final HttpClient http;
	private String csrf;

	public WebSession(int port) {
		this.base = "http://localhost:" + port;
		this.http = HttpClient.newBuilder().cookieHandler(new CookieManager()).connectTimeout(Duration.ofSeconds(10))
			.followRedirects(HttpClient.Redirect.NEVER).build();
	}

	/** Reads the sign-in page (for its CSRF token), ready for {@link #signIn}. */
	public WebSession openSignIn() {
		get("/login");
		return this;
	}

	/** Posts the sign-in form; the answer is a redirect: to "/" when signed in, else back to the form. */
	public HttpResponse<String> signIn(String username, String password) {
		if (csrf == null) {
			openSignIn();
		}
		return post("/login", Map.of("username", username, "password", password));
	}

	/** True when the sign-in answered with the way in (not back to the sign-in page). */
	public static boolean signedIn(HttpResponse<String> answer) {
		return answer.statusCode() == 302
				&& answer.headers().firstValue("Location").map(l -> !l.contains("/login")).orElse(false);
	}

	public HttpResponse<String> get(String path, String... headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30)).GET();
		for (int i = 0; i + 1 < headers.length; i += 2) {
			request.header(headers[i], headers[i + 1]);
		}
		HttpResponse<String> response = send(request.build());
		Matcher token = CSRF.matcher(response.body());
		if (token.find()) {
			csrf = token.group(1);
		}
		return response;
	}

	/** Posts a form with the CSRF token of the last page read. */
	public HttpResponse<String> post(String path, Map<String, String> form) {
		Map<String, String> fields = new LinkedHashMap<>(form);
		if (csrf != null) {
			fields.put("_csrf", csrf);
		}
		String body = fields.entrySet().stream()
			.map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body)).build());
	}

	private HttpResponse<String> send(HttpRequest request) {
		try {
			return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}
}
