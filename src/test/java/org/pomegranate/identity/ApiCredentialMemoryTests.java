package org.pomegranate.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pomegranate.ApiClient;
import org.pomegranate.IntegrationTest;
import org.pomegranate.TestFixtures;
import org.pomegranate.TestFixtures.World;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * API passwords are checked by BCrypt once and then remembered for a while: that must not weaken
 * the lockout nor let an old password outlive a reset.
 */
@IntegrationTest
class ApiCredentialMemoryTests {

	private static final String PATH = "/api/v1/service-categories";

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

	@AfterEach
	void signOut() {
		TestFixtures.signOut();
	}

	@Test
	void aWrongPasswordAfterARememberedSuccessIsRefusedAndCounted() {
		World world = fixtures.world();
		ApiClient api = new ApiClient(port, json);
		assertThat(api.as(world.workerA()).get(PATH).status()).isEqualTo(200);
		assertThat(api.as(world.workerA()).get(PATH).status()).isEqualTo(200);

		assertThat(api.as(world.workerA(), "Not-The-Password-1").get(PATH).status()).isEqualTo(401);
		assertThat(failedAttempts(world.workerA())).isEqualTo(1);
		// the right password still works and clears the count
		assertThat(api.as(world.workerA()).get(PATH).status()).isEqualTo(200);
		assertThat(failedAttempts(world.workerA())).isZero();

		for (int i = 0; i < 5; i++) {
			assertThat(api.as(world.workerA(), "Not-The-Password-" + i).get(PATH).status()).isEqualTo(401);
		}
		assertThat(api.as(world.workerA()).get(PATH).status()).as("locked despite the remembered password")
			.isEqualTo(401);
	}

	@Test
	void aResetPasswordEndsTheOldOneAtOnce() {
		World world = fixtures.world();
		ApiClient api = new ApiClient(port, json);
		assertThat(api.as(world.workerB()).get(PATH).status()).isEqualTo(200);

		String admin = fixtures.account("adm-" + world.suffix(), "管理员", Role.SYSTEM_ADMIN, null);
		fixtures.as(admin, () -> {
			identity.resetPassword(fixtures.accountId(world.workerB()), "Pomegranate-New-2026");
			return null;
		});

		assertThat(api.as(world.workerB()).get(PATH).status()).isEqualTo(401);
		assertThat(api.as(world.workerB(), "Pomegranate-New-2026").get(PATH).status()).isEqualTo(200);
	}

	private int failedAttempts(String username) {
		return jdbc.sql("select failed_attempts from account where username = ?").param(username).query(Integer.class)
			.single();
	}
}
