package org.pomegranate.identity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pomegranate.IntegrationTest;
import org.pomegranate.TestFixtures;
import org.pomegranate.TestFixtures.World;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The login page: Chinese first, other languages on request, CSRF-protected form login. */
@IntegrationTest
class LoginPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestFixtures fixtures;

	World world;

	@BeforeEach
	void setUp() {
		world = fixtures.world();
	}

	@Test
	void rendersInChineseByDefaultWhateverTheBrowserPrefers() throws Exception {
		for (MockHttpServletRequestBuilder request : new MockHttpServletRequestBuilder[] { get("/login"),
				get("/login").header("Accept-Language", "en-US,en;q=0.9") }) {
			String html = body(perform(request));
			assertThat(html).contains("<html lang=\"zh-CN\"").contains("<title>登录 · 石榴籽</title>")
				.contains(">用户名<").contains(">密码<").doesNotContain("Sign in");
		}
	}

	@Test
	void switchesToEnglishWithLangAndRemembersItInACookie() throws Exception {
		MockHttpServletResponse english = perform(get("/login").param("lang", "en"));
		assertThat(english.getStatus()).isEqualTo(200);
		assertThat(body(english)).contains("<html lang=\"en\"").contains("Sign in").contains(">Username<")
			.doesNotContain("用户名");
		Cookie lang = english.getCookie("lang");
		assertThat(lang).isNotNull();
		assertThat(lang.getValue()).isEqualTo("en");

		assertThat(body(perform(get("/login").cookie(lang)))).contains("Sign in");
		assertThat(body(perform(get("/login").param("lang", "bo")))).contains("<html lang=\"bo\"").contains("ནང་འཛུལ།");
		assertThat(body(perform(get("/login").param("lang", "mn")))).contains("ᠨᠡᠪᠲᠡᠷᠡᠬᠦ");
		// an unknown language is ignored, not an error
		MockHttpServletResponse unknown = perform(get("/login").param("lang", "xx-!!"));
		assertThat(unknown.getStatus()).isEqualTo(200);
		assertThat(body(unknown)).contains("用户名");
	}

	@Test
	void theLoginFormNeedsItsCsrfToken() throws Exception {
		assertThat(body(perform(get("/login")))).containsPattern("name=\"_csrf\" value=\"[^\"]+\"");

		// sessions live in the database (Spring Session): the browser's SESSION cookie names one
		Cookie session = perform(get("/login")).getCookie("SESSION");
		assertThat(session).isNotNull();
		MockHttpServletResponse withoutToken = perform(post("/login").cookie(session).param("username", world.head())
			.param("password", TestFixtures.PASSWORD));
		assertThat(withoutToken.getStatus()).isEqualTo(403);
		assertThat(withoutToken.getRedirectedUrl()).isNull();

		MockHttpServletResponse signedIn = perform(post("/login").with(csrf()).param("username", world.head())
			.param("password", TestFixtures.PASSWORD));
		assertThat(signedIn.getStatus()).isEqualTo(302);
		assertThat(signedIn.getRedirectedUrl()).isEqualTo("/");

		MockHttpServletResponse wrong = perform(post("/login").with(csrf()).param("username", world.head())
			.param("password", "wrong-password"));
		assertThat(wrong.getRedirectedUrl()).isEqualTo("/login?error");
		assertThat(body(perform(get("/login").param("error", "")))).contains("用户名或密码错误，或账号因多次尝试失败暂时锁定");
	}

	@Test
	void logoutNeedsAPostWithTheToken() throws Exception {
		Cookie session = perform(get("/login")).getCookie("SESSION");
		MockHttpServletResponse withoutToken = perform(post("/logout").cookie(session));
		assertThat(withoutToken.getStatus()).isEqualTo(403);
		MockHttpServletResponse loggedOut = perform(post("/logout").with(csrf()));
		assertThat(loggedOut.getRedirectedUrl()).isEqualTo("/login?logout");
		assertThat(body(perform(get("/login").param("logout", "")))).contains("您已安全退出。");
	}

	private MockHttpServletResponse perform(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request).andReturn().getResponse();
	}

	private static String body(MockHttpServletResponse response) throws Exception {
		return response.getContentAsString(StandardCharsets.UTF_8);
	}
}
