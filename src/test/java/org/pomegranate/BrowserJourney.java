package org.pomegranate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.WaitForSelectorState;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What every browser test needs: the system Chromium driven by Playwright against the running
 * application, a fresh browser context per page size, sign-in, screenshots to
 * {@code target/screenshots/}, and axe-core checks whose serious problems are reported after the
 * whole journey, so that one run lists every page's problems.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class BrowserJourney {

	private static final Path CHROMIUM = Paths.get("/usr/bin/chromium");
	private static final Path SCREENSHOTS = Paths.get("target", "screenshots");

	@LocalServerPort
	protected int port;

	private Playwright playwright;
	private Browser browser;
	protected BrowserContext context;
	protected List<String> browserErrors;
	private List<String> accessibilityProblems;

	@BeforeAll
	void launchChromium() throws Exception {
		assertThat(Files.isExecutable(CHROMIUM))
			.as("The browser tests need Chromium at %s (Debian: apt-get install chromium; .ci/run installs it)", CHROMIUM)
			.isTrue();
		Files.createDirectories(SCREENSHOTS);
		playwright = Playwright.create();
		browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM)
			.setHeadless(true).setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
					"--disable-component-update", "--disable-sync", "--disable-dev-shm-usage")));
	}

	@AfterAll
	void closeChromium() {
		if (browser != null) {
			browser.close();
		}
		if (playwright != null) {
			playwright.close();
		}
	}

	@BeforeEach
	void freshProblemLists() {
		browserErrors = new ArrayList<>();
		accessibilityProblems = new ArrayList<>();
	}

	@AfterEach
	void noSeriousAccessibilityProblems() {
		assertThat(accessibilityProblems).as("serious or critical accessibility problems (axe-core, WCAG 2.1 A/AA)")
			.isEmpty();
	}

	@AfterEach
	void closeContext() {
		if (context != null) {
			context.close();
			context = null;
		}
	}

	/** A page in a new context (no cookies), in Chinese and the display zone; a touch phone if asked. */
	protected Page newPage(int width, int height, boolean phone) {
		if (context != null) {
			context.close();
		}
		Browser.NewContextOptions options = new Browser.NewContextOptions().setViewportSize(width, height)
			.setLocale("zh-CN").setTimezoneId("Asia/Shanghai");
		if (phone) {
			options.setIsMobile(true).setHasTouch(true).setDeviceScaleFactor(2);
		}
		context = browser.newContext(options);
		context.setDefaultTimeout(15_000);
		Page page = context.newPage();
		page.onConsoleMessage(m -> {
			if ("error".equals(m.type())) {
				browserErrors.add(m.text());
			}
		});
		page.onPageError(browserErrors::add);
		return page;
	}

	/** Signs in on the login page shown, with the fixtures' password, and lands on the start page. */
	protected void signIn(Page page, String username) {
		page.getByLabel("用户名").fill(username);
		page.getByLabel("密码").fill(TestFixtures.PASSWORD);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("登录")).click();
		PlaywrightAssertions.assertThat(page).hasURL(url("/"));
	}

	protected String url(String path) {
		return "http://localhost:" + port + path;
	}

	/** Follows a link of the main menu as a person does: opens its group first when the link sits in one. */
	protected static void followMenu(Page page, String name) {
		Locator link = page.locator(".pg-navbar")
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(name).setExact(true).setIncludeHidden(true))
			.first();
		// the page may still be arriving (after a sign-in, say): wait for the link, then open its group if closed
		link.waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.ATTACHED));
		if (!link.isVisible()) {
			link.locator("xpath=ancestor::details[1]/summary").click();
		}
		link.click();
	}

	protected static void screenshot(Page page, String name) {
		page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
	}

	/** Collects every serious or critical axe-core violation of WCAG 2.1 A/AA on the page as it is now. */
	protected void assertAccessible(Page page, String what) {
		List<String> serious = Axe.seriousFindings(page, List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"));
		if (!serious.isEmpty()) {
			accessibilityProblems.add(what + ":\n" + String.join("\n", serious));
		}
	}

	protected static void assertNoHorizontalScroll(Page page, String what) {
		Object overflow = page.evaluate("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
		assertThat(((Number) overflow).intValue()).as("%s scrolls sideways by so many CSS pixels", what).isLessThanOrEqualTo(0);
	}
}
