package org.pomegranate.servicedesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pomegranate.BrowserJourney;
import org.pomegranate.TestFixtures;
import org.pomegranate.TestFixtures.World;
import org.pomegranate.registry.RegistryManagement;
import org.pomegranate.servicedesk.Channel;
import org.pomegranate.servicedesk.Intake;
import org.pomegranate.servicedesk.IntakeReceipt;
import org.pomegranate.servicedesk.ServiceCatalogue;
import org.pomegranate.servicedesk.ServiceDesk;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The grid worker's phone (390×844, touch) in the system Chromium: from the start page she takes a
 * request and resolves it in three taps (the card, "accept", "resolve" with the note typed on the
 * same screen), answered in place without a reload; with no signal she drafts a note and a new
 * request, sees them waiting, and when the signal returns each is sent exactly once.
 */
class WorkbenchPhoneBrowserTests extends BrowserJourney {

	/** The README's picture of the phone workbench, refreshed by this test. */
	private static final Path README_IMAGE = Paths.get("docs", "img", "phone-workbench.png");

	@Autowired
	TestFixtures fixtures;

	@Autowired
	RegistryManagement registry;

	@Autowired
	ServiceDesk desk;

	@Autowired
	ServiceCatalogue catalogue;

	@Autowired
	JdbcClient jdbc;

	World world;
	UUID resident;

	@BeforeEach
	void setUp() {
		world = fixtures.world();
		UUID household = fixtures.as(world.head(),
				() -> registry.createHousehold(TestFixtures.household(world.buildingA1(), "1", "101")));
		resident = fixtures.as(world.head(),
				() -> registry.createResident(TestFixtures.resident(household, "马秀兰", "13812345678", null)));
	}

	@Test
	void aGridWorkerAcceptsAndResolvesARequestInThreeTaps() throws Exception {
		IntakeReceipt leak = take("HOUSING_REPAIR", Map.of("part", "pipe"), "厨房水管漏水，地上全是水\n请尽快来看看");
		IntakeReceipt roof = take("HOUSING_REPAIR", Map.of("part", "roof"), "屋顶渗水，墙皮发霉");
		Timestamp anHourAgo = Timestamp.from(Instant.now().minus(Duration.ofHours(1)));
		jdbc.sql("update service_request set response_due = ?, escalate_at = null where id = ?")
			.params(anHourAgo, roof.id()).update();
		IntakeReceipt gas = take("EMERGENCY", Map.of("danger", "gas"), "楼道里燃气味很浓，怀疑哪家漏气");

		Page page = newPage(390, 844, true);
		page.navigate(url("/login"));
		signIn(page, world.workerA());
		// her start page opens on her queue: counts, then emergencies, then overdue
		Locator home = page.locator("#home-queue");
		PlaywrightAssertions.assertThat(home.locator("#count-open")).hasText("待办 3 条");
		PlaywrightAssertions.assertThat(home.locator("#count-overdue")).hasText("超时 1 条");
		Locator cards = home.locator("li.pg-qcard");
		PlaywrightAssertions.assertThat(cards.nth(0)).containsText(gas.number());
		PlaywrightAssertions.assertThat(cards.nth(1)).containsText(roof.number());
		PlaywrightAssertions.assertThat(cards.nth(2)).containsText("厨房水管漏水，地上全是水");
		assertAccessible(page, "the grid worker's start page with her queue");
		assertNoHorizontalScroll(page, "the grid worker's start page on a phone");

		// the queue itself, for the README
		page.navigate(url("/workbench"));
		PlaywrightAssertions.assertThat(page.locator("#queue li.pg-qcard").first()).containsText(gas.number());
		Locator card = page.locator("#queue li.pg-qcard", new Page.LocatorOptions().setHasText(leak.number()));
		// the whole card is the tap target, not the number alone
		assertThat(card.locator("a").boundingBox().height).isGreaterThanOrEqualTo(80);
		assertThat(card.locator("a").boundingBox().width).isGreaterThanOrEqualTo(300);
		assertAccessible(page, "the workbench queue on a phone");
		assertNoHorizontalScroll(page, "the workbench queue on a phone");
		page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target", "screenshots", "phone-workbench.png")));
		Files.createDirectories(README_IMAGE.getParent());
		Files.copy(Paths.get("target", "screenshots", "phone-workbench.png"), README_IMAGE,
				StandardCopyOption.REPLACE_EXISTING);

		int taps = 0;
		card.locator("a").tap();
		taps++;
		PlaywrightAssertions.assertThat(page).hasURL(url("/workbench/requests/" + leak.id()));
		// a mark on the window: gone if anything reloads the page
		page.evaluate("() => window.stillTheSamePage = true");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("受理").setExact(true)).tap();
		taps++;
		PlaywrightAssertions.assertThat(page.getByRole(AriaRole.STATUS)).hasText("已受理。");
		PlaywrightAssertions.assertThat(page.locator("#request-live h1")).containsText("已受理");
		PlaywrightAssertions.assertThat(page.locator("#timeline")).containsText("受理了诉求");
		// one resolve button, the note beside it; "start" is there but no longer the main button
		PlaywrightAssertions.assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("办结")))
			.hasCount(1);
		PlaywrightAssertions.assertThat(page.locator("button.btn-primary", new Page.LocatorOptions().setHasText("开始办理")))
			.hasCount(0);
		assertAccessible(page, "an accepted request on a phone");
		assertNoHorizontalScroll(page, "an accepted request on a phone");
		page.getByLabel("办理结果（会告诉居民）").fill("已更换厨房水管接头，检查无渗漏");
		screenshot(page, "wb-resolving-phone");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("办结")).tap();
		taps++;
		PlaywrightAssertions.assertThat(page.getByRole(AriaRole.STATUS)).hasText("已办结，已通知居民评价。");
		PlaywrightAssertions.assertThat(page.locator("#request-live h1")).containsText("已办结");
		PlaywrightAssertions.assertThat(page.locator("#timeline li").last()).containsText("已更换厨房水管接头，检查无渗漏");
		assertThat(page.evaluate("() => window.stillTheSamePage === true")).as("answered in place, no reload")
			.isEqualTo(true);
		assertThat(taps).isLessThanOrEqualTo(3);
		assertThat(jdbc.sql("select status from service_request where id = ?").param(leak.id()).query(String.class)
			.single()).isEqualTo("RESOLVED");
		screenshot(page, "wb-resolved-phone");
		assertAccessible(page, "a resolved request on a phone");
		assertThat(browserErrors).as("errors in the browser console").isEmpty();
	}

	@Test
	void aNoteAndARequestDraftedWithNoSignalAreSentExactlyOnceWhenItReturns() {
		IntakeReceipt leak = take("HOUSING_REPAIR", Map.of("part", "pipe"), "厨房水管漏水");
		String note = "上门查看，需要换接头，明天带配件来";
		String asked = "小区东门路灯不亮" + world.suffix();

		Page page = newPage(390, 844, true);
		page.navigate(url("/login"));
		signIn(page, world.workerA());
		// two tabs opened while there was signal: the request's page and the intake form
		Page intake = context.newPage();
		intake.navigate(url("/workbench/intake"));
		intake.getByLabel("类别").selectOption(catalogue.byCode("NEIGHBOURHOOD").id().toString());
		page.navigate(url("/workbench/requests/" + leak.id()));
		// installable: the manifest is linked and the service worker is ready
		PlaywrightAssertions.assertThat(page.locator("head link[rel=manifest]")).hasCount(1);
		assertThat(page.evaluate("() => navigator.serviceWorker.ready.then(r => r.active != null)")).isEqualTo(true);

		context.setOffline(true);
		page.locator("summary", new Page.LocatorOptions().setHasText("记录办理情况")).tap();
		String key = page.locator("form[action$='/note'] [data-draft-key]").inputValue();
		page.getByLabel("办理情况（居民也能看到）").fill(note);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存记录")).tap();
		Locator drafts = page.locator("#pg-drafts");
		PlaywrightAssertions.assertThat(drafts).containsText("1 条等待发送");
		PlaywrightAssertions.assertThat(drafts).containsText("没有网络");
		PlaywrightAssertions.assertThat(drafts).containsText(leak.number() + " 的办理记录");
		assertThat(notes(leak)).isEmpty();
		screenshot(page, "wb-offline-note-phone");

		// and a new request on the other tab
		intake.locator("label", new Page.LocatorOptions().setHasText("上门走访")).tap();
		intake.getByLabel("诉求内容").fill(asked);
		intake.getByLabel("联系人姓名").fill("王大爷");
		intake.getByLabel("联系电话").fill("13900001111");
		intake.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("提交诉求")).tap();
		Locator waiting = intake.locator("#pg-drafts");
		PlaywrightAssertions.assertThat(waiting).containsText("2 条等待发送");
		PlaywrightAssertions.assertThat(waiting).containsText("新诉求");
		PlaywrightAssertions.assertThat(waiting).containsText(leak.number() + " 的办理记录");
		assertThat(requestsAsked(asked)).isZero();
		screenshot(intake, "wb-offline-two-waiting-phone");
		assertAccessible(intake, "two drafts waiting on a phone");

		// the signal returns to both tabs at once: each draft is written once
		context.setOffline(false);
		PlaywrightAssertions.assertThat(drafts).isHidden();
		PlaywrightAssertions.assertThat(waiting).isHidden();
		assertThat(notes(leak)).containsExactly(note);
		assertThat(requestsAsked(asked)).isOne();

		// the answer lost on the way back: the phone sends the same draft again, and nothing doubles
		page.navigate(url("/workbench/requests/" + leak.id()));
		Object status = page.evaluate("""
				([url, note, key]) => fetch(url, { method: 'POST', credentials: 'same-origin',
				    body: new URLSearchParams({ note: note, key: key,
				        _csrf: document.querySelector('input[name=_csrf]').value }) }).then(r => r.status)""",
				List.of("/workbench/requests/" + leak.id() + "/note", note, key));
		assertThat(status).isEqualTo(200);
		assertThat(notes(leak)).containsExactly(note);
		PlaywrightAssertions.assertThat(page.locator("#timeline")).containsText(note);
		assertThat(browserErrors).as("errors in the browser console other than the missing signal")
			.allSatisfy(e -> assertThat(e).contains("ERR_INTERNET_DISCONNECTED"));
	}

	private List<String> notes(IntakeReceipt receipt) {
		return jdbc.sql("select note from service_request_event where request_id = ? and kind = 'NOTED' order by id")
			.param(receipt.id()).query(String.class).list();
	}

	private long requestsAsked(String description) {
		return jdbc.sql("select count(*) from service_request where description = ?").param(description)
			.query(Long.class).single();
	}

	private IntakeReceipt take(String category, Map<String, Object> extra, String description) {
		return fixtures.as(world.workerA(), () -> desk.intake(new Intake(catalogue.byCode(category).id(), description,
				extra, Channel.PHONE, resident, null, null, null, null, "13900002222", null, List.of()), null));
	}
}
