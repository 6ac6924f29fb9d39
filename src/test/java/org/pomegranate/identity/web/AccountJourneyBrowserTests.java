package org.pomegranate.identity.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pomegranate.ApiClient;
import org.pomegranate.BrowserJourney;
import org.pomegranate.TestFixtures;
import org.pomegranate.TestFixtures.World;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.json.JsonMapper;

/**
 * A grid worker on a phone opens their account page from their name in the top bar, makes a
 * read-only API token (shown once, then only its first characters), uses it, revokes it, and
 * changes their password. No page logs a Content-Security-Policy violation.
 */
class AccountJourneyBrowserTests extends BrowserJourney {

	@Autowired
	TestFixtures fixtures;

	@Autowired
	JsonMapper json;

	World world;

	@BeforeEach
	void setUp() {
		world = fixtures.world();
	}

	@Test
	void aWorkerMakesUsesAndRevokesATokenAndChangesTheirPassword() {
		Page page = newPage(390, 844, true);
		page.navigate(url("/login"));
		signIn(page, world.workerA());
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("网格员甲" + world.suffix())).click();
		PlaywrightAssertions.assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("我的账号")))
			.isVisible();

		page.getByLabel("名称").fill("巡查脚本");
		page.getByLabel("权限").selectOption("READ");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("创建令牌")).click();
		PlaywrightAssertions.assertThat(page.locator("#issued-token")).containsText("只显示这一次");
		String token = page.locator("#issued-value").inputValue();
		assertThat(token).startsWith("pmg_").hasSize(47);
		screenshot(page, "account-token-shown-once");
		assertAccessible(page, "account page with a new token");

		ApiClient api = new ApiClient(port, json).withToken(token);
		assertThat(api.get("/api/v1/org-units").status()).isEqualTo(200);

		page.navigate(url("/account"));
		PlaywrightAssertions.assertThat(page.locator("#tokens")).containsText(token.substring(0, 12));
		PlaywrightAssertions.assertThat(page.locator("#tokens")).not().containsText(token.substring(12));
		PlaywrightAssertions.assertThat(page.locator("#tokens")).containsText("只读");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("撤销 巡查脚本")).click();
		PlaywrightAssertions.assertThat(page.locator("#tokens")).containsText("已撤销");
		assertThat(api.get("/api/v1/org-units").status()).isEqualTo(401);

		page.getByLabel("当前密码").fill(TestFixtures.PASSWORD);
		page.getByLabel("新密码", new Page.GetByLabelOptions().setExact(true)).fill("Chaidamu-Basin-2026");
		page.getByLabel("再输入一次新密码").fill("Chaidamu-Basin-2026");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("修改密码")).click();
		PlaywrightAssertions.assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("密码已修改");
		screenshot(page, "account-password-changed");
		assertAccessible(page, "account page after a password change");

		// htmx on the residents search still works under the Content-Security-Policy
		page.navigate(url("/residents"));
		page.getByLabel("姓名").fill("卓玛");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("查询")).click();
		PlaywrightAssertions.assertThat(page.locator("#results")).isVisible();
		assertThat(browserErrors).as("errors in the browser console (a CSP violation shows here)").isEmpty();
	}
}
