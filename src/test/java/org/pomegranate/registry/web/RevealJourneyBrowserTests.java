package org.pomegranate.registry.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
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
import org.pomegranate.registry.Ethnicity;
import org.pomegranate.registry.Gender;
import org.pomegranate.registry.Language;
import org.pomegranate.registry.RegistryManagement;
import org.pomegranate.registry.ResidentForm;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What a person does, in the system Chromium against the running application: a community head
 * finds a resident by part of the name, reveals the phone with a reason (htmx swaps the value
 * in), signs out; the resident signs in on a phone, sees that access with its reason on "my data"
 * and switches to English. axe-core checks the pages for serious and critical accessibility
 * problems. Screenshots go to {@code target/screenshots/}.
 */
class RevealJourneyBrowserTests extends BrowserJourney {

	private static final String PHONE = "13812345678";
	private static final String REASON = "上门走访，核实联系方式";

	@Autowired
	TestFixtures fixtures;

	@Autowired
	RegistryManagement registry;

	@Autowired
	JdbcClient jdbc;

	World world;
	UUID residentId;
	String residentAccount;

	@BeforeEach
	void setUp() {
		world = fixtures.world();
		UUID household = fixtures.as(world.head(),
				() -> registry.createHousehold(TestFixtures.household(world.buildingA1(), "2", "302")));
		residentId = fixtures.as(world.head(), () -> registry.createResident(new ResidentForm(household, "才让卓玛",
				Gender.FEMALE, LocalDate.of(1986, 4, 12), PHONE, TestFixtures.uniqueIdNumber(), Language.BO,
				Ethnicity.TIBETAN, Set.of(), false, Set.of())));
		residentAccount = fixtures.residentAccount("zhuoma" + world.suffix(), "才让卓玛", residentId);
	}

	@Test
	void aHeadRevealsAPhoneWithAReasonAndTheResidentSeesItOnTheirPhone() {
		// --- the community head, at a desk
		Page page = newPage(1280, 800, false);
		page.navigate(url("/login"));
		PlaywrightAssertions.assertThat(page.locator("html")).hasAttribute("lang", "zh-CN");
		PlaywrightAssertions.assertThat(page.getByRole(AriaRole.HEADING)).hasText("登录");
		screenshot(page, "01-login-zh");
		assertAccessible(page, "login page");

		signIn(page, world.head());
		followMenu(page, "居民");
		page.getByLabel("姓名").fill("卓玛");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("查询")).click();
		Locator result = page.locator("#results").getByRole(AriaRole.LINK,
				new Locator.GetByRoleOptions().setName("才让卓玛"));
		PlaywrightAssertions.assertThat(result).isVisible();
		PlaywrightAssertions.assertThat(page.locator("#results")).containsText("138****5678");
		PlaywrightAssertions.assertThat(page.locator("#results")).not().containsText(PHONE);
		PlaywrightAssertions.assertThat(page.locator("#results")).not().containsText("藏族");
		screenshot(page, "02-residents-search");
		assertAccessible(page, "resident search results");
		result.click();

		PlaywrightAssertions.assertThat(page).hasURL(url("/residents/" + residentId));
		Locator phone = page.locator("#reveal-PHONE");
		PlaywrightAssertions.assertThat(phone).containsText("138****5678");
		PlaywrightAssertions.assertThat(page.locator("main")).not().containsText("藏族");
		assertAccessible(page, "resident page");

		phone.locator("summary").click();
		page.locator("#reveal-PHONE-purpose").selectOption("HOME_VISIT");
		page.locator("#reveal-PHONE-note").fill(REASON);
		phone.getByRole(AriaRole.BUTTON).click();
		PlaywrightAssertions.assertThat(page.locator("#reveal-PHONE strong")).hasText(PHONE);
		PlaywrightAssertions.assertThat(page.locator("#reveal-PHONE")).containsText("已记录");
		// htmx swapped the value in: still on the resident's page, not on a bare fragment
		PlaywrightAssertions.assertThat(page).hasURL(url("/residents/" + residentId));
		PlaywrightAssertions.assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
			.containsText("才让卓玛");
		screenshot(page, "03-resident-phone-revealed");
		assertAccessible(page, "resident page with revealed phone");

		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("退出")).click();
		PlaywrightAssertions.assertThat(page).hasURL(url("/login?logout"));
		PlaywrightAssertions.assertThat(page.getByRole(AriaRole.STATUS)).hasText("您已安全退出。");
		assertThat(jdbc.sql("select reason from audit_entry where resident_id = ? and action = 'REVEAL'")
			.param(residentId).query(String.class).list()).containsExactly(REASON);
		context.close();

		// --- the resident, on a phone
		page = newPage(390, 844, true);
		page.navigate(url("/login"));
		signIn(page, residentAccount);
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("我的信息").setExact(true)).click();
		PlaywrightAssertions.assertThat(page).hasURL(url("/me"));
		Locator accesses = page.locator("#access-DISCLOSURES");
		Locator reveal = accesses.locator("tr", new Locator.LocatorOptions().setHasText(REASON));
		PlaywrightAssertions.assertThat(reveal).hasCount(1);
		PlaywrightAssertions.assertThat(reveal).containsText("查看完整信息 · 电话");
		PlaywrightAssertions.assertThat(reveal).containsText("社区书记");
		PlaywrightAssertions.assertThat(page.locator("main")).containsText("138****5678");
		PlaywrightAssertions.assertThat(page.locator("main")).not().containsText(PHONE);
		screenshot(page, "04-my-data-phone-zh");
		assertAccessible(page, "my data page");
		assertNoHorizontalScroll(page, "my data page on a phone");

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("EN").setExact(true)).click();
		PlaywrightAssertions.assertThat(page.locator("html")).hasAttribute("lang", "en");
		PlaywrightAssertions.assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
			.hasText("My data");
		PlaywrightAssertions.assertThat(page.locator("main")).containsText("Who looked at my data");
		PlaywrightAssertions.assertThat(reveal).containsText("Phone");
		PlaywrightAssertions.assertThat(reveal).containsText(REASON);
		screenshot(page, "05-my-data-phone-en");
		assertAccessible(page, "my data page in English on a phone");
		assertNoHorizontalScroll(page, "my data page in English on a phone");

		assertThat(browserErrors).as("errors in the browser console").isEmpty();
	}

	@Test
	void aGridWorkerSearchesAndRevealsOnAPhone() {
		Page page = newPage(390, 844, true);
		page.navigate(url("/login"));
		signIn(page, world.workerA());
		page.navigate(url("/residents"));
		page.getByLabel("姓名").fill("让卓");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("查询")).click();
		PlaywrightAssertions.assertThat(page.locator("#results")).containsText("138****5678");
		screenshot(page, "06-residents-search-phone");
		assertNoHorizontalScroll(page, "resident search results on a phone");

		page.locator("#results").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("才让卓玛")).click();
		Locator id = page.locator("#reveal-ID_NUMBER");
		id.locator("summary").click();
		// a reason of one character is refused in the page itself, and nothing is revealed
		page.locator("#reveal-ID_NUMBER-purpose").selectOption("HOME_VISIT");
		page.locator("#reveal-ID_NUMBER-note").fill("x");
		id.getByRole(AriaRole.BUTTON).click();
		PlaywrightAssertions.assertThat(page.locator("#reveal-ID_NUMBER strong")).hasCount(0);
		page.locator("#reveal-ID_NUMBER-purpose").selectOption("HOME_VISIT");
		page.locator("#reveal-ID_NUMBER-note").fill("办理高龄补贴，核对身份证号");
		id.getByRole(AriaRole.BUTTON).click();
		PlaywrightAssertions.assertThat(page.locator("#reveal-ID_NUMBER strong")).hasText(java.util.regex.Pattern.compile("^\\d{17}[\\dX]$"));
		screenshot(page, "07-resident-id-revealed-phone");
		assertAccessible(page, "resident page on a phone with revealed ID number");
		assertNoHorizontalScroll(page, "resident page on a phone");
		assertThat(jdbc.sql("select detail || ':' || reason from audit_entry where resident_id = ? and action = 'REVEAL'")
			.param(residentId).query(String.class).list()).containsExactly("ID_NUMBER:办理高龄补贴，核对身份证号");

		assertThat(browserErrors).as("errors in the browser console").isEmpty();
	}

	/**
	 * Ten spaces pass the browser's {@code minlength=10} but not the server's trimmed check. The
	 * answer should show the error and leave the masked value and the form in place for a retry.
	 */
	@Test
	void aRefusedReasonKeepsTheFormForAnotherTry() {
		Page page = newPage(1280, 800, false);
		page.navigate(url("/login"));
		signIn(page, world.head());
		page.navigate(url("/residents/" + residentId));
		Locator phone = page.locator("#reveal-PHONE");
		phone.locator("summary").click();
		page.locator("#reveal-PHONE-purpose").selectOption("HOME_VISIT");
		page.locator("#reveal-PHONE-note").fill("          ");
		phone.getByRole(AriaRole.BUTTON).click();
		PlaywrightAssertions.assertThat(phone).containsText("请写明理由（10至200个字）");
		screenshot(page, "08-reveal-refused");
		PlaywrightAssertions.assertThat(phone).containsText("138****5678");
		page.locator("#reveal-PHONE-purpose").selectOption("HOME_VISIT");
		page.locator("#reveal-PHONE-note").fill("核实联系方式，上门走访");
		phone.getByRole(AriaRole.BUTTON).click();
		PlaywrightAssertions.assertThat(page.locator("#reveal-PHONE strong")).hasText(PHONE);
	}

	/**
	 * A grid worker leaves the page open past the session timeout, then reveals: htmx follows the
	 * redirect to the login page and swaps that whole page into the phone field.
	 */
	@Test
	void aRevealAfterTheSessionEndedGoesToTheLoginPage() {
		Page page = newPage(1280, 800, false);
		page.navigate(url("/login"));
		signIn(page, world.head());
		page.navigate(url("/residents/" + residentId));
		context.clearCookies();
		Locator phone = page.locator("#reveal-PHONE");
		phone.locator("summary").click();
		page.locator("#reveal-PHONE-purpose").selectOption("HOME_VISIT");
		page.locator("#reveal-PHONE-note").fill("核实联系方式，上门走访");
		phone.getByRole(AriaRole.BUTTON).click();
		PlaywrightAssertions.assertThat(page).hasURL(java.util.regex.Pattern.compile("/login"));
		PlaywrightAssertions.assertThat(page.locator("main")).hasCount(1);
	}
}
