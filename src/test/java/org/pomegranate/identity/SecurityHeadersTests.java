package org.pomegranate.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pomegranate.ApiClient;
import org.pomegranate.ApiClient.Response;
import org.pomegranate.IntegrationTest;
import org.pomegranate.TestFixtures;
import org.pomegranate.TestFixtures.World;
import org.pomegranate.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

/**
 * The security headers on pages, the API, Tomcat's own error answers and {@code /error}; and behind
 * a TLS proxy ({@code X-Forwarded-Proto: https}) a secure session cookie and HSTS. Real HTTP.
 */
@IntegrationTest
class SecurityHeadersTests {

	@LocalServerPort
	int port;

	@Autowired
	JsonMapper json;

	@Autowired
	TestFixtures fixtures;

	World world;

	@BeforeEach
	void setUp() {
		world = fixtures.world();
	}

	@Test
	void pagesLimitWhereFormsGoWhatFramesThemAndWhatTheyMayUse() {
		HttpResponse<String> login = new WebSession(port).get("/login");
		String policy = login.headers().firstValue("Content-Security-Policy").orElseThrow();
		assertThat(policy).contains("default-src 'self'", "script-src 'self'", "form-action 'self'", "base-uri 'self'",
				"frame-ancestors 'none'", "object-src 'none'");
		assertThat(login.headers().firstValue("Referrer-Policy")).contains("same-origin");
		assertThat(login.headers().firstValue("Permissions-Policy").orElseThrow()).contains("camera=()", "geolocation=()");
		assertThat(login.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
		assertThat(login.headers().firstValue("Strict-Transport-Security")).as("plain http").isEmpty();

		// the pages still load their own script and styles (htmx, Bootstrap) under that policy
		// (under content-versioned names, kept a year: shared.web.CachingHeaders)
		assertThat(login.body()).containsPattern("/dist/htmx\\.min-[0-9a-f]{32}\\.js")
			.containsPattern("/dist/css/bootstrap\\.min-[0-9a-f]{32}\\.css");
		WebSession browser = new WebSession(port);
		browser.signIn(world.head(), TestFixtures.PASSWORD);
		HttpResponse<String> residents = browser.get("/residents");
		assertThat(residents.statusCode()).isEqualTo(200);
		assertThat(residents.body()).doesNotContain("<script>").doesNotContain(" onclick=");
		assertThat(browser.get("/webjars/htmx.org/dist/htmx.min.js").statusCode()).isEqualTo(200);
	}

	@Test
	void theApiAllowsNothingToLoad() {
		Response api = new ApiClient(port, json).as(world.head()).get("/api/v1/org-units");
		assertThat(api.header("Content-Security-Policy")).hasValueSatisfying(p -> assertThat(p).contains("default-src 'none'"));
		assertThat(api.header("Referrer-Policy")).contains("same-origin");
		assertThat(api.header("Permissions-Policy")).isPresent();
	}

	@Test
	void behindATlsProxyTheSessionCookieIsSecureAndHstsIsSent() {
		WebSession browser = new WebSession(port);
		HttpResponse<String> page = browser.get("/login", "X-Forwarded-Proto", "https");
		assertThat(page.headers().firstValue("Strict-Transport-Security").orElseThrow()).contains("max-age=31536000");
		List<String> cookies = page.headers().allValues("Set-Cookie");
		assertThat(cookies).filteredOn(c -> c.startsWith("SESSION=")).isNotEmpty()
			.allSatisfy(c -> assertThat(c).contains("Secure").contains("HttpOnly").contains("SameSite=Lax"));

		List<String> plain = new WebSession(port).get("/login").headers().allValues("Set-Cookie");
		assertThat(plain).filteredOn(c -> c.startsWith("SESSION=")).isNotEmpty().noneSatisfy(c -> assertThat(c).contains("Secure"));
	}

	@Test
	void tomcatsOwnBadRequestAnswerHasTheHeadersAndATranslatedBody() throws IOException {
		// Tomcat stops at the request line: no headers are read, so the answer is in the default language
		String answer = raw("GET /residents/a|b HTTP/1.1\r\nHost: localhost\r\nAccept-Language: en\r\nConnection: close\r\n\r\n");
		assertThat(answer).startsWith("HTTP/1.1 400");
		assertThat(answer).contains("Content-Security-Policy: default-src 'none'").contains("X-Content-Type-Options: nosniff")
			.contains("Referrer-Policy: same-origin").contains("Content-Type: text/html").contains("请求有误，请检查后重试。")
			.doesNotContain("Apache Tomcat");

		// a header Tomcat refuses comes after the request line: the path and language are known
		String english = raw("GET /api/v1/org-units HTTP/1.1\r\nHost: localhost\r\nAccept-Language: en\r\n"
				+ "Bad Header: x\r\nConnection: close\r\n\r\n");
		assertThat(english).startsWith("HTTP/1.1 400").contains("X-Content-Type-Options: nosniff").doesNotContain("Apache Tomcat");
	}

	@Test
	void errorAskedForDirectlyIsNotFoundWithTheHeaders() {
		// pages are in Chinese unless the reader chose another language
		HttpResponse<String> page = new WebSession(port).get("/error", "Accept", "text/html");
		assertThat(page.statusCode()).isEqualTo(404);
		assertThat(page.body()).contains("没有找到，或您无权查看。").doesNotContain("999");
		assertThat(page.headers().firstValue("Content-Security-Policy")).isPresent();

		Response asJson = new ApiClient(port, json).anonymous().get("/error");
		assertThat(asJson.status()).isEqualTo(404);
		assertThat(asJson.message()).isEqualTo("没有找到，或您无权查看。");
		assertThat(asJson.fieldErrors()).isEmpty();
		assertThat(asJson.body()).doesNotContain("999").doesNotContain("path");
	}

	private String raw(String request) throws IOException {
		try (Socket socket = new Socket("localhost", port)) {
			socket.setSoTimeout(10_000);
			OutputStream out = socket.getOutputStream();
			out.write(request.getBytes(StandardCharsets.ISO_8859_1));
			out.flush();
			InputStream in = socket.getInputStream();
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}
}
