package org.pomegranate.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pomegranate.ApiClient;
import org.pomegranate.ApiClient.Response;
import org.pomegranate.IntegrationTest;
import org.pomegranate.TestFixtures;
import org.pomegranate.TestFixtures.World;
import org.pomegranate.servicedesk.ServiceCatalogue;
import org.pomegranate.shared.RateLimiter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/**
 * The throttles in use: anonymous intake per address and per phone, the API per account, sign-in
 * per address. Each answers 429 with {@code Retry-After} and words in the caller's language, and the
 * refused call writes nothing. Windows are used up on purpose by raising their counter to the limit,
 * so the suite's own limits can stay high.
 */
@IntegrationTest
class RateLimitHttpTests {

	@LocalServerPort
	int port;

	@Autowired
	tools.jackson.databind.json.JsonMapper json;

	@Autowired
	TestFixtures fixtures;

	@Autowired
	ServiceCatalogue catalogue;

	@Autowired
	RateLimiter limiter;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	MessageSource messages;

	@Autowired
	org.pomegranate.privacy.FieldCipher cipher;

	@Value("${pomegranate.rate-limit.intake.per-address}")
	int intakePerAddress;

	@Value("${pomegranate.rate-limit.intake.per-phone}")
	int intakePerPhone;

	@Value("${pomegranate.rate-limit.intake.window}")
	Duration intakeWindow;

	@Value("${pomegranate.rate-limit.api.per-account}")
	int apiPerAccount;

	@Value("${pomegranate.rate-limit.api.window}")
	Duration apiWindow;

	@Value("${pomegranate.rate-limit.sign-in.per-address}")
	int signInPerAddress;

	@Value("${pomegranate.rate-limit.sign-in.window}")
	Duration signInWindow;

	World world;

	@BeforeEach
	void setUp() {
		world = fixtures.world();
	}

	@Test
	void anonymousIntakeIsLimitedPerPhone() throws Exception {
		String phone = "139" + String.format("%08d", Math.abs(UUID.randomUUID().hashCode()) % 100_000_000);
		String address = "198.51.100." + (1 + Math.abs(UUID.randomUUID().hashCode()) % 250);
		assertThat(mvc.perform(anonymous(phone, address)).andReturn().getResponse().getStatus()).isEqualTo(302);
		useUp("intake:phone:" + cipher.searchHash("rate-limit:" + phone), intakePerPhone, intakeWindow);
		long before = requests();
		MockHttpServletResponse refused = mvc.perform(anonymous(phone, address).header("Accept-Language", "bo"))
			.andReturn().getResponse();
		assertRefusedPage(refused);
		assertThat(requests()).isEqualTo(before);
		// the key holds no phone number in clear
		assertThat(jdbc.sql("select count(*) from rate_limit_window where key like ?").param("%" + phone + "%")
			.query(Long.class).single()).isZero();
	}

	@Test
	void anonymousIntakeIsLimitedPerAddress() throws Exception {
		String address = "203.0.113." + (1 + Math.abs(UUID.randomUUID().hashCode()) % 250);
		useUp("intake:address:" + address, intakePerAddress, intakeWindow);
		long before = requests();
		MockHttpServletResponse refused = mvc.perform(anonymous("13912345678", address)).andReturn().getResponse();
		assertRefusedPage(refused);
		assertThat(requests()).isEqualTo(before);
	}

	@Test
	void theApiIsLimitedPerAccount() {
		ApiClient worker = new ApiClient(port, json).as(world.workerA());
		assertThat(worker.get("/api/v1/service-requests").status()).isEqualTo(200);
		useUp("api:account:" + world.workerA(), apiPerAccount, apiWindow);
		long before = requests();
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("categoryId", catalogue.byCode("HOUSING_REPAIR").id());
		body.put("description", "楼道灯坏了");
		body.put("extra", Map.of("part", "wiring"));
		body.put("channel", "PHONE");
		body.put("contactName", "来电人");
		for (String language : new String[] { "en", "mn" }) {
			Response refused = worker.language(language).post("/api/v1/service-requests", body);
			assertThat(refused.status()).isEqualTo(429);
			assertThat(refused.header("Retry-After")).hasValueSatisfying(s -> assertThat(Long.parseLong(s)).isPositive());
			assertThat(refused.message()).isEqualTo(text(language));
		}
		assertThat(requests()).isEqualTo(before);
		// another account is not affected
		assertThat(new ApiClient(port, json).as(world.workerB()).get("/api/v1/service-requests").status())
			.isEqualTo(200);
	}

	@Test
	void signInIsLimitedPerAddress() throws Exception {
		// the test's own calls come from the loopback address, IPv4 or IPv6
		String[] keys = { "sign-in:address:127.0.0.1", "sign-in:address:0:0:0:0:0:0:0:1" };
		try {
			for (String key : keys) {
				useUp(key, signInPerAddress, signInWindow);
			}
			HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest
				.newBuilder(URI.create("http://localhost:" + port + "/login"))
				.header("Content-Type", "application/x-www-form-urlencoded").header("Accept-Language", "en")
				.POST(HttpRequest.BodyPublishers.ofString("username=" + world.head() + "&password=wrong"))
				.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			assertThat(page.statusCode()).isEqualTo(429);
			assertThat(page.headers().firstValue("Retry-After")).isPresent();
			assertThat(page.body()).contains(text("en"));

			Response api = new ApiClient(port, json).language("en").withToken("pmg_not-a-real-token")
				.get("/api/v1/org-units");
			assertThat(api.status()).isEqualTo(429);
			assertThat(api.header("Retry-After")).isPresent();
			assertThat(api.message()).isEqualTo(text("en"));
			// the refused attempts were never checked: the account has no failed attempt on record
			assertThat(jdbc.sql("select failed_attempts from account where username = ?").param(world.head())
				.query(Integer.class).single()).isZero();
		}
		finally {
			for (String key : keys) {
				jdbc.sql("delete from rate_limit_window where key = ?").param(key).update();
			}
		}
	}

	private void assertRefusedPage(MockHttpServletResponse refused) throws Exception {
		assertThat(refused.getStatus()).isEqualTo(429);
		assertThat(refused.getHeader("Retry-After")).isNotNull();
		assertThat(refused.getContentAsString(StandardCharsets.UTF_8)).contains(text("zh-CN"));
	}

	/** Counts one call (unless one was), then raises the window's counter to the limit: the next is one too many. */
	private void useUp(String key, int limit, Duration window) {
		if (!limiter.exhausted(key, 1, window)) {
			limiter.tryAcquire(key, limit, window);
		}
		jdbc.sql("update rate_limit_window set count = ? where key = ?").params(limit, key).update();
	}

	private MockMultipartHttpServletRequestBuilder anonymous(String phone, String address) {
		MockMultipartHttpServletRequestBuilder post = multipart("/requests/new");
		post.with(csrf()).with(request -> {
			request.setRemoteAddr(address);
			return request;
		});
		post.param("categoryId", catalogue.byCode("HOUSING_REPAIR").id().toString()).param("extra.part", "wiring")
			.param("description", "楼道灯坏了").param("contactName", "路过的居民").param("contactPhone", phone)
			.param("communityId", world.community().id().toString()).param("token", "t-" + UUID.randomUUID());
		return post;
	}

	private String text(String language) {
		return messages.getMessage("error.tooManyRequests", null, Locale.forLanguageTag(language));
	}

	private long requests() {
		return jdbc.sql("select count(*) from service_request").query(Long.class).single();
	}
}
