package org.pomegranate.servicedesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

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
import org.pomegranate.servicedesk.Intake;
import org.pomegranate.servicedesk.IntakeReceipt;
import org.pomegranate.servicedesk.RequestSummary;
import org.pomegranate.servicedesk.ServiceCatalogue;
import org.pomegranate.servicedesk.ServiceDesk;
import org.pomegranate.servicedesk.internal.SlaClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The service desk as people use it, in the system Chromium against the running application: a
 * resident asks for a repair on their phone; the grid worker of that grid takes it on and resolves
 * it; the resident rates it "unsatisfied"; the community head has the revisit to make and a request
 * that went overdue and climbed to the community. Also someone without an account asks for help.
 * axe-core checks the portal and workbench pages for serious and critical accessibility problems. Screenshots go
 * to {@code target/screenshots/}.
 */
class ServiceDeskJourneyBrowserTests extends BrowserJourney {

	private static final String LEAK = "厨房水槽下面的水管漏水，地上全是水";

	@Autowired
	TestFixtures fixtures;

	@Autowired
	RegistryManagement registry;

	@Autowired
	ServiceDesk desk;

	@Autowired
	ServiceCatalogue catalogue;

	@Autowired
	SlaClock slaClock;

	@Autowired
	JdbcClient jdbc;

	World world;
	String residentAccount;

	@BeforeEach
	void setUp() {
		world = fixtures.world();
		UUID household = fixtures.as(world.head(),
				() -> registry.createHousehold(TestFixtures.household(world.buildingA1(), "1", "101")));
		UUID residentId = fixtures.as(world.head(),
				() -> registry.createResident(TestFixtures.resident(household, "马秀兰", null, null)));
		residentAccount = fixtures.residentAccount("xiulan" + world.suffix(), "马秀兰", residentId);
	}

	@Test
	void aRepairGoesFromTheResidentsPhoneToTheGridWorkerAndBackToARatingAndARevisit() {
		// --- (a) the resident asks for a repair on their phone
		Page page = newPage(390, 844, true);
		page.navigate(url("/login"));
		signIn(page, residentAccount);
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("我的诉求").setExact(true)).click();
		PlaywrightAssertions.assertThat(page).hasURL(url("/my/requests"));
		PlaywrightAssertions.assertThat(page.locator("main")).containsText("您还没有提交过诉求。");
		assertAccessible(page, "my requests, empty");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("提交新诉求")).click();

		PlaywrightAssertions.assertThat(page).hasURL(url("/requests/new"));
		PlaywrightAssertions.assertThat(page.locator("main")).not().containsText("手机号码");
		page.locator("label", new Page.LocatorOptions().setHasText("房屋维修")).click();
		// htmx brings the category's own question in
		Locator extra = page.locator("#extra-fields");
		PlaywrightAssertions.assertThat(extra).containsText("需要修什么");
		PlaywrightAssertions.assertThat(extra).containsText("水管");
		screenshot(page, "sd-01-portal-new-phone");
		assertAccessible(page, "new request form, signed in, category chosen");
		assertNoHorizontalScroll(page, "new request form on a phone");
		extra.locator("label", new Locator.LocatorOptions().setHasText("水管")).click();
		page.getByLabel("请说一说是什么事").fill(LEAK);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("提交").setExact(true)).click();

		PlaywrightAssertions.assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
			.hasText("已收到您的诉求");
		String number = page.locator("#request-number").innerText().strip();
		assertThat(number).matches("HX-\\d{4}-\\d{6}");
		screenshot(page, "sd-02-portal-sent-phone");
		assertAccessible(page, "request received");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("查看办理进度")).click();
		PlaywrightAssertions.assertThat(page.locator("#standing")).containsText("已交给网格员甲" + world.suffix());
		PlaywrightAssertions.assertThat(page.locator("#what")).containsText(LEAK);
		PlaywrightAssertions.assertThat(page.locator("#timeline")).containsText("提交了诉求");
		assertAccessible(page, "one request, submitted");
		UUID requestId = UUID.fromString(page.url().replaceAll(".*/my/requests/", ""));
		assertThat(jdbc.sql("select unit_id from service_request where number = ?").param(number).query(UUID.class)
			.single()).isEqualTo(world.gridA().id());
		context.close();

		// --- (b) the grid worker of that grid, on a phone
		page = newPage(390, 844, true);
		page.navigate(url("/login"));
		signIn(page, world.workerA());
		page.navigate(url("/workbench"));
		PlaywrightAssertions.assertThat(page.locator("#queue .nav-link.active")).hasText("我的待办");
		Locator mine = page.locator("#queue li.pg-qcard", new Page.LocatorOptions().setHasText(number));
		PlaywrightAssertions.assertThat(mine).containsText("房屋维修");
		PlaywrightAssertions.assertThat(mine).containsText("已提交");
		PlaywrightAssertions.assertThat(mine).containsText("还剩");
		screenshot(page, "sd-03a-workbench-queue-phone");
		assertAccessible(page, "workbench, my queue, on a phone");
		assertNoHorizontalScroll(page, "workbench queue on a phone");
		mine.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(number)).click();
		PlaywrightAssertions.assertThat(page).hasURL(url("/workbench/requests/" + requestId));
		Locator heading = page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1));
		PlaywrightAssertions.assertThat(heading).containsText(number);
		PlaywrightAssertions.assertThat(heading).containsText("已提交");
		PlaywrightAssertions.assertThat(page.locator("main")).containsText(LEAK);
		assertAccessible(page, "workbench, one request, submitted");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("受理").setExact(true)).click();
		PlaywrightAssertions.assertThat(page.getByRole(AriaRole.STATUS)).hasText("已受理。");
		PlaywrightAssertions.assertThat(heading).containsText("已受理");
		Locator timeline = page.locator(".pg-timeline");
		PlaywrightAssertions.assertThat(timeline).containsText("受理了诉求");
		// the note and the one "resolve" button are on the screen already, no fold to open
		page.getByLabel("办理结果（会告诉居民）").fill("已更换厨房水管接头，检查无渗漏");
		screenshot(page, "sd-03b-workbench-resolve-phone");
		assertAccessible(page, "workbench, one request, accepted, resolving");
		assertNoHorizontalScroll(page, "workbench request on a phone");
		page.locator("form[action$='/resolve']").getByRole(AriaRole.BUTTON).click();
		PlaywrightAssertions.assertThat(page.getByRole(AriaRole.STATUS)).hasText("已办结，已通知居民评价。");
		PlaywrightAssertions.assertThat(heading).containsText("已办结");
		PlaywrightAssertions.assertThat(timeline.locator("li").last()).containsText("办结");
		PlaywrightAssertions.assertThat(timeline.locator("li").last()).containsText("已更换厨房水管接头，检查无渗漏");
		PlaywrightAssertions.assertThat(timeline).containsText("网格员甲" + world.suffix());
		PlaywrightAssertions.assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("受理")
			.setExact(true))).hasCount(0);
		screenshot(page, "sd-03c-workbench-resolved-phone");
		assertAccessible(page, "workbench, one request, resolved");
		context.close();

		// --- (c) the resident reads that it is done and rates it "unsatisfied"
		page = newPage(390, 844, true);
		page.navigate(url("/login"));
		signIn(page, residentAccount);
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("我的诉求").setExact(true)).click();
		Locator row = page.locator("#my-requests li", new Page.LocatorOptions().setHasText(number));
		PlaywrightAssertions.assertThat(row).containsText("已办结");
		PlaywrightAssertions.assertThat(row).containsText("房屋维修");
		screenshot(page, "sd-03-my-requests-phone");
		assertAccessible(page, "my requests");
		row.getByRole(AriaRole.LINK).click();
		PlaywrightAssertions.assertThat(page.locator("#standing")).containsText("已经办结。请告诉我们办得怎么样。");
		PlaywrightAssertions.assertThat(page.locator("#timeline")).containsText("已更换厨房水管接头，检查无渗漏");
		PlaywrightAssertions.assertThat(page.locator("#reopen")).containsText("还没办好？");
		screenshot(page, "sd-04-rate-phone");
		assertAccessible(page, "one request, resolved, with the rating form");
		assertNoHorizontalScroll(page, "resolved request with the rating form on a phone");
		// the same page for a Tibetan and a Mongolian reader
		page.navigate(url("/my/requests/" + requestId + "?lang=bo"));
		PlaywrightAssertions.assertThat(page.locator("#rate")).containsText("གནད་དོན་ཐག་ཆོད་སོང་ངམ།");
		PlaywrightAssertions.assertThat(page.locator("#standing")).containsText("ལེགས་གྲུབ་ཟིན།");
		screenshot(page, "sd-04-rate-phone-bo");
		assertAccessible(page, "one request, resolved, in Tibetan");
		assertNoHorizontalScroll(page, "resolved request in Tibetan on a phone");
		page.navigate(url("/my/requests/" + requestId + "?lang=mn"));
		PlaywrightAssertions.assertThat(page.locator("#rate")).containsText("ᠰᠡᠳᠬᠢᠯ ᠬᠠᠩᠭᠠᠯᠤᠩ");
		screenshot(page, "sd-04-rate-phone-mn");
		assertAccessible(page, "one request, resolved, in Mongolian");
		assertNoHorizontalScroll(page, "resolved request in Mongolian on a phone");
		page.navigate(url("/my/requests/" + requestId + "?lang=zh-CN"));
		Locator rate = page.locator("#rate");
		rate.locator("label", new Locator.LocatorOptions().setHasText("部分解决")).click();
		rate.locator("label[for=satisfaction-UNSATISFIED]").click();
		PlaywrightAssertions.assertThat(rate.locator("label[for=satisfaction-UNSATISFIED]")).hasText("不满意");
		page.getByLabel("还想说点什么（可不填）").fill("接头还在渗水");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("提交评价")).click();
		PlaywrightAssertions.assertThat(page.getByRole(AriaRole.STATUS)).hasText("谢谢您的评价！");
		PlaywrightAssertions.assertThat(page.locator("#standing")).containsText("已关闭");
		PlaywrightAssertions.assertThat(page.locator("#timeline")).containsText("居民评价：部分解决，不满意");
		PlaywrightAssertions.assertThat(page.locator("#timeline")).containsText("石榴社区" + world.suffix() + " 将回访");
		PlaywrightAssertions.assertThat(page.locator("#rate")).hasCount(0);
		screenshot(page, "sd-05-rated-phone");
		assertAccessible(page, "one request, rated");

		// --- (d) a second request goes unanswered past its deadline and climbs to the community
		IntakeReceipt noisy = fixtures.as(residentAccount, () -> desk.intake(new Intake(
				catalogue.byCode("NEIGHBOURHOOD").id(), "楼上每天夜里装修，很吵", Map.of(), null, null, null, null, null,
				null, null, null, null), null));
		RequestSummary due = fixtures.as(residentAccount, () -> desk.myRequest(noisy.id())).summary();
		// an hour past its answer-by time, so that the queue too reads it as overdue
		Timestamp anHourAgo = Timestamp.from(Instant.now().minus(Duration.ofHours(1)));
		jdbc.sql("update service_request set response_due = ?, escalate_at = ? where id = ?")
			.params(anHourAgo, anHourAgo, noisy.id()).update();
		assertThat(due.responseDue()).isAfter(Instant.now());
		assertThat(slaClock.escalateDue(Instant.now())).isPositive();
		page.navigate(url("/my/requests/" + noisy.id()));
		PlaywrightAssertions.assertThat(page.locator("#standing")).containsText("已超过时限，已报石榴社区" + world.suffix() + "督办");
		PlaywrightAssertions.assertThat(page.locator("#timeline"))
			.containsText("超时未办，升级督办到 石榴社区" + world.suffix());
		screenshot(page, "sd-06-escalated-phone");
		assertAccessible(page, "one request, overdue and escalated");
		context.close();

		// the community head
		page = newPage(1280, 800, false);
		page.navigate(url("/login"));
		signIn(page, world.head());
		page.navigate(url("/workbench/revisits"));
		Locator revisit = page.locator("li.pg-revisit", new Page.LocatorOptions().setHasText(number));
		PlaywrightAssertions.assertThat(revisit).containsText("房屋维修");
		PlaywrightAssertions.assertThat(revisit).containsText("部分解决");
		PlaywrightAssertions.assertThat(revisit).containsText("不满意");
		PlaywrightAssertions.assertThat(revisit).containsText("居民意见：接头还在渗水");
		PlaywrightAssertions.assertThat(revisit).not().containsText("已回访");
		PlaywrightAssertions.assertThat(revisit.getByLabel("回访结果")).isVisible();
		screenshot(page, "sd-11-workbench-revisits");
		assertAccessible(page, "workbench, revisits");
		page.navigate(url("/workbench"));
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("本单位待办")).click();
		PlaywrightAssertions.assertThat(page).hasURL(Pattern.compile("tab=unit"));
		PlaywrightAssertions.assertThat(page.locator("#queue .nav-link.active")).hasText("本单位待办");
		Locator first = page.locator("#queue li.pg-qcard").first();
		PlaywrightAssertions.assertThat(first).containsText(noisy.number());
		PlaywrightAssertions.assertThat(first).containsText("邻里问题");
		PlaywrightAssertions.assertThat(first).containsText("已超时 1 小时");
		PlaywrightAssertions.assertThat(first).containsText("已升级督办");
		PlaywrightAssertions.assertThat(first).hasClass(Pattern.compile("pg-row-overdue"));
		PlaywrightAssertions.assertThat(page.locator("#queue")).not().containsText(number);
		screenshot(page, "sd-12-workbench-unit-queue");
		assertAccessible(page, "workbench, the unit's queue with an escalated request");

		assertThat(browserErrors).as("errors in the browser console").isEmpty();
	}

	@Test
	void someoneWithoutAnAccountAsksForHelpAndIsToldTheyWillBeCalledBack() {
		Page page = newPage(390, 844, true);
		page.navigate(url("/login"));
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("没有账号？不登录也可以提交诉求")).click();
		PlaywrightAssertions.assertThat(page).hasURL(url("/requests/new"));
		page.locator("label", new Page.LocatorOptions().setHasText("翻译帮助")).click();
		Locator extra = page.locator("#extra-fields");
		PlaywrightAssertions.assertThat(extra).containsText("需要的语言");
		extra.locator("label", new Locator.LocatorOptions().setHasText("藏语")).click();
		page.getByLabel("请说一说是什么事").fill("下周去医院看病，需要藏语翻译陪同");
		page.getByLabel("您的姓名").fill("才让");
		page.getByLabel("手机号码").fill("13700001234");
		page.getByLabel("或者选择社区").selectOption(world.community().id().toString());
		screenshot(page, "sd-07-portal-new-anonymous-phone");
		assertAccessible(page, "new request form without an account");
		assertNoHorizontalScroll(page, "new request form without an account on a phone");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("提交").setExact(true)).click();

		PlaywrightAssertions.assertThat(page.locator("#request-number")).hasText(Pattern.compile("^HX-\\d{4}-\\d{6}$"));
		PlaywrightAssertions.assertThat(page.locator("main")).containsText("网格员会打电话 137****1234 和您联系。");
		PlaywrightAssertions.assertThat(page.locator("main")).not().containsText("13700001234");
		screenshot(page, "sd-08-portal-sent-anonymous-phone");
		assertAccessible(page, "request received without an account");

		// the same form in Tibetan and Mongolian reads in those languages
		page.navigate(url("/requests/new?lang=bo"));
		PlaywrightAssertions.assertThat(page.locator("html")).hasAttribute("lang", "bo");
		PlaywrightAssertions.assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
			.hasText("རེ་ཞུ་གསར་པ་འབུལ་བ།");
		screenshot(page, "sd-09-portal-new-bo-phone");
		assertAccessible(page, "new request form in Tibetan");
		page.navigate(url("/requests/new?lang=mn"));
		PlaywrightAssertions.assertThat(page.locator("html")).hasAttribute("lang", "mn");
		PlaywrightAssertions.assertThat(page.locator("main")).containsText("ᠬᠦᠰᠡᠯᠲᠡ");
		screenshot(page, "sd-10-portal-new-mn-phone");
		assertAccessible(page, "new request form in Mongolian");
		assertNoHorizontalScroll(page, "new request form in Mongolian on a phone");

		assertThat(browserErrors).as("errors in the browser console").isEmpty();
	}
}
