package org.pomegranate.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.Test;
import org.pomegranate.BrowserJourney;
import org.pomegranate.TestFixtures;
import org.pomegranate.TestFixtures.World;
import org.pomegranate.TestImages;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * In Chromium: a community head takes a campaign from a task over a building to a finding, orders
 * its rectification, re-inspects it, tries to close it without evidence (refused, nothing written)
 * and closes it with a note and a photo; the campaign's progress then counts it closed on time.
 */
class SafetyJourneyBrowserTests extends BrowserJourney {

	@Autowired
	TestFixtures fixtures;
	@Autowired
	SafetyScreening screening;
	@Autowired
	JdbcClient jdbc;

	@Test
	void aCampaignFromAFindingToAClosedRectification() {
		World world = fixtures.world();
		UUID campaign = fixtures.as(world.head(), () -> screening.createCampaign(new SafetyModel.CampaignForm(
				"冬季消防安全排查", LocalDate.now(), LocalDate.now().plusDays(30), List.of(world.community().id()),
				List.of("消防通道畅通", "灭火器在有效期内"))));

		Page page = newPage(1280, 900, false);
		page.navigate(url("/login"));
		signIn(page, world.head());
		page.navigate(url("/safety/campaigns/" + campaign));
		page.getByLabel("场所").selectOption("BUILDING:" + world.buildingA1());
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("添加检查任务")).click();
		PlaywrightAssertions.assertThat(page.locator("h1")).containsText("1号楼");
		assertAccessible(page, "an inspection task");

		page.getByLabel("检查项").selectOption(new com.microsoft.playwright.options.SelectOption().setIndex(0));
		page.getByLabel("等级").selectOption("MAJOR");
		page.getByLabel("隐患描述").fill("三楼楼道堆放纸箱，堵塞消防通道");
		page.getByLabel("照片").setInputFiles(new FilePayload("楼道.png", "image/png", TestImages.png()));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("登记").setExact(true)).click();
		PlaywrightAssertions.assertThat(page.locator("#finding-status")).hasText("待整改");
		PlaywrightAssertions.assertThat(page.locator("main img")).hasCount(1);
		assertAccessible(page, "an open finding");

		page.getByLabel("整改责任方").fill("小区物业服务中心");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("下达整改")).click();
		PlaywrightAssertions.assertThat(page.locator("#finding-status")).hasText("整改中");

		page.getByLabel("已整改到位").check();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("复查")).click();
		PlaywrightAssertions.assertThat(page.locator("#finding-status")).hasText("复查合格");

		// no evidence: told why, and nothing written
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("销号")).click();
		PlaywrightAssertions.assertThat(page.locator("#problem")).containsText("销号需要整改证据");
		PlaywrightAssertions.assertThat(page.locator("#finding-status")).hasText("复查合格");
		assertThat(jdbc.sql("select f.status from safety_finding f join safety_inspection i on i.id = f.inspection_id "
				+ "where i.campaign_id = ?").param(campaign).query(String.class).single()).isEqualTo("REINSPECTED");
		assertAccessible(page, "closing refused without evidence");

		page.getByLabel("整改说明").fill("纸箱已清走，通道畅通");
		page.locator("#evidence-photos").setInputFiles(new FilePayload("整改后.jpg", "image/jpeg", TestImages.jpeg()));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("销号")).click();
		PlaywrightAssertions.assertThat(page.locator("#finding-status")).hasText("已销号");
		PlaywrightAssertions.assertThat(page.locator("main img")).hasCount(2);
		PlaywrightAssertions.assertThat(page.locator("#finding-history")).containsText("销号");
		screenshot(page, "safety-01-closed-finding");

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("返回排查活动")).click();
		PlaywrightAssertions.assertThat(page.locator("#progress")).containsText("1 / 1");
		PlaywrightAssertions.assertThat(page.locator("#findings")).containsText("已销号");
		assertAccessible(page, "a campaign's progress");
		screenshot(page, "safety-02-campaign-progress");
	}
}
