package org.pomegranate.evaluation;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pomegranate.BrowserJourney;
import org.pomegranate.TestFixtures;
import org.pomegranate.identity.Role;
import org.pomegranate.registry.RegistryManagement;
import org.pomegranate.servicedesk.RequestHandling;
import org.pomegranate.servicedesk.ResolutionAnswer;
import org.pomegranate.servicedesk.SatisfactionAnswer;
import org.pomegranate.servicedesk.ServiceCatalogue;
import org.pomegranate.servicedesk.ServiceDesk;
import org.pomegranate.servicedesk.ServiceDeskHistory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * The prefecture officer's dashboard in the system Chromium: from the prefecture down through the
 * county, street, community and grid to one grid worker, the trend drawn by ECharts from the API,
 * and a figure opened to the requests behind it. A grid worker sees their own month on their
 * phone's home page.
 */
class EvaluationJourneyBrowserTests extends BrowserJourney {

	@Autowired
	TestFixtures fixtures;
	@Autowired
	RegistryManagement registry;
	@Autowired
	ServiceDesk desk;
	@Autowired
	RequestHandling handling;
	@Autowired
	ServiceDeskHistory history;
	@Autowired
	ServiceCatalogue catalogue;
	@Autowired
	TransactionTemplate transactions;
	@Autowired
	JdbcClient jdbc;

	EvaluationWorld w;
	String number;
	String prefectureOfficer;

	@BeforeEach
	void history() {
		w = new EvaluationWorld(fixtures, registry, desk, handling, history, catalogue, transactions, jdbc);
		UUID id = w.repair("2026-09-01T10:00");
		w.accept(id, "2026-09-01T11:00", w.world.workerA());
		w.resolve(id, "2026-09-02T11:00", w.world.workerA());
		w.rate(id, "2026-09-03T11:00", ResolutionAnswer.RESOLVED, SatisfactionAnswer.SATISFIED);
		number = jdbc.sql("select number from service_request where id = ?").param(id).query(String.class).single();
		prefectureOfficer = fixtures.account("prefo" + w.world.suffix(), "州干部", Role.PREFECTURE_OFFICER,
				w.world.prefecture().id());
	}

	@Test
	void thePrefectureOfficerDrillsDownToAGridWorkerAndOpensTheRequestsBehindAFigure() {
		Page page = newPage(1280, 900, false);
		page.navigate(url("/login"));
		signIn(page, prefectureOfficer);
		assertThat(page.locator(".pg-home-figures")).isVisible();

		page.navigate(url("/evaluation?month=2026-09"));
		assertThat(page.locator("#pg-trend")).hasAttribute("data-drawn", "true");
		assertAccessible(page, "the prefecture's dashboard");
		screenshot(page, "evaluation-prefecture");
		for (String unit : new String[] { w.world.county().nameZh(), w.world.street().nameZh(),
				w.world.community().nameZh(), w.world.gridA().nameZh() }) {
			page.locator(".pg-ranking").getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions()
				.setName(unit).setExact(true)).click();
			assertThat(page.locator("h1")).containsText(unit);
		}
		page.locator(".pg-ranking a.pg-drill").first().click();
		assertThat(page.locator("h1")).containsText("网格员甲");
		assertThat(page.locator("a[data-figure=RESOLUTION] strong")).hasText("100.0%");
		screenshot(page, "evaluation-worker");

		page.locator("a[data-figure=RESOLUTION]").click();
		assertThat(page.locator(".pg-behind")).containsText(number);
		assertThat(page.locator(".pg-behind")).containsText("是");
	}

	@Test
	void aGridWorkerSeesTheirOwnMonthOnTheirPhone() {
		Page page = newPage(390, 844, true);
		page.navigate(url("/login"));
		signIn(page, w.world.workerA());
		assertThat(page.locator(".pg-home-figures h2")).containsText("我的");
		assertNoHorizontalScroll(page, "the grid worker's home page");
		screenshot(page, "evaluation-worker-phone");
	}
}
