package org.pomegranate.mediation;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pomegranate.BrowserJourney;
import org.pomegranate.TestFixtures;
import org.pomegranate.registry.RegistryManagement;
import org.pomegranate.servicedesk.ServiceCatalogue;
import org.pomegranate.servicedesk.ServiceDesk;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * A dispute from a service request to a kept agreement, clicked through in the system Chromium by
 * the community head: refer the request to mediation, take the case in, record a session, the
 * agreement, print it, and record the follow-up visit; the request's timeline shows the referral.
 */
class MediationJourneyBrowserTests extends BrowserJourney {

	@Autowired
	TestFixtures fixtures;
	@Autowired
	RegistryManagement registry;
	@Autowired
	CaseIntake intake;
	@Autowired
	ServiceDesk desk;
	@Autowired
	ServiceCatalogue catalogue;

	MediationWorld w;
	UUID request;

	@BeforeEach
	void world() {
		w = new MediationWorld(fixtures, registry, intake, desk, catalogue);
		request = w.request();
	}

	@Test
	void theHeadRefersARequestAndTakesTheCaseToAKeptAgreement() {
		Page page = newPage(1280, 900, false);
		page.navigate(url("/login"));
		signIn(page, w.world.head());

		page.navigate(url("/workbench/requests/" + request));
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("转入矛盾调解")).click();
		assertThat(page.locator("h1")).hasText("新建调解案件");
		page.getByLabel("纠纷类型").selectOption("NEIGHBOURS");
		page.getByLabel("调解员").selectOption(w.mediatorId.toString());
		page.locator("#p2Name").fill("楼上住户");
		page.locator("#p2Phone").fill("13800003333");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("立案")).click();

		assertThat(page.locator("h1 .pg-number")).containsText("M-");
		String number = page.locator("h1 .pg-number").textContent();
		assertThat(page.locator(".pg-badge").first()).hasText("待调解");
		assertThat(page.locator("main")).containsText("138****3333");
		assertThat(page.locator("main")).containsText(w.residentName);
		assertAccessible(page, "a new mediation case");

		page.getByText("记录调解").first().click();
		page.locator("#session-note").fill("双方到场，查明是楼上水管老化");
		page.locator("form[action$='/sessions'] button").click();
		assertThat(page.locator(".pg-badge").first()).hasText("调解中");

		page.locator("summary", new Page.LocatorOptions().setHasText("达成协议")).click();
		page.locator("#terms").fill("楼上住户承担维修费800元，七日内修好");
		page.locator("form[action$='/agreement'] button").click();
		assertThat(page.locator(".pg-badge").first()).hasText("达成协议");

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("打印调解协议书")).click();
		assertThat(page.locator("h1")).hasText("人民调解协议书");
		Locator sheet = page.locator(".pg-agreement");
		assertThat(sheet).containsText("楼上住户承担维修费800元");
		assertThat(sheet).containsText(w.residentName);
		assertThat(sheet).containsText("楼上住户");
		assertThat(sheet.locator(".pg-signatures tr")).hasCount(3);
		screenshot(page, "mediation-agreement");
		page.emulateMedia(new Page.EmulateMediaOptions().setMedia(com.microsoft.playwright.options.Media.PRINT));
		assertThat(page.locator(".pg-navbar")).isHidden();
		page.emulateMedia(new Page.EmulateMediaOptions().setMedia(com.microsoft.playwright.options.Media.SCREEN));

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("返回案件")).click();
		page.locator("summary", new Page.LocatorOptions().setHasText("记录回访")).click();
		page.locator("#follow-note").fill("上门回访，已修好，邻里和睦");
		page.locator("form[action$='/follow-up'] button").click();
		assertThat(page.locator(".pg-badge").first()).hasText("已回访结案");
		assertThat(page.locator("main")).containsText("协议已履行");

		page.navigate(url("/workbench/requests/" + request));
		assertThat(page.locator(".pg-timeline")).containsText("转入矛盾调解，案件 " + number.strip());
		page.navigate(url("/mediation"));
		assertThat(page.locator("table")).containsText(number.strip());
	}
}
