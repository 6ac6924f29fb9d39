package org.pomegranate.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pomegranate.IntegrationTest;
import org.pomegranate.TestFixtures;
import org.pomegranate.TestFixtures.World;
import org.pomegranate.WebSession;
import org.pomegranate.shared.web.ForbiddenException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Five sign-in attempts per account in fifteen minutes, through the real sign-in form over HTTP.
 * The attempt is counted before the password is checked, so parallel guesses cannot outrun the
 * count; the fifth failure locks the account for fifteen minutes.
 */
@IntegrationTest
class LoginLockoutTests {

	private static final Duration LOCK = Duration.ofMinutes(15);

	@LocalServerPort
	int port;

	@Autowired
	TestFixtures fixtures;

	@Autowired
	IdentityManagement identity;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MeterRegistry meters;

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
	void theRightPasswordIsAcceptedAndAWrongOneIsNot() {
		assertThat(signIn(user, TestFixtures.PASSWORD)).isTrue();
		assertThat(signIn(user, "wrong-password")).isFalse();
		assertThat(signIn("nobody-" + world.suffix(), TestFixtures.PASSWORD)).isFalse();
	}

	@Test
	void fourFailuresDoNotLockAndASuccessStartsTheCountAgain() {
		for (int i = 0; i < 4; i++) {
			assertThat(signIn(user, "wrong-password-" + i)).isFalse();
		}
		assertThat(failedAttempts()).isEqualTo(4);
		assertThat(lockedUntil()).isNull();

		assertThat(signIn(user, TestFixtures.PASSWORD)).isTrue();
		assertThat(failedAttempts()).isZero();

		// so four more failures still do not lock
		for (int i = 0; i < 4; i++) {
			assertThat(signIn(user, "wrong-password-" + i)).isFalse();
		}
		assertThat(lockedUntil()).isNull();
		assertThat(signIn(user, TestFixtures.PASSWORD)).isTrue();
	}

	@Test
	void fiveFailuresLockTheAccountForFifteenMinutesUntilAnAdministratorUnlocksIt() {
		for (int i = 0; i < 4; i++) {
			assertThat(signIn(user, "wrong-password-" + i)).isFalse();
		}
		Instant before = Instant.now();
		assertThat(signIn(user, "wrong-password-4")).isFalse();
		Instant after = Instant.now();

		Instant lockedUntil = lockedUntil();
		assertThat(lockedUntil).isNotNull()
			.isBetween(before.plus(LOCK).minusMillis(1), after.plus(LOCK).plusMillis(1));

		// the sixth attempt, with the right password, is refused as well
		assertThat(signIn(user, TestFixtures.PASSWORD)).isFalse();
		// and attempts while locked do not extend the lock
		assertThat(signIn(user, "wrong-password-5")).isFalse();
		assertThat(lockedUntil()).isEqualTo(lockedUntil);
		assertThat(identity.findAccounts(user, 10)).singleElement()
			.satisfies(a -> assertThat(a.lockedAt(Instant.now())).isTrue());

		// a grid worker cannot unlock anyone
		fixtures.signIn(world.workerB());
		UUID account = fixtures.accountId(user);
		assertThatThrownBy(() -> identity.unlock(account)).isInstanceOf(ForbiddenException.class);
		assertThat(signIn(user, TestFixtures.PASSWORD)).isFalse();

		String admin = fixtures.account("admin-" + world.suffix(), "管理员", Role.SYSTEM_ADMIN, null);
		fixtures.signIn(admin);
		identity.unlock(account);
		TestFixtures.signOut();

		assertThat(lockedUntil()).isNull();
		assertThat(failedAttempts()).isZero();
		assertThat(signIn(user, TestFixtures.PASSWORD)).isTrue();
	}

	@Test
	void oneAccountsLockDoesNotAffectAnother() {
		for (int i = 0; i < 5; i++) {
			signIn(user, "wrong-password-" + i);
		}
		assertThat(signIn(user, TestFixtures.PASSWORD)).isFalse();
		assertThat(signIn(world.workerB(), TestFixtures.PASSWORD)).isTrue();
	}

	@Test
	void fiftyParallelWrongPasswordsGetFiveChecksAndTheRightOneIsThenRefused() throws Exception {
		int parallel = 50;
		List<WebSession> browsers = new ArrayList<>();
		for (int i = 0; i < parallel; i++) {
			browsers.add(new WebSession(port).openSignIn());
		}
		double checksBefore = passwordChecks();

		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(parallel);
		try {
			List<Future<HttpResponse<String>>> answers = new ArrayList<>();
			for (int i = 0; i < parallel; i++) {
				WebSession browser = browsers.get(i);
				String guess = "wrong-guess-" + i;
				answers.add(pool.submit(() -> {
					start.await();
					return browser.signIn(user, guess);
				}));
			}
			start.countDown();
			for (Future<HttpResponse<String>> answer : answers) {
				assertThat(WebSession.signedIn(answer.get())).isFalse();
			}
		}
		finally {
			pool.shutdownNow();
		}

		assertThat(passwordChecks() - checksBefore).as("passwords checked").isLessThanOrEqualTo(5);
		assertThat(lockedUntil()).isAfter(Instant.now());
		double checksLocked = passwordChecks();
		assertThat(signIn(user, TestFixtures.PASSWORD)).as("the right password while locked").isFalse();
		assertThat(passwordChecks()).as("nothing checked while locked").isEqualTo(checksLocked);
	}

	private boolean signIn(String username, String password) {
		return WebSession.signedIn(new WebSession(port).signIn(username, password));
	}

	private double passwordChecks() {
		return meters.get("pomegranate.signin.password.checks").counter().count();
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
