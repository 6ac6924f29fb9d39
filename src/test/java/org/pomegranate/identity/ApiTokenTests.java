package org.pomegranate.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pomegranate.ApiClient;
import org.pomegranate.ApiClient.Response;
import org.pomegranate.IntegrationTest;
import org.pomegranate.TestFixtures;
import org.pomegranate.TestFixtures.World;
import org.pomegranate.WebSession;
import org.pomegranate.identity.internal.TokenValues;
import org.pomegranate.shared.web.InvalidInputException;
import org.pomegranate.shared.web.NotFoundException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * API tokens instead of passwords: made on the account page and shown once, kept only as SHA-256,
 * read-only or acting, expiring and revocable, with their last use; no password and no session
 * cookie opens the API.
 */
@IntegrationTest
class ApiTokenTests {

	private static final Pattern SHOWN_TOKEN = Pattern.compile("value=\"(pmg_[A-Za-z0-9_-]{43})\"");
	private static final String READ_PATH = "/api/v1/org-units";

	@LocalServerPort
	int port;

	@Autowired
	JsonMapper json;

	@Autowired
	TestFixtures fixtures;

	@Autowired
	ApiTokens tokens;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MeterRegistry meters;

	World world;
	ApiClient api;

	@BeforeEach
	void setUp() {
		world = fixtures.world();
		api = new ApiClient(port, json);
	}

	@AfterEach
	void tearDown() {
		TestFixtures.signOut();
	}

	@Test
	void aTokenMadeOnTheAccountPageIsShownOnceAndKeptOnlyAsItsHash() {
		WebSession browser = new WebSession(port);
		assertThat(WebSession.signedIn(browser.signIn(world.workerA(), TestFixtures.PASSWORD))).isTrue();
		browser.get("/account");
		HttpResponse<String> made = browser.post("/account/tokens", Map.of("name", "巡查脚本", "scope", "ACT", "days", "90"));

		assertThat(made.statusCode()).isEqualTo(200);
		assertThat(made.headers().firstValue("Cache-Control")).hasValueSatisfying(v -> assertThat(v).contains("no-store"));
		Matcher shown = SHOWN_TOKEN.matcher(made.body());
		assertThat(shown.find()).as("the new token is on the page").isTrue();
		String value = shown.group(1);

		Map<String, Object> row = jdbc.sql("select * from api_token where account_id = ?")
			.param(fixtures.accountId(world.workerA())).query().singleRow();
		assertThat(row.get("token_hash")).isEqualTo(TokenValues.hash(value));
		assertThat(row.values()).noneSatisfy(v -> assertThat(String.valueOf(v)).contains(value.substring(12)));
		assertThat(browser.get("/account").body()).doesNotContain(value).contains(value.substring(0, 12));

		assertThat(api.withToken(value).get(READ_PATH).status()).isEqualTo(200);
	}

	@Test
	void aReadTokenOnlyReads() {
		String read = fixtures.as(world.head(), () -> tokens.create(new NewApiToken("报表", ApiTokenScope.READ, 30)).value());
		long households = jdbc.sql("select count(*) from household").query(Long.class).single();

		assertThat(api.withToken(read).get(READ_PATH).status()).isEqualTo(200);
		Response write = api.withToken(read).post("/api/v1/households",
				Map.of("buildingId", world.buildingA1(), "unitNo", "1", "room", "901"));
		assertThat(write.status()).isEqualTo(403);
		assertThat(write.message()).isEqualTo("这个令牌只读，只能查询。");
		assertThat(jdbc.sql("select count(*) from household").query(Long.class).single()).isEqualTo(households);
	}

	@Test
	void revokedExpiredUnknownAndDisabledTokensAnswer401WithABearerChallenge() {
		String revoked = newToken(world.workerA());
		String expired = newToken(world.workerA());
		assertThat(api.withToken(revoked).get(READ_PATH).status()).isEqualTo(200);
		fixtures.as(world.workerA(), () -> {
			tokens.revoke(id(revoked));
			return null;
		});
		jdbc.sql("update api_token set expires_at = now() - interval '1 second' where token_hash = ?")
			.param(TokenValues.hash(expired)).update();

		for (String value : List.of(revoked, expired, "pmg_" + "x".repeat(43), "nonsense")) {
			Response refused = api.withToken(value).language("en").get(READ_PATH);
			assertThat(refused.status()).as(value).isEqualTo(401);
			assertThat(refused.header("WWW-Authenticate")).hasValueSatisfying(h -> assertThat(h).startsWith("Bearer"));
			assertThat(refused.message()).isEqualTo("The API token is unknown, expired or revoked.");
		}
	}

	@Test
	void theLastUseIsRecordedAtMostOnceAMinute() {
		String value = newToken(world.workerB());
		assertThat(lastUsed(value)).isNull();
		api.withToken(value).get(READ_PATH);
		Object first = lastUsed(value);
		assertThat(first).isNotNull();
		api.withToken(value).get(READ_PATH);
		assertThat(lastUsed(value)).isEqualTo(first);

		jdbc.sql("update api_token set last_used_at = now() - interval '2 minutes' where token_hash = ?")
			.param(TokenValues.hash(value)).update();
		Object older = lastUsed(value);
		api.withToken(value).get(READ_PATH);
		assertThat(lastUsed(value)).isNotEqualTo(older);
		assertThat(fixtures.as(world.workerB(), () -> tokens.mine())).singleElement()
			.satisfies(t -> assertThat(t.lastUsedAt()).isNotNull());
	}

	@Test
	void aPasswordOpensNoApiAndChecksNothingEvenFiftyAtOnce() throws Exception {
		String basic = "Basic " + Base64.getEncoder()
			.encodeToString((world.head() + ":" + TestFixtures.PASSWORD).getBytes(StandardCharsets.UTF_8));
		double before = checks();
		Response right = api.anonymous().send("GET", READ_PATH, null, "Authorization", basic);
		assertThat(right.status()).isEqualTo(401);
		assertThat(right.header("WWW-Authenticate")).hasValueSatisfying(h -> assertThat(h).startsWith("Bearer"));

		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(50);
		try {
			List<Future<Response>> answers = new ArrayList<>();
			for (int i = 0; i < 50; i++) {
				String guess = "Basic " + Base64.getEncoder().encodeToString((world.head() + ":guess-" + i).getBytes(StandardCharsets.UTF_8));
				answers.add(pool.submit(() -> {
					start.await();
					return api.anonymous().send("GET", READ_PATH, null, "Authorization", guess);
				}));
			}
			start.countDown();
			for (Future<Response> answer : answers) {
				assertThat(answer.get().status()).isEqualTo(401);
				assertThat(answer.get().header("WWW-Authenticate")).hasValueSatisfying(h -> assertThat(h).doesNotContain("Basic"));
			}
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(checks()).as("passwords checked by the API").isEqualTo(before);
		assertThat(jdbc.sql("select failed_attempts from account where username = ?").param(world.head())
			.query(Integer.class).single()).isZero();
	}

	@Test
	void aSignedInBrowserCannotCallTheApiWithItsSessionCookie() {
		WebSession browser = new WebSession(port);
		assertThat(WebSession.signedIn(browser.signIn(world.head(), TestFixtures.PASSWORD))).isTrue();
		assertThat(browser.get("/").statusCode()).isEqualTo(200);
		assertThat(browser.get(READ_PATH, "Accept", "application/json").statusCode()).isEqualTo(401);
	}

	@Test
	void someoneElsesTokenCannotBeRevokedAndBadInputMakesNone() {
		String theirs = newToken(world.workerA());
		assertThatThrownBy(() -> fixtures.as(world.workerB(), () -> {
			tokens.revoke(id(theirs));
			return null;
		})).isInstanceOf(NotFoundException.class);
		assertThat(api.withToken(theirs).get(READ_PATH).status()).isEqualTo(200);

		long before = jdbc.sql("select count(*) from api_token").query(Long.class).single();
		for (NewApiToken bad : List.of(new NewApiToken(" ", ApiTokenScope.ACT, 30), new NewApiToken("a\u0000b", ApiTokenScope.ACT, 30),
				new NewApiToken("x".repeat(61), ApiTokenScope.ACT, 30), new NewApiToken("ok", null, 30),
				new NewApiToken("ok", ApiTokenScope.READ, 0), new NewApiToken("ok", ApiTokenScope.READ, 366))) {
			assertThatThrownBy(() -> fixtures.as(world.workerB(), () -> tokens.create(bad))).as("%s", bad)
				.isInstanceOf(InvalidInputException.class);
		}
		assertThat(jdbc.sql("select count(*) from api_token").query(Long.class).single()).isEqualTo(before);
	}

	@Test
	void theAdministratorMakesATokenForAnIntegrationAccountOnItsPage() {
		String admin = fixtures.account("admin.tk" + world.suffix(), "管理员", Role.SYSTEM_ADMIN, null);
		String bridge = fixtures.account("bridge" + world.suffix(), "12345 对接", Role.COUNTY_OFFICER, world.county().id());
		UUID bridgeId = fixtures.accountId(bridge);

		WebSession head = new WebSession(port);
		head.signIn(world.head(), TestFixtures.PASSWORD);
		assertThat(head.get("/admin/accounts/" + bridgeId + "/tokens").statusCode()).isEqualTo(403);

		WebSession browser = new WebSession(port);
		browser.signIn(admin, TestFixtures.PASSWORD);
		assertThat(browser.get("/admin/accounts/" + bridgeId + "/tokens").statusCode()).isEqualTo(200);
		HttpResponse<String> made = browser.post("/admin/accounts/" + bridgeId + "/tokens",
				Map.of("name", "12345 热线", "scope", "READ", "days", "365"));
		Matcher shown = SHOWN_TOKEN.matcher(made.body());
		assertThat(shown.find()).isTrue();

		Response asBridge = api.withToken(shown.group(1)).get("/api/v1/org-units/" + world.county().id());
		assertThat(asBridge.status()).isEqualTo(200);
		assertThat(jdbc.sql("select created_by from api_token where token_hash = ?").param(TokenValues.hash(shown.group(1)))
			.query(UUID.class).single()).isEqualTo(fixtures.accountId(admin));
	}

	@Test
	void theDemoGivesEveryLoginAReadyToken() {
		assertThat(api.withToken("pmg_demo_head").get(READ_PATH).status()).isEqualTo(200);
		assertThat(api.withToken("pmg_demo_admin").get("/actuator/prometheus").status()).isEqualTo(200);
	}

	private String newToken(String username) {
		return fixtures.as(username, () -> tokens.create(new NewApiToken("t", ApiTokenScope.ACT, 30)).value());
	}

	private UUID id(String value) {
		return jdbc.sql("select id from api_token where token_hash = ?").param(TokenValues.hash(value)).query(UUID.class)
			.single();
	}

	private Object lastUsed(String value) {
		return jdbc.sql("select last_used_at from api_token where token_hash = ?").param(TokenValues.hash(value))
			.query((rs, n) -> java.util.Optional.ofNullable(rs.getTimestamp(1))).single().orElse(null);
	}

	private double checks() {
		return meters.get("pomegranate.signin.password.checks").counter().count();
	}
}
