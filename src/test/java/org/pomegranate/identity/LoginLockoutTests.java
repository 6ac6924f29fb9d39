package org.pomegranate.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pomegranate.IntegrationTest;
import org.pomegranate.TestFixtures;
import org.pomegranate.TestFixtures.World;
import org.pomegranate.shared.web.ForbiddenException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Five wrong passwords in a row lock an account for fifteen minutes, through the real HTTP
 * stack (HTTP Basic on the JSON API). Every URL under {@code /api/} needs authentication, so
 * a 401 means "not signed in" whether or not a controller answers the path.
 */
@IntegrationTest
class LoginLockoutTests {

	private static final String PROBE = "/api/v1/lockout-probe";
	private static final Duration LOCK = Duration.ofMinutes(15);

	@LocalServerPort
	int port;

	@Autowired
	TestFixtures fixtures;

	@Autowired
	IdentityManagement identity;

	@Autowired
	JdbcClient jdbc;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	World world;
	String user;

	@BeforeEach
	void setUp() {
		world = fixtures.world();
		user = world.workerA();
	}

	@AfterEach
	void tearDown() {
		TestFixtures.signOut();
	}

	@Test
	void theRightPasswordIsAcceptedAndAWrongOneIsNot() throws Exception {
		assertSignedIn(status(user, TestFixtures.PASSWORD));
		assertThat(status(user, "wrong-password")).isEqualTo(401);
		assertThat(status("nobody-" + world.suffix(), TestFixtures.PASSWORD)).isEqualTo(401);
		assertThat(status(null, null)).isEqualTo(401);
	}

	@Test
	void fourFailuresDoNotLockAndASuccessStartsTheCountAgain() throws Exception {
		for (int i = 0; i < 4; i++) {
			assertThat(status(user, "wrong-password-" + i)).isEqualTo(401);
		}
		assertThat(failedAttempts()).isEqualTo(4);
		assertThat(lockedUntil()).isNull();

		assertSignedIn(status(user, TestFixtures.PASSWORD));
		assertThat(failedAttempts()).isZero();

		// so four more failures still do not lock
		for (int i = 0; i < 4; i++) {
			assertThat(status(user, "wrong-password-" + i)).isEqualTo(401);
		}
		assertThat(lockedUntil()).isNull();
		assertSignedIn(status(user, TestFixtures.PASSWORD));
	}

	@Test
	void fiveFailuresLockTheAccountForFifteenMinutesUntilAnAdministratorUnlocksIt() throws Exception {
		for (int i = 0; i < 4; i++) {
			assertThat(status(user, "wrong-password-" + i)).isEqualTo(401);
		}
		Instant before = Instant.now();
		assertThat(status(user, "wrong-password-4")).isEqualTo(401);
		Instant after = Instant.now();

		Instant lockedUntil = lockedUntil();
		assertThat(lockedUntil).isNotNull()
			.isBetween(before.plus(LOCK).minusMillis(1), after.plus(LOCK).plusMillis(1));

		// the sixth attempt, with the right password, is refused as well
		assertThat(status(user, TestFixtures.PASSWORD)).isEqualTo(401);
		// and attempts while locked do not extend the lock
		assertThat(status(user, "wrong-password-5")).isEqualTo(401);
		assertThat(lockedUntil()).isEqualTo(lockedUntil);
		assertThat(identity.findAccounts(user, 10)).singleElement()
			.satisfies(a -> assertThat(a.lockedAt(Instant.now())).isTrue());

		// a grid worker cannot unlock anyone
		fixtures.signIn(world.workerB());
		UUID account = fixtures.accountId(user);
		assertThatThrownBy(() -> identity.unlock(account)).isInstanceOf(ForbiddenException.class);
		assertThat(status(user, TestFixtures.PASSWORD)).isEqualTo(401);

		String admin = fixtures.account("admin-" + world.suffix(), "管理员", Role.SYSTEM_ADMIN, null);
		fixtures.signIn(admin);
		identity.unlock(account);
		TestFixtures.signOut();

		assertThat(lockedUntil()).isNull();
		assertThat(failedAttempts()).isZero();
		assertSignedIn(status(user, TestFixtures.PASSWORD));
	}

	@Test
	void oneAccountsLockDoesNotAffectAnother() throws Exception {
		for (int i = 0; i < 5; i++) {
			status(user, "wrong-password-" + i);
		}
		assertThat(status(user, TestFixtures.PASSWORD)).isEqualTo(401);
		assertSignedIn(status(world.workerB(), TestFixtures.PASSWORD));
	}

	/** Past authentication: no 401, and no server error either (the probe path itself answers 404). */
	private static void assertSignedIn(int status) {
		assertThat(status).isNotEqualTo(401).isNotEqualTo(403).isLessThan(500);
	}

	private int status(String username, String password) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + PROBE))
			.timeout(Duration.ofSeconds(30)).GET();
		if (username != null) {
			request.header("Authorization", "Basic " + Base64.getEncoder()
				.encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)));
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
	}

	private Instant lockedUntil() {
		Timestamp ts = jdbc.sql("select locked_until from account where username = ?").param(user)
			.query(Timestamp.class).optional().orElse(null);
		return ts == null ? null : ts.toInstant();
	}

	private int failedAttempts() {
		return jdbc.sql("select failed_attempts from account where username = ?").param(user).query(Integer.class)
			.single();
	}
}
