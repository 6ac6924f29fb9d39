package org.pomegranate.evaluation.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayInputStream;
import java.util.UUID;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pomegranate.IntegrationTest;
import org.pomegranate.TestFixtures;
import org.pomegranate.TestFixtures.World;
import org.pomegranate.identity.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The dashboard pages through the whole filter chain: a unit's page, the home page's part, the
 * report, the Excel export and the requests behind a figure, all within the caller's scope; the
 * rebuild button for the administrator only.
 */
@IntegrationTest
class EvaluationPagesTests {

	@Autowired
	MockMvc mvc;
	@Autowired
	TestFixtures fixtures;
	@Autowired
	UserDetailsService users;

	World world;

	@BeforeEach
	void world() {
		world = fixtures.world();
	}

	@Test
	void theDashboardOfAUnitWithItsRankingReportAndExport() throws Exception {
		MockHttpServletResponse page = perform(get("/evaluation").param("unitId", world.community().id().toString())
			.param("month", "2026-09"), world.officer());
		assertThat(page.getStatus()).isEqualTo(200);
		assertThat(page.getContentAsString()).contains("响应率", "pg-trend", world.gridA().nameZh(), world.gridB().nameZh(),
				"data-figure=\"RESOLUTION\"", "/api/v1/evaluation/rates?unitId=" + world.community().id());

		MockHttpServletResponse home = perform(get("/evaluation/home"), world.workerA());
		assertThat(home.getContentAsString()).contains("pg-home-figures", "我的");
		assertThat(perform(get("/evaluation/home"), world.head()).getContentAsString()).contains(world.community().nameZh());

		MockHttpServletResponse report = perform(get("/evaluation/report").param("month", "2026-09"), world.head());
		assertThat(report.getContentAsString()).contains("月度评价报告", "pg-sheet");

		MockHttpServletResponse excel = perform(get("/evaluation/export.xlsx").param("month", "2026-09"), world.head());
		assertThat(excel.getContentType()).isEqualTo(ExportController.XLSX);
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(excel.getContentAsByteArray()))) {
			assertThat(book.getSheetAt(0).getLastRowNum()).isEqualTo(12);
			assertThat(book.getSheetAt(0).getRow(12).getCell(0).getStringCellValue()).isEqualTo("2026-09");
			assertThat(book.getSheet("排名")).isNotNull();
		}

		MockHttpServletResponse behind = perform(get("/evaluation/requests").param("month", "2026-09")
			.param("figure", "RESPONSE"), world.head());
		assertThat(behind.getStatus()).isEqualTo(200);
	}

	@Test
	void outOfScopeIsNotFoundAndBadInputIsA400() throws Exception {
		assertThat(perform(get("/evaluation").param("unitId", world.street().id().toString()), world.head()).getStatus())
			.isEqualTo(404);
		assertThat(perform(get("/evaluation").param("unitId", UUID.randomUUID().toString()), world.head()).getStatus())
			.isEqualTo(404);
		assertThat(perform(get("/evaluation").param("month", "2026-13"), world.head()).getStatus()).isEqualTo(400);
		assertThat(perform(get("/evaluation/requests").param("month", "2026-09").param("figure", "NOPE"), world.head())
			.getStatus()).isEqualTo(400);
		assertThat(perform(get("/evaluation/export.xlsx").param("unitId", world.gridB().id().toString()), world.workerA())
			.getStatus()).isEqualTo(404);
	}

	@Test
	void onlyTheAdministratorRebuilds() throws Exception {
		String admin = fixtures.account("evadmin" + world.suffix(), "管理员", Role.SYSTEM_ADMIN, null);
		assertThat(perform(post("/admin/evaluation/rebuild").with(csrf()), world.head()).getStatus()).isEqualTo(403);
		MockHttpServletResponse done = perform(post("/admin/evaluation/rebuild").with(csrf()), admin);
		assertThat(done.getStatus()).isEqualTo(302);
		assertThat(perform(get("/admin/evaluation"), admin).getContentAsString()).contains("重建评价数据");
	}

	private MockHttpServletResponse perform(MockHttpServletRequestBuilder request, String username) throws Exception {
		return mvc.perform(request.with(user(users.loadUserByUsername(username)))).andReturn().getResponse();
	}
}
