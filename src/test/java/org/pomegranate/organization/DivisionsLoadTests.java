package org.pomegranate.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pomegranate.IntegrationTest;
import org.pomegranate.TestFixtures;
import org.pomegranate.TestFixtures.World;
import org.pomegranate.identity.Role;
import org.pomegranate.shared.web.ForbiddenException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** Divisions files load whole or not at all, twice without change, with every bad line reported. */
@IntegrationTest
class DivisionsLoadTests {

	@Autowired
	TestFixtures fixtures;

	@Autowired
	OrganizationManagement organization;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	String admin;
	String p;

	@BeforeEach
	void setUp() {
		World world = fixtures.world();
		admin = fixtures.account("adm" + world.suffix(), "管理员", Role.SYSTEM_ADMIN, null);
		p = TestFixtures.statisticalPrefix();
	}

	@Test
	void theBundledHaixiFileIsAlreadyThereThroughTheDemoSoLoadingItChangesNothing() {
		long before = units();
		DivisionsReport report = fixtures.as(admin, () -> organization.loadDivisions(DivisionsFile.bundled()));
		assertThat(report.loaded()).isTrue();
		assertThat(report.created()).isZero();
		assertThat(report.unchanged()).isEqualTo(51);
		assertThat(units()).isEqualTo(before);
		assertThat(organization.findByCode("632801001").orElseThrow().nameZh()).isEqualTo("昆仑路街道");
	}

	@Test
	void aFileOfTheShapeLoadsOnceAndTheSecondLoadChangesNothing() throws IOException {
		// children before their parents on purpose: the order of the file does not matter
		String csv = """
				code,name_zh,name_en,level,parent_code
				%1$s01001,测试镇,Test Town,township,%1$s01
				%1$s00,测试州,Test Prefecture,prefecture,990000
				%1$s01,测试县,Test County,county,%1$s00
				%1$s02,二县,,county,%1$s00
				""".formatted(p);
		DivisionsReport first = fixtures.as(admin, () -> load(csv));
		assertThat(first.loaded()).isTrue();
		assertThat(first.created()).isEqualTo(4);
		OrgUnit town = organization.findByCode(p + "01001").orElseThrow();
		OrgUnit county = organization.findByCode(p + "01").orElseThrow();
		assertThat(town.level()).isEqualTo(OrgLevel.STREET);
		assertThat(town.parentId()).isEqualTo(county.id());
		assertThat(organization.findByCode(p + "02").orElseThrow().nameEn()).isNull();
		assertThat(fixtures.as(admin, () -> organization.history(town.id(), null, 5))).singleElement()
			.satisfies(c -> assertThat(c.kind()).isEqualTo(UnitChange.Kind.LOAD));

		long before = units();
		DivisionsReport second = fixtures.as(admin, () -> load(csv));
		assertThat(second.created()).isZero();
		assertThat(second.unchanged()).isEqualTo(4);
		assertThat(units()).isEqualTo(before);
	}

	@Test
	void aFileWithBadRowsLoadsNothingAndNamesEveryBadLine() {
		String csv = """
				code,name_zh,name_en,level,parent_code
				%1$s00,好州,Good Prefecture,prefecture,990000
				%1$s01,好县,Good County,county,%1$s00
				%1$s01,重复县,Twice,county,%1$s00
				%1$s03,怪县,Odd,province,%1$s00
				12,短码县,Short,county,%1$s00
				%1$s04001,孤镇,Orphan,township,%1$s04
				%1$s05,少列,county,%1$s00
				%1$s06,控制\u0007字符,Bell,county,%1$s00
				632801,格尔木市,Golmud City,county,%1$s00
				""".formatted(p);
		long before = units();
		DivisionsReport report = fixtures.as(admin, () -> load(csv));
		assertThat(report.loaded()).isFalse();
		assertThat(report.errors()).extracting(DivisionsFile.LineError::line, DivisionsFile.LineError::messageKey)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(4, "divisions.error.duplicate"),
					org.assertj.core.groups.Tuple.tuple(5, "divisions.error.level"),
					org.assertj.core.groups.Tuple.tuple(6, "error.unit.code.COUNTY"),
					org.assertj.core.groups.Tuple.tuple(7, "divisions.error.parent"),
					org.assertj.core.groups.Tuple.tuple(8, "divisions.error.columns"),
					org.assertj.core.groups.Tuple.tuple(9, "error.unit.control"),
					org.assertj.core.groups.Tuple.tuple(10, "divisions.error.codeElsewhere"));
		assertThat(units()).isEqualTo(before);
		assertThat(organization.findByCode(p + "00")).isEmpty();
	}

	@Test
	void aFileThatIsNotTheShapeIsRefusedAsAWhole() throws IOException {
		DivisionsFile binary = DivisionsFile.read(new ByteArrayInputStream(new byte[] { (byte) 0xff, (byte) 0xfe, 0, 1 }));
		DivisionsFile header = DivisionsFile.read(stream("name,code\n测试,1\n"));
		DivisionsFile empty = DivisionsFile.read(stream(DivisionsFile.HEADER_FOR_TESTS + "\n\n"));
		assertThat(binary.errors()).extracting(DivisionsFile.LineError::messageKey).containsExactly("divisions.error.notUtf8");
		assertThat(header.errors()).extracting(DivisionsFile.LineError::messageKey).containsExactly("divisions.error.header");
		assertThat(empty.errors()).extracting(DivisionsFile.LineError::messageKey).containsExactly("divisions.error.empty");
	}

	@Test
	void onlyTheAdministratorLoadsDivisions() {
		World world = fixtures.world();
		String officer = fixtures.account("cty" + world.suffix(), "县干部", Role.COUNTY_OFFICER, world.county().id());
		assertThatThrownBy(() -> fixtures.as(officer, () -> organization.loadDivisions(DivisionsFile.bundled())))
			.isInstanceOf(ForbiddenException.class);
	}

	@Test
	void thePageLoadsTheBundledFileWithOneClickAndAnUploadReportsBadLines() throws Exception {
		MockHttpServletResponse bundled = mvc.perform(post("/org/manage/divisions").with(csrf())
			.with(user(users.loadUserByUsername(admin))).param("lang", "en")).andReturn().getResponse();
		assertThat(bundled.getStatus()).isEqualTo(200);
		assertThat(bundled.getContentAsString(StandardCharsets.UTF_8)).contains("0 units created, 51 already");

		MockMultipartFile file = new MockMultipartFile("file", "bad.csv", "text/csv",
				(DivisionsFile.HEADER_FOR_TESTS + "\n" + p + "00,州,,prefecture,990000\n" + p + "01,县,,city," + p + "00\n")
					.getBytes(StandardCharsets.UTF_8));
		long before = units();
		MockHttpServletResponse upload = mvc.perform(multipart("/org/manage/divisions/upload").file(file).with(csrf())
			.with(user(users.loadUserByUsername(admin))).param("lang", "en")).andReturn().getResponse();
		assertThat(upload.getStatus()).isEqualTo(400);
		assertThat(upload.getContentAsString(StandardCharsets.UTF_8)).contains("Nothing was loaded")
			.contains("Unknown level city");
		assertThat(units()).isEqualTo(before);
	}

	private DivisionsReport load(String csv) {
		try {
			return organization.loadDivisions(DivisionsFile.read(stream(csv)));
		}
		catch (IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}

	private static ByteArrayInputStream stream(String text) {
		return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
	}

	private long units() {
		return jdbc.sql("select count(*) from org_unit").query(Long.class).single();
	}
}
