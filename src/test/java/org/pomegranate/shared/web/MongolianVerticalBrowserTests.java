package org.pomegranate.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.pomegranate.BrowserJourney;
import org.pomegranate.TestFixtures;
import org.pomegranate.TestFixtures.World;
import org.pomegranate.identity.Role;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A Mongolian-speaking grid worker signs in on a 390 px phone: the interface switches to Mongolian by itself, the
 * page heading and card titles run in vertical columns (traditional script) while forms and tables stay
 * horizontal, and the page does not scroll sideways. The screenshot goes into the README.
 */
class MongolianVerticalBrowserTests extends BrowserJourney {

	private static final Path README_IMAGE = Paths.get("docs", "img", "mongolian-vertical.png");

	@Autowired
	TestFixtures fixtures;

	@Test
	void mongolianHeadingsRunVerticallyOnAPhoneAndThePageStaysUsable() throws Exception {
		World world = fixtures.world();
		String worker = fixtures.account("mn" + world.suffix(), "乌兰" + world.suffix(), Role.GRID_WORKER,
				world.gridA().id(), List.of("mn", "zh"));
		Page page = newPage(390, 844, true);
		page.navigate(url("/login"));
		signIn(page, worker);
		// the account's preferred language, without choosing it
		assertThat(page.locator("html").getAttribute("lang")).isEqualTo("mn");

		page.navigate(url("/residents"));
		assertThat(style(page, "main h1", "writingMode")).isEqualTo("vertical-lr");
		assertThat(style(page, "main form", "writingMode")).isEqualTo("horizontal-tb");
		assertThat(style(page, "main input", "writingMode")).isEqualTo("horizontal-tb");
		assertThat(page.locator("main h1").textContent()).matches(".*[\\u1820-\\u18AF].*");
		assertNoHorizontalScroll(page, "the residents page in Mongolian on a phone");
		Files.createDirectories(README_IMAGE.getParent());
		page.screenshot(new Page.ScreenshotOptions().setPath(README_IMAGE).setFullPage(false));

		// a Chinese page keeps its headings across
		page.navigate(url("/residents?lang=zh-CN"));
		assertThat(style(page, "main h1", "writingMode")).isEqualTo("horizontal-tb");

		// the notifications link is named by what it shows (axe label-content-name-mismatch)
		page.navigate(url("/notifications?lang=mn"));
		var link = page.getByRole(AriaRole.NAVIGATION).locator("a[href='/notifications']");
		String visible = (String) link.evaluate("a => a.innerText.replace(/\\s+/g, '')");
		assertThat(((String) link.evaluate("a => a.textContent")).replaceAll("\\s+", "")).contains(visible);
		assertThat(link.getAttribute("aria-label")).isNull();
		assertAccessible(page, "notifications in Mongolian");
	}

	private static String style(Page page, String selector, String property) {
		return (String) page.locator(selector).first()
			.evaluate("(e, p) => getComputedStyle(e)[p]", property);
	}
}
