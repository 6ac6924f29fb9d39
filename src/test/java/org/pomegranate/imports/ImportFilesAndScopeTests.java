package org.pomegranate.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pomegranate.imports.ImportHelper.check;
import static org.pomegranate.imports.ImportHelper.problems;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pomegranate.ApiClient;
import org.pomegranate.IntegrationTest;
import org.pomegranate.TestFixtures;
import org.pomegranate.TestFixtures.World;
import org.pomegranate.identity.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Files refused as a whole, templates and the report as Excel opens them, and who may import where. */
@IntegrationTest
class ImportFilesAndScopeTests {

	@LocalServerPort
	int port;

	@Autowired
	JsonMapper json;

	@Autowired
	TestFixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	World world;
	ApiClient admin;

	@BeforeEach
	void setUp() {
		world = fixtures.world();
		admin = new ApiClient(port, json).as(fixtures.account("adm" + world.suffix(), "管理员", Role.SYSTEM_ADMIN, null));
	}

	@Test
	void filesThatAreNotUsableAreRefusedWithAClearMessageAndNothingStaged() {
		assertRefused(check(admin, "households", "姓名,性别\n张三,男".getBytes(StandardCharsets.UTF_8)), "不是 Excel");
		assertRefused(check(admin, "households", Sheets.with(Sheets.RESIDENTS).row("x").bytes()), "列不符合模板");
		assertRefused(check(admin, "households", Sheets.with(Sheets.HOUSEHOLDS).blankRows(5000).bytes()), "没有数据行");
		JsonNode merged = check(admin, "households", Sheets.with(Sheets.HOUSEHOLDS)
			.row(world.community().code(), world.compoundName(), "1号楼", "1", "101")
			.row("", "", "", "1", "102").merge("A2:A3").bytes());
		assertRefused(merged, "合并单元格");
		assertThat(merged.path("problem").asString()).contains("A2:A3");
		assertThat(jdbc.sql("select count(*) from import_row r join import_job j on j.id = r.job_id where j.status = 'REFUSED'")
			.query(Long.class).single()).isZero();
	}

	@Test
	void blankRowsAfterTheDataEndTheReadingAndSaySo() {
		JsonNode job = check(admin, "households", Sheets.with(Sheets.HOUSEHOLDS)
			.row(world.community().code(), world.compoundName(), "1号楼", "7", "701").blankRows(1500).bytes());

		assertThat(job.path("status").asString()).isEqualTo("READY");
		assertThat(job.path("totalRows").asInt()).isEqualTo(1);
		assertThat(job.path("problem").asString()).contains("1000");
	}

	@Test
	void aFileOverTheSizeLimitIsRefusedBeforeAnythingIsRead() {
		ApiClient.Response response = admin.upload("/api/v1/imports", "big.xlsx", new byte[17 * 1024 * 1024], "kind",
				"residents");
		assertThat(response.status()).isEqualTo(413);
	}

	@Test
	void templatesOpenInExcelWithTheirListsAndAHelpSheet() throws Exception {
		for (String kind : new String[] { "units", "places", "households", "residents" }) {
			byte[] file = admin.download("/api/v1/imports/templates/" + kind);
			try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
				Sheet data = workbook.getSheetAt(0);
				assertThat(data.getRow(0).getCell(0).getStringCellValue()).isNotBlank();
				assertThat(workbook.getSheetAt(1).getRow(0).getCell(0).getStringCellValue()).contains("Column");
				if (!kind.equals("places")) {
					assertThat(((XSSFSheet) data).getDataValidations()).as(kind).isNotEmpty();
				}
			}
		}
		try (XSSFWorkbook residents = new XSSFWorkbook(
				new ByteArrayInputStream(admin.download("/api/v1/imports/templates/residents")))) {
			assertThat(((XSSFSheet) residents.getSheetAt(0)).getDataValidations())
				.anySatisfy(v -> assertThat(v.getValidationConstraint().getExplicitListValues()).contains("藏文", "蒙古文"));
		}
		byte[] template = admin.download("/api/v1/imports/templates/households");
		JsonNode job = check(admin, "households", template);
		assertThat(job.path("problem").asString()).as("the untouched template has only its example").contains("没有数据行");
	}

	@Test
	void theReportListsEachBadRowWithItsProblemsAndMasksIdNumbers() throws Exception {
		String id = TestFixtures.uniqueIdNumber();
		JsonNode job = check(admin, "residents", Sheets.with(Sheets.RESIDENTS)
			.row(world.community().code(), world.compoundName(), "1号楼", "1", "404", "某人", "女", "1990-01-01", id,
					"", "", "藏族", "是", "", "")
			.bytes());

		byte[] report = admin.download("/api/v1/imports/" + job.path("id").asString() + "/report");
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(report))) {
			var row = workbook.getSheetAt(0).getRow(1);
			assertThat(row.getCell(1).getStringCellValue()).contains("1-404").contains("出生日期");
			assertThat(row.getCell(2 + 8).getStringCellValue()).isEqualTo(org.pomegranate.privacy.Masking.idNumber(id)).doesNotContain(id.substring(14));
			assertThat(row.getCell(2 + 11).getStringCellValue()).isEmpty();
		}
	}

	@Test
	void aCountyOfficerImportsOnlyIntoTheirCountyAndSeesOnlyTheirImports() {
		World other = fixtures.world();
		ApiClient officer = new ApiClient(port, json).as(fixtures.account("cty" + world.suffix(), "县干部",
				Role.COUNTY_OFFICER, world.county().id()));

		JsonNode job = check(officer, "households", Sheets.with(Sheets.HOUSEHOLDS)
			.row(world.community().code(), world.compoundName(), "1号楼", "5", "501")
			.row(other.community().code(), other.compoundName(), "1号楼", "5", "501").bytes());

		assertThat(job.path("goodRows").asInt()).isEqualTo(1);
		assertThat(problems(job)).singleElement().asString().startsWith("3 社区代码").contains("管辖范围");
		JsonNode adminsJob = check(admin, "households", Sheets.with(Sheets.HOUSEHOLDS)
			.row(world.community().code(), world.compoundName(), "1号楼", "5", "502").bytes());
		assertThat(officer.get("/api/v1/imports/" + adminsJob.path("id").asString()).status()).isEqualTo(404);
		assertThat(new ApiClient(port, json).as(world.head()).get("/api/v1/imports/templates/units").status()).isEqualTo(403);
	}

	private static void assertRefused(JsonNode job, String message) {
		assertThat(job.path("status").asString()).isEqualTo("REFUSED");
		assertThat(job.path("problem").asString()).contains(message);
	}
}
