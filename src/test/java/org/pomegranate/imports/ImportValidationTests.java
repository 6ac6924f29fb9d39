package org.pomegranate.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pomegranate.imports.ImportHelper.check;
import static org.pomegranate.imports.ImportHelper.commit;
import static org.pomegranate.imports.ImportHelper.problems;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pomegranate.ApiClient;
import org.pomegranate.IntegrationTest;
import org.pomegranate.TestFixtures;
import org.pomegranate.TestFixtures.World;
import org.pomegranate.identity.Role;
import org.pomegranate.registry.RegistryImport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Each kind of row problem, found on small generated files over the real API; nothing is written by a check. */
@IntegrationTest
class ImportValidationTests {

	@LocalServerPort
	int port;

	@Autowired
	JsonMapper json;

	@Autowired
	TestFixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	RegistryImport registry;

	World world;
	ApiClient admin;
	String community;

	@BeforeEach
	void setUp() {
		world = fixtures.world();
		admin = new ApiClient(port, json).as(
				fixtures.account("adm" + world.suffix(), "管理员", Role.SYSTEM_ADMIN, null));
		community = world.community().code();
	}

	@Test
	void unitsFileFindsLoopsUnknownParentsTakenCodesAndWritesParentsBeforeChildren() {
		String s = world.suffix();
		// statistical codes of their level: a street's 9 digits under the county, a community's 12
		String k1 = world.county().code() + "777";
		String k2 = k1 + "001";
		byte[] file = Sheets.with(Sheets.UNITS)
			.row(k1, k2, "二号社区", "", "社区")       // child first: its parent is the next row
			.row(world.county().code(), k1, "一号街道", "Street One", "街道乡镇")
			.row("LA" + s, "LB" + s, "乙", "", "社区")             // A under B under A
			.row("LB" + s, "LA" + s, "甲", "", "社区")
			.row("NOPE" + s, "K3" + s, "丙", "", "社区")
			.row(world.street().code(), world.community().code(), "重复", "", "社区")
			.row(world.street().code(), "K4" + s, "丁", "", "网格")
			.bytes();

		JsonNode job = check(admin, "units", file);

		assertThat(job.path("status").asString()).isEqualTo("READY");
		assertThat(job.path("goodRows").asInt()).as("%s", problems(job)).isEqualTo(2);
		assertThat(job.path("badRows").asInt()).isEqualTo(5);
		assertThat(problems(job)).anySatisfy(p -> assertThat(p).startsWith("4 上级代码").contains("循环"))
			.anySatisfy(p -> assertThat(p).startsWith("6 上级代码").contains("NOPE" + s))
			.anySatisfy(p -> assertThat(p).startsWith("7 代码").contains("已被登记"))
			.anySatisfy(p -> assertThat(p).startsWith("8 层级"));
		assertThat(jdbc.sql("select count(*) from org_unit where code in (?, ?)").params(k1, k2).query(Long.class).single())
			.isZero();

		JsonNode done = commit(admin, job, "GOOD_ROWS");

		assertThat(done.path("status").asString()).isEqualTo("COMMITTED");
		assertThat(done.path("doneRows").asInt()).isEqualTo(2);
		assertThat(jdbc.sql("""
				select p.code from org_unit u join org_unit p on p.id = u.parent_id where u.code = ?""")
			.param(k2).query(String.class).single()).isEqualTo(k1);
	}

	@Test
	void placesCreateACompoundOnceAndRefuseAGridOfAnotherCommunity() {
		String s = world.suffix();
		byte[] file = Sheets.with(Sheets.PLACES)
			.row(community, "新小区" + s, "测试路1号", "A座", world.gridA().code())
			.row(community, "新小区" + s, "测试路1号", "B座", world.gridB().code())
			.row(community, "新小区" + s, "测试路1号", "A座", world.gridA().code())
			.row(community, world.compoundName(), "x", "1号楼", world.gridA().code())
			.row(community, "新小区" + s, "测试路1号", "C座", world.street().code())
			.row("NO" + s, "新小区" + s, "测试路1号", "D座", world.gridA().code())
			.bytes();

		JsonNode job = check(admin, "places", file);

		assertThat(problems(job)).anySatisfy(p -> assertThat(p).startsWith("4 ").contains("第 2 行重复"))
			.anySatisfy(p -> assertThat(p).startsWith("5 楼栋").contains("已在登记簿中"))
			.anySatisfy(p -> assertThat(p).startsWith("6 网格代码"))
			.anySatisfy(p -> assertThat(p).startsWith("7 社区代码"));
		commit(admin, job, "GOOD_ROWS");
		assertThat(jdbc.sql("select count(*) from compound where name = ?").param("新小区" + s).query(Long.class).single())
			.isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from building b join compound c on c.id = b.compound_id where c.name = ?")
			.param("新小区" + s).query(Long.class).single()).isEqualTo(2);
	}

	@Test
	void householdsAcceptDatesTypedAsTextAndRefuseGarbageAndDuplicates() {
		byte[] file = Sheets.with(Sheets.HOUSEHOLDS)
			.row(community, world.compoundName(), "1号楼", "1", "101", "否", "", "2020年5月1日")
			.row(community, world.compoundName(), "1号楼", "1", "102", "", "", "2020/5/1")
			.row(community, world.compoundName(), "1号楼", "1", "103", "是", "", "2020.5.1")
			.row(community, world.compoundName(), "1号楼", "1", "104", "否", "", "2020年13月1日")
			.row(community, world.compoundName(), "1号楼", "1", "105", "否", "", "昨天")
			.row(community, world.compoundName(), "1号楼", "1", "101", "否", "", "")
			.row(community, world.compoundName(), "9号楼", "1", "101", "否", "", "")
			.row(community, world.compoundName(), "1号楼", "1", "106", "也许", "", "")
			.bytes();

		JsonNode job = check(admin, "households", file);

		assertThat(job.path("goodRows").asInt()).isEqualTo(2);
		assertThat(problems(job)).anySatisfy(p -> assertThat(p).startsWith("4 搬迁项目").contains("必填"))
			.anySatisfy(p -> assertThat(p).startsWith("5 入住日期").contains("2020年13月1日"))
			.anySatisfy(p -> assertThat(p).startsWith("6 入住日期").contains("昨天"))
			.anySatisfy(p -> assertThat(p).startsWith("7 ").contains("第 2 行重复"))
			.anySatisfy(p -> assertThat(p).startsWith("8 楼栋").contains("9号楼"))
			.anySatisfy(p -> assertThat(p).startsWith("9 易地搬迁户").contains("是/否"));
		commit(admin, job, "GOOD_ROWS");
		assertThat(jdbc.sql("select move_in_date::text from household where building_id = ? order by room")
			.param(world.buildingA1()).query(String.class).list()).containsExactly("2020-05-01", "2020-05-01");

		JsonNode again = check(admin, "households", Sheets.with(Sheets.HOUSEHOLDS)
			.row(community, world.compoundName(), "1号楼", "1", "101", "否", "", "").bytes());
		assertThat(problems(again)).singleElement().asString().contains("已在登记簿中");
	}

	@Test
	void residentsRowsAreCheckedCellByCell() {
		String okId = TestFixtures.uniqueIdNumber();
		String takenId = TestFixtures.uniqueIdNumber();
		UUID existing = fixtures.inTransaction(() -> registry.addHousehold(TestFixtures.household(world.buildingA1(), "2", "201")));
		fixtures.inTransaction(() -> registry.addResident(
				TestFixtures.resident(existing, "老住户", null, takenId), java.time.LocalDate.of(2020, 1, 1)));
		String badCheck = okId.substring(0, 17) + (okId.charAt(17) == '0' ? '1' : '0');
		String birth = okId.substring(6, 10) + "-" + okId.substring(10, 12) + "-" + okId.substring(12, 14);
		String takenBirth = takenId.substring(6, 10) + "/" + takenId.substring(10, 12) + "/" + takenId.substring(12, 14);
		Object[] at = { community, world.compoundName(), "1号楼", "2", "201" };
		byte[] file = Sheets.with(Sheets.RESIDENTS)
			.row(join(at, "好人", "女", birth, okId, "138 0013 8000", "藏文", "藏族", "是", "否", ""))
			.row(join(at, "坏校验", "女", birth, badCheck, "", "", "", "", "", ""))
			.row(join(at, "重复", "男", birth, okId, "", "", "", "", "", ""))
			.row(join(at, "已登记", "男", takenBirth, takenId, "", "", "", "", "", ""))
			.row(join(at, "坏电话", "男", "1990-01-01", "", "12345", "", "", "", "", ""))
			.row(join(at, "名\t字", "男", "1990-01-01", "", "", "", "", "", "", ""))
			.row(join(at, "长".repeat(51), "男", "1990-01-01", "", "", "", "", "", "", ""))
			.row(join(at, "公式", "=\"男\"", "1990-01-01", "", "", "", "", "", "", ""))
			.row(join(at, "未来", "女", "2099-01-01", "", "", "", "", "", "", ""))
			.row(join(new Object[] { community, world.compoundName(), "1号楼", "2", "999" }, "无户", "女", "1990-01-01",
					"", "", "", "", "", "", ""))
			.row(join(at, "无同意", "女", "1991年2月3日", "", "", "", "回族", "否", "是", ""))
			.bytes();

		JsonNode job = check(admin, "residents", file);

		assertThat(job.path("goodRows").asInt()).as("%s", problems(job)).isEqualTo(2);
		assertThat(problems(job)).anySatisfy(p -> assertThat(p).startsWith("3 身份证号").contains("校验"))
			.anySatisfy(p -> assertThat(p).startsWith("4 ").contains("第 2 行重复"))
			.anySatisfy(p -> assertThat(p).startsWith("5 身份证号").contains("已在登记簿中"))
			.anySatisfy(p -> assertThat(p).startsWith("6 手机号"))
			.anySatisfy(p -> assertThat(p).startsWith("7 姓名").contains("控制字符"))
			.anySatisfy(p -> assertThat(p).startsWith("8 姓名").contains("50"))
			.anySatisfy(p -> assertThat(p).startsWith("9 性别").contains("公式"))
			.anySatisfy(p -> assertThat(p).startsWith("10 出生日期").contains("将来"))
			.anySatisfy(p -> assertThat(p).startsWith("11 房号").contains("2-999"));

		commit(admin, job, "GOOD_ROWS");

		assertThat(jdbc.sql("select name, ethnicity_cipher is not null, phone_cipher is not null, newcomer from resident "
				+ "where household_id = ? and name in ('好人', '无同意') order by name").param(existing)
			.query((rs, n) -> rs.getString(1) + rs.getBoolean(2) + rs.getBoolean(3) + rs.getBoolean(4)).list())
			.containsExactly("好人truetruefalse", "无同意falsefalsetrue");
		assertThat(jdbc.sql("""
				select count(*) from audit_entry a join resident r on r.id = a.resident_id
				where r.household_id = ? and a.action = 'IMPORT' and a.actor_name = ?""")
			.params(existing, "adm" + world.suffix()).query(Long.class).single()).isEqualTo(2);
	}

	private static Object[] join(Object[] head, Object... tail) {
		Object[] all = java.util.Arrays.copyOf(head, head.length + tail.length);
		System.arraycopy(tail, 0, all, head.length, tail.length);
		return all;
	}
}
