package org.pomegranate.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.pomegranate.IntegrationTest;
import org.pomegranate.TestFixtures;
import org.pomegranate.TestFixtures.World;
import org.pomegranate.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Signing in switches the interface to the account's preferred language (the first it lists), whatever language
 * the sign-in page was read in; a language chosen afterwards sticks.
 */
@IntegrationTest
class PreferredLanguageSignInTests {

	@Autowired
	TestFixtures fixtures;

	@LocalServerPort
	int port;

	@Test
	void theInterfaceSwitchesToThePreferredLanguageOnSignIn() {
		World world = fixtures.world();
		String tibetan = fixtures.account("bo" + world.suffix(), "卓玛" + world.suffix(), Role.GRID_WORKER,
				world.gridA().id(), List.of("bo", "zh"));
		WebSession session = new WebSession(port);
		session.get("/login?lang=zh-CN");
		HttpResponse<String> signedIn = session.signIn(tibetan, TestFixtures.PASSWORD);
		assertThat(WebSession.signedIn(signedIn)).isTrue();
		assertThat(signedIn.headers().allValues("Set-Cookie")).anyMatch(c -> c.startsWith("lang=bo"));
		assertThat(session.get("/").body()).contains("<html lang=\"bo\"");

		assertThat(session.get("/?lang=zh-CN").body()).contains("<html lang=\"zh-CN\"");
		assertThat(session.get("/").body()).contains("<html lang=\"zh-CN\"");

		// Chinese first: stays Chinese even after the page was read in Mongolian
		WebSession chinese = new WebSession(port);
		chinese.get("/login?lang=mn");
		assertThat(WebSession.signedIn(chinese.signIn(world.workerA(), TestFixtures.PASSWORD))).isTrue();
		assertThat(chinese.get("/").body()).contains("<html lang=\"zh-CN\"");
	}
}
