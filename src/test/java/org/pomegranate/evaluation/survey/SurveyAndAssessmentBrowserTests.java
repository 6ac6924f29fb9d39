package org.pomegranate.evaluation.survey;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
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
import org.pomegranate.evaluation.assessment.AssessmentModel;
import org.pomegranate.evaluation.assessment.AssessmentSchemes;
import org.pomegranate.evaluation.assessment.CreationAssessment;
import org.pomegranate.identity.Role;
import org.pomegranate.registry.RegistryManagement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In Chromium: a resident answers a survey on her phone (390×844), first leaving a required question
 * out, then properly, and cannot answer again; a street officer scores a community's submitted
 * self-assessment. axe-core checks each page.
 */
class SurveyAndAssessmentBrowserTests extends BrowserJourney {

	@Autowired
	TestFixtures fixtures;
	@Autowired
	RegistryManagement registry;
	@Autowired
	Surveys surveys;
	@Autowired
	AssessmentSchemes schemes;
	@Autowired
	CreationAssessment assessment;
	@Autowired
	JdbcClient jdbc;

	World world;

	@BeforeEach
	void setUp() {
		world = fixtures.world();
	}

	@Test
	void aResidentAnswersASurveyOnHerPhone() {
		String resident = SurveyResidents.of(fixtures, registry, world, 1, "bw").get(0);
		UUID id = fixtures.as(world.head(), () -> surveys.create(new SurveyForm(
				new Texts("楼道照明满意度调查", "Stairway lighting", null, null), LocalDate.now().minusDays(1),
				LocalDate.now().plusDays(5), List.of(world.community().id()), List.of(
						new SurveyForm.QuestionForm(QuestionKind.SINGLE, true, Texts.zh("楼道灯修得及时吗？"),
								List.of(Texts.zh("及时"), Texts.zh("不及时"))),
						new SurveyForm.QuestionForm(QuestionKind.SCALE, true, Texts.zh("给楼道照明打几分？"), List.of()),
						new SurveyForm.QuestionForm(QuestionKind.TEXT, false, Texts.zh("还有什么建议？"), List.of())))));
		fixtures.as(world.head(), () -> {
			surveys.publish(id);
			return null;
		});

		Page page = newPage(390, 844, true);
		page.navigate(url("/login"));
		signIn(page, resident);
		followMenu(page, "满意度调查");
		PlaywrightAssertions.assertThat(page.locator("#open-surveys")).containsText("楼道照明满意度调查");
		assertAccessible(page, "open surveys on a phone");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("楼道照明满意度调查")).click();
		PlaywrightAssertions.assertThat(page.locator("main")).containsText("回答是匿名的");
		screenshot(page, "ev-01-survey-phone");
		assertAccessible(page, "a survey to answer on a phone");
		assertNoHorizontalScroll(page, "a survey on a phone");

		// the scale left out: told, and nothing written
		page.locator("label", new Page.LocatorOptions().setHasText("及时").setHasNotText("不")).click();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("提交回答")).click();
		PlaywrightAssertions.assertThat(page.locator("#survey-errors")).containsText("请回答所有必答题");
		assertThat(jdbc.sql("select count(*) from survey_response where survey_id = ?").param(id).query(Long.class)
			.single()).isZero();
		assertAccessible(page, "a survey with an error on a phone");

		page.locator("label", new Page.LocatorOptions().setHasText("及时").setHasNotText("不")).click();
		page.locator("label", new Page.LocatorOptions().setHasText("4 满意")).click();
		page.getByLabel("还有什么建议？").fill("三楼的灯还是有点暗");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("提交回答")).click();
		PlaywrightAssertions.assertThat(page.getByRole(AriaRole.STATUS)).hasText("谢谢您的回答！");
		PlaywrightAssertions.assertThat(page.locator("main")).not().containsText("楼道照明满意度调查");
		screenshot(page, "ev-02-survey-answered-phone");
		assertAccessible(page, "surveys after answering");
		assertThat(jdbc.sql("select count(*) from survey_response where survey_id = ?").param(id).query(Long.class)
			.single()).isEqualTo(1);

		// a second time: refused
		page.navigate(url("/my/surveys/" + id));
		PlaywrightAssertions.assertThat(page.locator("main")).containsText("您已经回答过这份调查了");
	}

	@Test
	void aStreetOfficerScoresASelfAssessment() {
		String county = fixtures.account("cb" + world.suffix(), "县干部", Role.COUNTY_OFFICER, world.county().id());
		UUID scheme = fixtures.as(county, () -> schemes.createScheme(new AssessmentModel.SchemeForm(Texts.zh("测评指标"),
				List.of(new AssessmentModel.IndicatorForm(Texts.zh("组织领导"), 40, Texts.zh("工作方案")),
						new AssessmentModel.IndicatorForm(Texts.zh("宣传教育"), 60, Texts.zh("活动照片"))))));
		UUID cycle = fixtures.as(county, () -> schemes.openCycle(new AssessmentModel.CycleForm(scheme, 2026)));
		List<UUID> indicators = fixtures.as(county, () -> schemes.scheme(scheme)).indicators().stream()
			.map(AssessmentModel.Indicator::id).toList();
		fixtures.as(world.head(), () -> {
			assessment.saveSelf(cycle, world.community().id(), List.of(
					new AssessmentModel.SelfEntry(indicators.get(0), BigDecimal.valueOf(36), "有方案"),
					new AssessmentModel.SelfEntry(indicators.get(1), BigDecimal.valueOf(55), "有照片")));
			assessment.submit(cycle, world.community().id());
			return null;
		});

		Page page = newPage(1280, 900, false);
		page.navigate(url("/login"));
		signIn(page, world.officer());
		followMenu(page, "创建测评");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("2026年度")).click();
		Locator row = page.locator("#assessment-table tbody tr");
		PlaywrightAssertions.assertThat(row).containsText("已提交，待评分");
		PlaywrightAssertions.assertThat(row).containsText("91");
		assertAccessible(page, "the table of communities");
		row.getByRole(AriaRole.LINK).first().click();
		screenshot(page, "ev-03-assessment-review");
		assertAccessible(page, "a submitted self-assessment to review");

		// a score above the indicator's points: told, nothing written
		page.locator("#review-" + indicators.get(0)).fill("45");
		page.locator("#review-" + indicators.get(1)).fill("50");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存评分")).click();
		PlaywrightAssertions.assertThat(page.locator("#assessment-errors")).containsText("分数须在0到该指标分值之间");
		PlaywrightAssertions.assertThat(page.locator("#assessment-status")).hasText("已提交，待评分");

		page.locator("#review-" + indicators.get(0)).fill("34");
		page.locator("#comment-" + indicators.get(0)).fill("方案完整");
		page.locator("#review-" + indicators.get(1)).fill("50.5");
		page.locator("#comment-" + indicators.get(1)).fill("照片偏少");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存评分")).click();
		PlaywrightAssertions.assertThat(page.getByRole(AriaRole.STATUS)).hasText("评分已保存。");
		PlaywrightAssertions.assertThat(page.locator("#assessment-status")).hasText("已评分");
		PlaywrightAssertions.assertThat(page.locator("main")).containsText("评定 84.5 分");
		PlaywrightAssertions.assertThat(page.locator("#comment-" + indicators.get(1))).hasText("照片偏少");
		screenshot(page, "ev-04-assessment-reviewed");
		assertAccessible(page, "a reviewed assessment");
	}
}
