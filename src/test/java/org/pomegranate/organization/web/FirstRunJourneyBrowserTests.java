package org.pomegranate.organization.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.Test;
import org.pomegranate.BrowserJourney;
import org.pomegranate.TestFixtures;
import org.pomegranate.identity.Role;
import org.pomegranate.registry.RegistryImport;
import org.pomegranate.registry.RegistryManagement;
import org.pomegranate.servicedesk.Intake;
import org.pomegranate.servicedesk.IntakeReceipt;
import org.pomegranate.servicedesk.ServiceCatalogue;
import org.pomegranate.servicedesk.ServiceDesk;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Going live as the system administrator does it, clicking in the system Chromium: the checklist on
 * the home page, a divisions file uploaded, a community and a grid added on the tree pages, a
 * compound and a building on the places pages, a grid worker's account bound to the new grid; then
 * a household and a resident there (through the registry's module API, since those pages are
 * covered elsewhere) and the resident's own request (through the service desk's module API); the
 * new grid worker signs in and finds the request in their queue, routed by the new building's grid.
 * The shared test database is not empty, so the journey builds a tree of its own with codes in the
 * test range 9xxxxx.
 */
class FirstRunJourneyBrowserTests extends BrowserJourney {

	private static final Pattern UNIT_URL = Pattern.compile(".*/org/manage/units/([0-9a-f-]{36})$");

	private static final Pattern COMPOUND_URL = Pattern.compile(".*/places/compounds/([0-9a-f-]{36})$");

	@Autowired
	TestFixtures fixtures;

	@Autowired
	RegistryImport registryImport;

	@Autowired
	RegistryManagement registry;

	@Autowired
	ServiceDesk desk;

	@Autowired
	ServiceCatalogue catalogue;

	@Test
	void anAdministratorSetsUpATreeAndTheNewGridWorkerFindsTheFirstRequest() {
		String p = TestFixtures.statisticalPrefix();
		String s = Long.toString(System.nanoTime() % 1_000_000_000L, 36);
		String admin = fixtures.account("fradm" + s, "上线管理员" + s, Role.SYSTEM_ADMIN, null);

		// --- 1. the checklist on the home page
		Page page = newPage(1280, 900, false);
		page.navigate(url("/login"));
		signIn(page, admin);
		PlaywrightAssertions.assertThat(page.locator("#first-run")).isVisible();
		PlaywrightAssertions.assertThat(page.locator("#first-run a[href='/org/manage/divisions']")).isVisible();
		screenshot(page, "fr-01-home-checklist");
		assertAccessible(page, "home page with the first-run checklist");

		// --- 2. a divisions file of the documented shape
		page.locator("#first-run a[href='/org/manage/divisions']").first().click();
		PlaywrightAssertions.assertThat(page).hasURL(url("/org/manage/divisions"));
		String prefecture = "上线州" + s;
		String county = "上线县" + s;
		String township = "上线镇" + s;
		String csv = "code,name_zh,name_en,level,parent_code\n" //
				+ p + "00," + prefecture + ",Golive Prefecture " + s + ",prefecture,\n" //
				+ p + "01," + county + ",Golive County " + s + ",county," + p + "00\n" //
				+ p + "01001," + township + ",Golive Town " + s + ",township," + p + "01\n";
		page.locator("#divisions-file")
			.setInputFiles(new FilePayload("divisions.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)));
		page.locator("#load-file button[type=submit]").click();
		PlaywrightAssertions.assertThat(page.locator("#divisions-result")).containsText("新建 3 个单位");
		screenshot(page, "fr-02-divisions-loaded");
		assertAccessible(page, "divisions loaded from a file");

		// --- 3. a community under the township, a grid under the community, on the tree pages
		page.navigate(url("/org/manage"));
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(prefecture).setExact(true)).click();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(county).setExact(true)).click();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(township).setExact(true)).click();
		PlaywrightAssertions.assertThat(page.locator("h1")).containsText(township);
		String community = "上线社区" + s;
		UUID communityId = addChild(page, community, p + "01001001");
		screenshot(page, "fr-03-community-added");
		assertAccessible(page, "the new community on the tree page");
		String grid = "上线网格" + s;
		UUID gridId = addChild(page, grid, "");
		PlaywrightAssertions.assertThat(page.locator("main nav .breadcrumb")).containsText(community);
		screenshot(page, "fr-04-grid-added");

		// --- 4. a compound and a building in that grid, on the places pages
		page.navigate(url("/places?community=" + communityId));
		String compound = "上线小区" + s;
		open(page, "#add-compound");
		page.locator("#compound-name").fill(compound);
		page.locator("#compound-address").fill("格尔木市上线路" + s + "号");
		page.locator("#add-compound button[type=submit]").click();
		PlaywrightAssertions.assertThat(page).hasURL(COMPOUND_URL);
		PlaywrightAssertions.assertThat(page.locator("h1")).containsText(compound);
		open(page, "#add-building");
		page.locator("#building-name").fill("1号楼");
		page.locator("#building-grid").selectOption(gridId.toString());
		page.locator("#add-building button[type=submit]").click();
		PlaywrightAssertions.assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("已保存");
		PlaywrightAssertions.assertThat(page.locator("main")).containsText("1号楼");
		screenshot(page, "fr-05-building-added");
		assertAccessible(page, "the new compound with its building");
		UUID buildingId = registryImport.buildingNamed(communityId, compound, "1号楼").orElseThrow().id();

		// --- 5. the grid worker's account, bound to the new grid
		String worker = "frgw" + s;
		page.navigate(url("/admin/accounts"));
		open(page, "form[action='/admin/accounts'][method='post']");
		page.locator("#username").fill(worker);
		page.locator("#displayName").fill("上线网格员" + s);
		page.locator("#role").selectOption("GRID_WORKER");
		page.locator("#orgUnitId").selectOption(gridId.toString());
		Locator chinese = page.locator("input[name=languages][value=zh]");
		if (!chinese.isChecked()) {
			chinese.check();
		}
		page.locator("#password").fill(TestFixtures.PASSWORD);
		page.locator("form[action='/admin/accounts'][method='post'] button[type=submit]").click();
		PlaywrightAssertions.assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("账号已建立");
		PlaywrightAssertions.assertThat(page.locator("main table")).containsText(worker);
		screenshot(page, "fr-06-account-opened");
		assertAccessible(page, "accounts page after opening the grid worker's account");
		context.close();
		context = null;

		// --- 6. a household, a resident and a phoned-in request there, through the module APIs
		UUID household = fixtures.as(worker,
				() -> registry.createHousehold(TestFixtures.household(buildingId, "1", "101")));
		UUID resident = fixtures.as(worker,
				() -> registry.createResident(TestFixtures.resident(household, "上线居民" + s, "13900003333", null)));
		// the resident asks on their own account, so the request reaches the worker only by the new
		// building's grid, not because the worker typed it in
		String residentLogin = fixtures.residentAccount("frres" + s, "上线居民" + s, resident);
		IntakeReceipt receipt = fixtures.as(residentLogin,
				() -> desk.intake(new Intake(catalogue.byCode("HOUSING_REPAIR").id(), "楼道的灯坏了，晚上看不见",
						Map.of("part", "roof"), null, null, null, null, null, null, null, null, null), null));

		// --- 7. the new grid worker signs in and finds it in their queue
		page = newPage(390, 844, true);
		page.navigate(url("/login"));
		signIn(page, worker);
		page.navigate(url("/workbench"));
		Locator row = page.locator("#queue li.pg-qcard", new Page.LocatorOptions().setHasText(receipt.number()));
		PlaywrightAssertions.assertThat(row).containsText("房屋维修");
		PlaywrightAssertions.assertThat(row).containsText(compound + " 1号楼-1-101");
		screenshot(page, "fr-07-new-worker-queue");
		assertAccessible(page, "the new grid worker's queue");
		assertThat(browserErrors).as("errors in the browser console").isEmpty();
	}

	/** Opens the folded part of the page that holds the form, unless it is open already. */
	private static void open(Page page, String form) {
		Locator details = page.locator("details:has(" + form + ")");
		if (details.getAttribute("open") == null) {
			details.locator("> summary").click();
		}
	}

	/** Opens the "add a unit below" form on the unit page shown, adds one, and returns its id from the page it lands on. */
	private static UUID addChild(Page page, String nameZh, String code) {
		open(page, "#add-child");
		page.locator("#child-nameZh").fill(nameZh);
		page.locator("#child-code").fill(code);
		page.locator("#add-child button[type=submit]").click();
		PlaywrightAssertions.assertThat(page.locator("h1")).containsText(nameZh);
		PlaywrightAssertions.assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("单位已新增");
		Matcher m = UNIT_URL.matcher(page.url());
		assertThat(m.matches()).as("landed on the new unit's page: %s", page.url()).isTrue();
		return UUID.fromString(m.group(1));
	}
}
