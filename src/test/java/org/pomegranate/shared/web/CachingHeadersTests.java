package org.pomegranate.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.pomegranate.IntegrationTest;
import org.pomegranate.TestFixtures;
import org.pomegranate.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What a phone on thin data is sent, over real HTTP (Tomcat compresses, not MockMvc): text
 * compressed; static files linked under content-versioned names and kept a year, immutable; the
 * plain names asked again; public pages without {@code no-store} so the back/forward cache may keep
 * them; signed-in pages with {@code no-store}.
 */
@IntegrationTest
class CachingHeadersTests {

	@LocalServerPort
	int port;

	@Autowired
	TestFixtures fixtures;

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@Test
	void staticFilesAreVersionedCompressedAndKeptAYear() throws Exception {
		HttpResponse<String> login = get("/login", "gzip");
		assertThat(login.statusCode()).isEqualTo(200);
		assertThat(login.headers().firstValue("Content-Encoding")).hasValue("gzip");
		assertThat(login.headers().firstValue("Cache-Control")).hasValue("no-cache");

		String page = get("/login", null).body();
		// webjars are linked under their version too (the locator's path), then the content hash
		for (String plain : new String[] { "/css/pomegranate", "/webjars/bootstrap/[0-9.]+/dist/css/bootstrap\\.min",
				"/webjars/htmx\\.org/[0-9.]+/dist/htmx\\.min" }) {
			Matcher linked = Pattern.compile("\"(" + plain + "-[0-9a-f]{32}\\.(css|js))\"").matcher(page);
			assertThat(linked.find()).as("%s linked under a versioned name in %s", plain, page).isTrue();
			HttpResponse<String> file = get(linked.group(1), "gzip");
			assertThat(file.statusCode()).as(linked.group(1)).isEqualTo(200);
			assertThat(file.headers().firstValue("Cache-Control")).hasValue("public, max-age=31536000, immutable");
			assertThat(file.headers().firstValue("Content-Encoding")).hasValue("gzip");
		}
		HttpResponse<String> unversioned = get("/css/pomegranate.css", null);
		assertThat(unversioned.statusCode()).isEqualTo(200);
		assertThat(unversioned.headers().firstValue("Cache-Control")).hasValue("no-cache");
	}

	@Test
	void personalPagesAreNeverStoredPublicOnesMayBeKept() throws Exception {
		assertThat(get("/requests/new", null).headers().firstValue("Cache-Control")).hasValue("no-cache");
		TestFixtures.World world = fixtures.world();
		WebSession phone = new WebSession(port);
		assertThat(WebSession.signedIn(phone.signIn(world.workerA(), TestFixtures.PASSWORD))).isTrue();
		for (String path : new String[] { "/workbench", "/", "/login", "/requests/new" }) {
			assertThat(phone.get(path).headers().allValues("Cache-Control")).as(path)
				.anySatisfy(v -> assertThat(v).contains("no-store"));
		}
	}

	private HttpResponse<String> get(String path, String encoding) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
		if (encoding != null) {
			request.header("Accept-Encoding", encoding);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}
}
