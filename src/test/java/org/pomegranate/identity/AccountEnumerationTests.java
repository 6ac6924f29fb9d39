package org.pomegranate.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pomegranate.IntegrationTest;
import org.pomegranate.TestFixtures;
import org.pomegranate.TestFixtures.World;
import org.pomegranate.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Whether an account exists, is locked or is switched off cannot be told from the sign-in form:
 * the same redirect, the same page, and about the time of a real password check.
 */
@IntegrationTest
class AccountEnumerationTests {

	@Autowired
	MeterRegistry meters;

	@LocalServerPort
	int port;

	@Autowired
	TestFixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	World world;
	String locked;
	String disabled;

	@BeforeEach
	void setUp() {
		world = fixtures.world();
		locked = world.workerB();
		disabled = world.officer();
		jdbc.sql("update account set locked_until = now() + interval '15 minutes' where username = ?").param(locked).update();
		jdbc.sql("update account set enabled = false where username = ?").param(disabled).update();
	}

	@Test
	void unknownLockedSwitchedOffAndWrongAllAnswerTheSame() {
		Map<String, HttpResponse<String>> answers = Map.of(
				"unknown", attempt("nobody." + world.suffix(), TestFixtures.PASSWORD),
				"locked", attempt(locked, TestFixtures.PASSWORD),
				"switched off", attempt(disabled, TestFixtures.PASSWORD),
				"wrong password", attempt(world.head(), "Wrong-Password-1"));
		answers.forEach((what, answer) -> {
			assertThat(answer.statusCode()).as(what).isEqualTo(302);
			assertThat(answer.headers().firstValue("Location")).as(what).hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));
			assertThat(answer.body()).as(what).isEqualTo(answers.get("unknown").body());
		});
		String page = new WebSession(port).get("/login?error").body();
		assertThat(page).contains("用户名或密码错误，或账号因多次尝试失败暂时锁定").doesNotContain("locked=");
	}

	/**
	 * Without a decoy check an unknown or locked account would answer in a few milliseconds, and the
	 * time would tell it apart. Proven by counting the decoy checks, not by timing the answers: a timed
	 * assertion fails on a busy machine and proves nothing on a fast one.
	 */
	@Test
	void everyRefusalWithoutAPasswordToCheckPaysForADecoyCheck() {
		for (String username : List.of("nobody." + world.suffix(), locked, disabled)) {
			double before = meters.get("pomegranate.signin.decoy.checks").counter().count();
			attempt(username, TestFixtures.PASSWORD);
			assertThat(meters.get("pomegranate.signin.decoy.checks").counter().count()).as(username).isEqualTo(before + 1);
		}
	}

	private HttpResponse<String> attempt(String username, String password) {
		return new WebSession(port).openSignIn().signIn(username, password);
	}

}
