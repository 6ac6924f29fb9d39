package org.pomegranate.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pomegranate.ApiClient;
import org.pomegranate.IntegrationTest;
import org.pomegranate.TestFixtures;
import org.pomegranate.TestFixtures.World;
import org.pomegranate.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sessions live in the database, and every session of an account ends when its password is reset
 * or changed (all but the one it is changed in), when it is locked, switched off or given another
 * role: nobody goes on working with what the account used to be. Real HTTP, one cookie jar per device.
 */
@IntegrationTest
class SessionEndingTests {

	private static final String NEW_PASSWORD = "Qinghai-Lake-3196";

	@LocalServerPort
	int port;

	@Autowired
	JsonMapper json;

	@Autowired
	TestFixtures fixtures;

	@Autowired
	IdentityManagement identity;

	@Autowired
	JdbcClient jdbc;

	World world;
	String admin;

	@BeforeEach
	void setUp() {
		world = fixtures.world();
		admin = fixtures.account("admin.se" + world.suffix(), "管理员", Role.SYSTEM_ADMIN, null);
	}

	@AfterEach
	void tearDown() {
		TestFixtures.signOut();
	}

	@Test
	void aSignedInSessionIsKeptInTheDatabase() {
		WebSession phone = signedIn(world.workerA());
		assertThat(phone.get("/").statusCode()).isEqualTo(200);
		assertThat(jdbc.sql("select count(*) from spring_session where principal_name = ?").param(world.workerA())
			.query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void changingOnesOwnPasswordNeedsTheCurrentOneAndEndsTheOtherSessions() {
		WebSession phone = signedIn(world.workerA());
		WebSession desk = signedIn(world.workerA());
		String hashBefore = hash(world.workerA());

		desk.get("/account");
		HttpResponse<String> wrongCurrent = desk.post("/account/password",
				Map.of("current", "not-my-password", "password", NEW_PASSWORD, "repeat", NEW_PASSWORD));
		assertThat(wrongCurrent.statusCode()).isEqualTo(200);
		assertThat(wrongCurrent.body()).contains("当前密码不对");
		for (String[] bad : new String[][] { { "short-1", "short-1", "至少需要10个字符" },
				{ "aaaaaaaaaaaa", "aaaaaaaaaaaa", "太简单" }, { world.workerA() + "-2026", world.workerA() + "-2026", "不能包含用户名" },
				{ "password1234", "password1234", "太常见" }, { NEW_PASSWORD, NEW_PASSWORD + "x", "不一致" } }) {
			desk.get("/account");
			HttpResponse<String> refused = desk.post("/account/password",
					Map.of("current", TestFixtures.PASSWORD, "password", bad[0], "repeat", bad[1]));
			assertThat(refused.body()).as(bad[0]).contains(bad[2]).doesNotContain("value=\"" + bad[0] + "\"");
		}
		assertThat(hash(world.workerA())).isEqualTo(hashBefore);
		assertThat(stillIn(phone)).isTrue();

		desk.get("/account");
		HttpResponse<String> changed = desk.post("/account/password",
				Map.of("current", TestFixtures.PASSWORD, "password", NEW_PASSWORD, "repeat", NEW_PASSWORD));
		assertThat(changed.statusCode()).isEqualTo(302);
		assertThat(desk.get("/account").body()).contains("密码已修改");
		assertThat(stillIn(desk)).as("the session it was changed in").isTrue();
		assertThat(stillIn(phone)).as("the other session").isFalse();

		assertThat(WebSession.signedIn(new WebSession(port).signIn(world.workerA(), TestFixtures.PASSWORD))).isFalse();
		assertThat(WebSession.signedIn(new WebSession(port).signIn(world.workerA(), NEW_PASSWORD))).isTrue();
	}

	@Test
	void aResetByTheAdministratorEndsEverySession() {
		WebSession phone = signedIn(world.workerB());
		fixtures.as(admin, () -> {
			identity.resetPassword(fixtures.accountId(world.workerB()), NEW_PASSWORD);
			return null;
		});
		assertThat(stillIn(phone)).isFalse();
	}

	@Test
	void switchingAnAccountOffEndsItsSessionsTokensAndSignInsUntilItIsOnAgain() {
		WebSession phone = signedIn(world.head());
		ApiClient api = new ApiClient(port, json).as(world.head());
		assertThat(api.get("/api/v1/org-units").status()).isEqualTo(200);
		UUID head = fixtures.accountId(world.head());

		WebSession adminDesk = signedIn(admin);
		adminDesk.get("/admin/accounts");
		assertThat(adminDesk.post("/admin/accounts/" + head + "/enabled", Map.of("enabled", "false")).statusCode())
			.isEqualTo(302);

		assertThat(stillIn(phone)).isFalse();
		assertThat(api.get("/api/v1/org-units").status()).isEqualTo(401);
		assertThat(WebSession.signedIn(new WebSession(port).signIn(world.head(), TestFixtures.PASSWORD))).isFalse();

		adminDesk.get("/admin/accounts");
		adminDesk.post("/admin/accounts/" + head + "/enabled", Map.of("enabled", "true"));
		assertThat(api.get("/api/v1/org-units").status()).isEqualTo(200);
		assertThat(WebSession.signedIn(new WebSession(port).signIn(world.head(), TestFixtures.PASSWORD))).isTrue();
	}

	@Test
	void anotherRoleEndsTheSessionsSoTheOldRolesReachGoesWithThem() {
		WebSession phone = signedIn(world.workerA());
		assertThat(phone.get("/residents").statusCode()).isEqualTo(200);

		WebSession adminDesk = signedIn(admin);
		adminDesk.get("/admin/accounts/" + fixtures.accountId(world.workerA()) + "/tokens");
		assertThat(adminDesk.post("/admin/accounts/" + fixtures.accountId(world.workerA()) + "/role",
				Map.of("role", "MEDIATOR", "orgUnitId", world.community().id().toString())).statusCode()).isEqualTo(302);

		assertThat(stillIn(phone)).isFalse();
		assertThat(jdbc.sql("select role from account where username = ?").param(world.workerA()).query(String.class)
			.single()).isEqualTo("MEDIATOR");
	}

	@Test
	void theLockAfterFiveWrongPasswordsEndsTheSessions() {
		WebSession phone = signedIn(world.officer());
		for (int i = 0; i < 5; i++) {
			assertThat(WebSession.signedIn(new WebSession(port).signIn(world.officer(), "wrong-guess-" + i))).isFalse();
		}
		assertThat(stillIn(phone)).isFalse();
	}

	private WebSession signedIn(String username) {
		WebSession browser = new WebSession(port);
		assertThat(WebSession.signedIn(browser.signIn(username, TestFixtures.PASSWORD))).as(username).isTrue();
		return browser;
	}

	/** Whether the browser's session still opens the start page (else it is sent to sign in). */
	private static boolean stillIn(WebSession browser) {
		HttpResponse<String> home = browser.get("/");
		return home.statusCode() == 200;
	}

	private String hash(String username) {
		return jdbc.sql("select password_hash from account where username = ?").param(username).query(String.class).single();
	}
}
