package org.pomegranate.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Set;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pomegranate.IntegrationTest;
import org.pomegranate.TestFixtures;
import org.pomegranate.TestFixtures.World;
import org.pomegranate.registry.Ethnicity;
import org.pomegranate.registry.Gender;
import org.pomegranate.registry.Language;
import org.pomegranate.registry.RegistryImport;
import org.pomegranate.registry.ResidentForm;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Staff lists taken away as files: masked values stay masked, ethnicity never appears, CSV cells
 * that a spreadsheet would run are neutralised, each export is audited with its row count.
 */
@IntegrationTest
class ExportTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestFixtures fixtures;

	@Autowired
	RegistryImport registry;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	World world;
	String marker;

	@BeforeEach
	void setUp() {
		world = fixtures.world();
		marker = "导出" + world.suffix();
		fixtures.inTransaction(() -> {
			var household = registry.addHousehold(TestFixtures.household(world.buildingA1(), "1", "601"));
			registry.addResident(new ResidentForm(household, marker + "甲", Gender.FEMALE, LocalDate.of(1980, 1, 2),
					"13912345678", TestFixtures.uniqueIdNumber(), Language.BO, Ethnicity.TIBETAN, Set.of(), false, Set.of()),
					LocalDate.of(2020, 1, 1));
			registry.addResident(TestFixtures.resident(household, "=HYPERLINK(\"x\")" + marker, null, null),
					LocalDate.of(2020, 1, 1));
			return null;
		});
	}

	@Test
	void residentsAsCsvAreMaskedWithoutEthnicityNeutralisedAndAudited() throws Exception {
		byte[] body = mvc.perform(get("/residents/export").param("address", world.compoundName()).param("format", "csv")
			.with(as(world.head()))).andReturn().getResponse().getContentAsByteArray();
		String csv = new String(body, StandardCharsets.UTF_8);

		assertThat(body[0]).isEqualTo((byte) 0xEF);
		assertThat(csv).contains(marker + "甲").contains("139****5678").doesNotContain("13912345678")
			.doesNotContain("TIBETAN").doesNotContain("藏族");
		assertThat(csv).contains("'=HYPERLINK").doesNotContain(",=HYPERLINK");
		assertThat(jdbc.sql("select detail from audit_entry where action = 'EXPORT' and actor_name = ? order by id desc limit 1")
			.param(world.head()).query(String.class).single()).startsWith("rows=2 ");
	}

	@Test
	void residentsAsExcelKeepTextAsTextAndTheOutOfScopeOut() throws Exception {
		byte[] body = mvc.perform(get("/residents/export").param("address", world.compoundName())
			.with(as(world.workerB()))).andReturn().getResponse().getContentAsByteArray();

		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(body))) {
			assertThat(workbook.getSheetAt(0).getLastRowNum()).as("grid B sees nobody of grid A").isZero();
		}
		byte[] head = mvc.perform(get("/residents/export").param("address", world.compoundName())
			.with(as(world.head()))).andReturn().getResponse().getContentAsByteArray();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(head))) {
			assertThat(workbook.getSheetAt(0).getLastRowNum()).isEqualTo(2);
			for (Row row : workbook.getSheetAt(0)) {
				row.forEach(cell -> assertThat(cell.getCellType()).isNotEqualTo(org.apache.poi.ss.usermodel.CellType.FORMULA));
			}
		}
	}

	@Test
	void theOtherListsExportToo() throws Exception {
		for (String path : new String[] { "/households/export", "/workbench/export", "/workbench/revisits/export", "/org/export" }) {
			int status = mvc.perform(get(path).param("format", "csv").with(as(world.head()))).andReturn().getResponse()
				.getStatus();
			assertThat(status).as(path).isEqualTo(200);
		}
		String admin = fixtures.account("adx" + world.suffix(), "管理员", org.pomegranate.identity.Role.SYSTEM_ADMIN, null);
		String accounts = mvc.perform(get("/admin/accounts/export").param("q", world.suffix()).param("format", "csv")
			.with(as(admin))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(accounts).contains(world.head()).doesNotContain("$2a$");
	}

	@Test
	void aCsvCellIsNeutralisedWhateverItStartsWith() {
		assertThat(TableExports.csvCell("=1+1")).isEqualTo("'=1+1");
		assertThat(TableExports.csvCell("+86 139")).isEqualTo("'+86 139");
		assertThat(TableExports.csvCell("-2")).isEqualTo("'-2");
		assertThat(TableExports.csvCell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
		assertThat(TableExports.csvCell("a,\"b\"")).isEqualTo("\"a,\"\"b\"\"\"");
		assertThat(TableExports.csvCell("昆仑路")).isEqualTo("昆仑路");
	}

	private RequestPostProcessor as(String username) {
		return user(users.loadUserByUsername(username));
	}
}
