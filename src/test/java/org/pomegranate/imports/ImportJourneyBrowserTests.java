package org.pomegranate.imports;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.Test;
import org.pomegranate.BrowserJourney;
import org.pomegranate.TestFixtures;
import org.pomegranate.TestFixtures.World;
import org.pomegranate.identity.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A county officer uploads a households file on /admin/imports, reads the report and imports the good rows. */
class ImportJourneyBrowserTests extends BrowserJourney {

	@Autowired
	TestFixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aCountyOfficerChecksAFileSeesItsProblemsAndImportsTheGoodRows() {
		World world = fixtures.world();
		String officer = fixtures.account("ctyb" + world.suffix(), "县干部", Role.COUNTY_OFFICER, world.county().id());
		byte[] file = Sheets.with(Sheets.HOUSEHOLDS)
			.row(world.community().code(), world.compoundName(), "2号楼", "1", "101", "否", "", "2021年3月4日")
			.row(world.community().code(), world.compoundName(), "2号楼", "1", "102", "否", "", "2021/3/4")
			.row(world.community().code(), world.compoundName(), "8号楼", "1", "101", "否", "", "")
			.bytes();

		Page page = newPage(1280, 900, false);
		page.navigate(url("/login"));
		signIn(page, officer);
		followMenu(page, "导入");
		page.getByLabel("类型").selectOption("households");
		page.getByLabel("文件").setInputFiles(new FilePayload("住户.xlsx",
				"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", file));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("检查文件")).click();

		assertThat(page.getByText("检查完毕，等待导入")).isVisible(new com.microsoft.playwright.assertions.LocatorAssertions
			.IsVisibleOptions().setTimeout(Duration.ofSeconds(30).toMillis()));
		assertThat(page.getByText("8号楼")).isVisible();
		assertAccessible(page, "the checked import");
		screenshot(page, "import-report");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("只导入合格的 2 行")).click();

		assertThat(page.getByText("已导入", new Page.GetByTextOptions().setExact(true))).isVisible(
				new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions().setTimeout(30_000));
		assertThat(jdbc.sql("select count(*) from household where building_id = ?").param(world.buildingA2())
			.query(Long.class).single()).isEqualTo(2);
		assertThat(browserErrors).isEmpty();
	}
}
