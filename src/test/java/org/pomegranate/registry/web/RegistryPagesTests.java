package org.pomegranate.registry.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pomegranate.IntegrationTest;
import org.pomegranate.TestFixtures;
import org.pomegranate.TestFixtures.World;
import org.pomegranate.registry.Ethnicity;
import org.pomegranate.registry.Gender;
import org.pomegranate.registry.IdNumber;
import org.pomegranate.registry.Language;
import org.pomegranate.registry.RegistryManagement;
import org.pomegranate.registry.ResidentForm;
import org.pomegranate.registry.SensitiveField;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The resident and household pages through the whole filter chain (MockMvc on the shared
 * context): scope, masking, form errors, CSRF, and the resident's own "my data" page.
 */
@IntegrationTest
class RegistryPagesTests {

	private static final List<String> ETHNICITY_LABELS = List.of("汉族", "回族", "藏族", "蒙古族", "土族", "撒拉族",
			"TIBETAN", "Tibetan");

	@Autowired
	MockMvc mvc;

	@Autowired
	TestFixtures fixtures;

	@Autowired
	RegistryManagement registry;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	World world;
	UUID householdA;
	UUID householdB;
	UUID residentA;
	String idNumberA;

	@BeforeEach
	void setUp() {
		world = fixtures.world();
		idNumberA = TestFixtures.uniqueIdNumber();
		householdA = fixtures.as(world.head(),
				() -> registry.createHousehold(TestFixtures.household(world.buildingA1(), "1", "101")));
		householdB = fixtures.as(world.head(),
				() -> registry.createHousehold(TestFixtures.household(world.buildingB(), "1", "101")));
		residentA = fixtures.as(world.head(), () -> registry.createResident(new ResidentForm(householdA, "才让卓玛",
				Gender.FEMALE, LocalDate.of(1985, 6, 15), "13812345678", idNumberA, Language.BO, Ethnicity.TIBETAN,
				Set.of(), false, Set.of())));
	}

	@Test
	void anotherGridsWorkerGets404ForItsPagesAndCannotChangeIt() throws Exception {
		for (String path : List.of("/residents/" + residentA, "/residents/" + residentA + "/edit",
				"/households/" + householdA, "/households/" + householdA + "/edit")) {
			MockHttpServletResponse page = perform(get(path), world.workerB());
			assertThat(page.getStatus()).as(path).isEqualTo(404);
			assertThat(body(page)).as(path).contains("没有找到，或您无权查看。").doesNotContain("才让卓玛");
		}

		MockHttpServletResponse update = perform(post("/residents/" + residentA).with(csrf())
			.param("householdId", householdB.toString()).param("name", "改名").param("gender", "FEMALE")
			.param("birthDate", "1985-06-15").param("preferredLanguage", "ZH"), world.workerB());
		assertThat(update.getStatus()).isEqualTo(404);
		MockHttpServletResponse invalidUpdate = perform(post("/residents/" + residentA).with(csrf()).param("name", ""),
				world.workerB());
		assertThat(invalidUpdate.getStatus()).isEqualTo(404);
		assertThat(body(invalidUpdate)).doesNotContain("才让卓玛");

		MockHttpServletResponse reveal = perform(post("/residents/" + residentA + "/reveal").with(csrf())
			.param("field", "PHONE").param("purpose", "HOME_VISIT").param("note", "上门走访前电话联系本人"), world.workerB());
		assertThat(reveal.getStatus()).isEqualTo(404);
		assertThat(body(reveal)).doesNotContain("13812345678");

		MockHttpServletResponse end = perform(post("/residents/" + residentA + "/end").with(csrf())
			.param("reason", "MOVED_AWAY"), world.workerB());
		assertThat(end.getStatus()).isEqualTo(404);

		MockHttpServletResponse move = perform(post("/households/" + householdA).with(csrf())
			.param("buildingId", world.buildingB().toString()).param("unitNo", "9").param("room", "909")
			.param("_resettled", "on"), world.workerB());
		assertThat(move.getStatus()).isEqualTo(404);

		assertThat(jdbc.sql("select name || ' ' || status from resident where id = ?").param(residentA)
			.query(String.class).single()).isEqualTo("才让卓玛 ACTIVE");
		assertThat(jdbc.sql("select count(*) from household_move where household_id = ?").param(householdA)
			.query(Long.class).single()).isZero();
		assertThat(jdbc.sql("select count(*) from audit_entry where resident_id = ? and action = 'REVEAL'")
			.param(residentA).query(Long.class).single()).isZero();
	}

	@Test
	void theSearchPageShowsMaskedPhonesAndNoEthnicity() throws Exception {
		MockHttpServletResponse page = perform(get("/residents").param("name", "卓玛"), world.head());
		assertThat(page.getStatus()).isEqualTo(200);
		assertThat(body(page)).contains("才让卓玛").contains("138****5678").contains("第 1–1 条，共 1 条")
			.doesNotContain("13812345678").doesNotContain(idNumberA);
		assertNoEthnicity(body(page));

		MockHttpServletResponse partial = perform(get("/residents").param("phone", "5678").header("HX-Request", "true"),
				world.head());
		assertThat(body(partial)).doesNotContain("<html").contains("138****5678").doesNotContain("13812345678");
		assertNoEthnicity(body(partial));

		MockHttpServletResponse badSuffix = perform(get("/residents").param("phone", "12a4"), world.head());
		assertThat(badSuffix.getStatus()).isEqualTo(200);
		assertThat(body(badSuffix)).contains("请输入电话号码的后4位数字");

		MockHttpServletResponse person = perform(get("/residents/" + residentA), world.head());
		assertThat(body(person)).contains("138****5678")
			.contains(idNumberA.substring(0, 2) + "*".repeat(16))
			.doesNotContain("13812345678").doesNotContain(idNumberA);
		assertNoEthnicity(body(person));

		MockHttpServletResponse household = perform(get("/households/" + householdA), world.head());
		assertThat(body(household)).contains("才让卓玛").doesNotContain("13812345678");
		assertNoEthnicity(body(household));
	}

	@Test
	void aBadFormIsShownAgainWithTheTranslatedFieldErrorAndNothingIsWritten() throws Exception {
		List<Long> before = counts();
		String valid = TestFixtures.uniqueIdNumber();
		String badChecksum = valid.substring(0, 17) + (IdNumber.checkCharacter(valid.substring(0, 17)) == '1' ? '2' : '1');

		MockHttpServletResponse form = perform(newResident(badChecksum).with(csrf()), world.head());
		assertThat(form.getStatus()).isEqualTo(200);
		assertThat(body(form)).contains("身份证号不正确（请核对校验位和出生日期）").contains("请检查标红的内容。")
			.contains("is-invalid").contains("value=\"巴特尔\"");

		MockHttpServletResponse english = perform(newResident(badChecksum).with(csrf()).cookie(new Cookie("lang", "en")),
				world.head());
		assertThat(body(english)).contains("Not a valid ID number (check digit or birth date is wrong)");

		MockHttpServletResponse missing = perform(post("/residents").with(csrf()).param("householdId", householdA.toString())
			.param("name", "").param("birthDate", "").param("preferredLanguage", "ZH").param("_newcomer", "on"), world.head());
		assertThat(missing.getStatus()).isEqualTo(200);
		assertThat(body(missing)).contains("不能为空");

		MockHttpServletResponse badPhone = perform(newResident(null).param("phone", "12345").with(csrf()), world.head());
		assertThat(body(badPhone)).contains("请输入11位手机号码");

		assertThat(counts()).isEqualTo(before);

		MockHttpServletResponse good = perform(newResident(valid).with(csrf()), world.head());
		assertThat(good.getStatus()).isEqualTo(302);
		assertThat(good.getRedirectedUrl()).startsWith("/residents/");
	}

	/**
	 * A browser's date field never sends "yesterday", but a crafted or scripted post can. The form
	 * is a record, so a value that cannot be converted leaves no form object, and the template fails.
	 */
	@Test
	void anUnconvertibleFormValueIsAFieldErrorNotAServerError() throws Exception {
		List<Long> before = counts();
		for (String[] bad : new String[][] { { "birthDate", "yesterday" }, { "gender", "X" } }) {
			MockHttpServletRequestBuilder request = post("/residents").with(csrf()).param("householdId", householdA.toString())
				.param("name", "巴特尔").param("preferredLanguage", "MN").param("_newcomer", "on")
				.param("gender", bad[0].equals("gender") ? bad[1] : "MALE")
				.param("birthDate", bad[0].equals("birthDate") ? bad[1] : "1970-03-08");
			MockHttpServletResponse form = perform(request, world.head());
			assertThat(form.getStatus()).as("%s=%s", bad[0], bad[1]).isEqualTo(200);
			assertThat(body(form)).contains("格式不正确").contains("value=\"巴特尔\"");
		}
		assertThat(counts()).isEqualTo(before);
	}

	@Test
	void aFormPostWithoutTheCsrfTokenIsRefused() throws Exception {
		// sessions live in the database (Spring Session): the browser's SESSION cookie names one
		MockHttpServletResponse page = perform(get("/residents/" + residentA), world.head());
		assertThat(page.getStatus()).isEqualTo(200);
		Cookie session = page.getCookie("SESSION");
		assertThat(session).isNotNull();
		List<Long> before = counts();

		assertThat(perform(newResident(TestFixtures.uniqueIdNumber()).cookie(session), world.head()).getStatus())
			.isEqualTo(403);
		assertThat(perform(post("/residents/" + residentA + "/reveal").cookie(session).param("field", "PHONE")
			.param("purpose", "HOME_VISIT").param("note", "上门走访前电话联系本人"), world.head()).getStatus()).isEqualTo(403);
		assertThat(perform(newResident(null).cookie(session).param("_csrf", "forged"), world.head()).getStatus())
			.isEqualTo(403);
		assertThat(perform(newResident(null).with(csrf().useInvalidToken()), world.head()).getStatus()).isEqualTo(403);
		// with no session at all there is no token to compare with: sent to sign in again, nothing done
		MockHttpServletResponse noSession = perform(newResident(null), world.head());
		assertThat(noSession.getStatus()).isEqualTo(302);
		assertThat(noSession.getRedirectedUrl()).isEqualTo("/login?expired");

		assertThat(counts()).isEqualTo(before);
	}

	@Test
	void aRevealOnThePageShowsTheValueAndAWrongReasonShowsTheError() throws Exception {
		MockHttpServletResponse page = perform(get("/residents/" + residentA), world.head());
		assertThat(body(page)).contains("name=\"purpose\"").contains("入户走访").contains("reveal-form-PHONE")
			.contains("reveal-form-ID_NUMBER").doesNotContain("reveal-form-ETHNICITY").doesNotContain("••••");

		MockHttpServletResponse revealed = perform(post("/residents/" + residentA + "/reveal").with(csrf())
			.header("HX-Request", "true").param("field", "PHONE").param("purpose", "HOME_VISIT")
			.param("note", "上门走访前电话联系本人"), world.head());
		assertThat(revealed.getStatus()).isEqualTo(200);
		assertThat(body(revealed)).contains("id=\"reveal-PHONE\"").contains("13812345678").contains("已记录");

		MockHttpServletResponse ethnicity = perform(post("/residents/" + residentA + "/reveal").with(csrf())
			.param("field", "ETHNICITY").param("purpose", "OTHER").param("note", "本人申请核对民族信息"), world.head());
		assertThat(ethnicity.getStatus()).isEqualTo(403);
		assertThat(body(ethnicity)).doesNotContain("藏族");

		MockHttpServletResponse noReason = perform(post("/residents/" + residentA + "/reveal").with(csrf())
			.param("field", "PHONE").param("purpose", "HOME_VISIT").param("note", "核实"), world.head());
		assertThat(body(noReason)).contains("请写明理由（10至200个字）").doesNotContain("13812345678");
		MockHttpServletResponse noPurpose = perform(post("/residents/" + residentA + "/reveal").with(csrf())
			.param("field", "PHONE").param("note", "上门走访前电话联系本人"), world.head());
		assertThat(body(noPurpose)).contains("请选择查看的用途").doesNotContain("13812345678");

		MockHttpServletResponse badField = perform(post("/residents/" + residentA + "/reveal").with(csrf())
			.param("field", "RELIGION").param("purpose", "HOME_VISIT").param("note", "上门走访前电话联系本人"), world.head());
		assertThat(badField.getStatus()).isEqualTo(400);

		assertThat(jdbc.sql("select detail from audit_entry where resident_id = ? and action = 'REVEAL' order by id")
			.param(residentA).query(String.class).list()).containsExactly("PHONE");
	}

	@Test
	void theResidentSeesAStaffRevealWithItsReasonOnMyData() throws Exception {
		fixtures.as(world.head(), () -> registry.reveal(residentA, SensitiveField.PHONE, TestFixtures.why("走访核实联系方式，上门走访前核实")));
		String account = fixtures.residentAccount("res" + world.suffix(), "才让卓玛", residentA);

		MockHttpServletResponse me = perform(get("/me"), account);
		assertThat(me.getStatus()).isEqualTo(200);
		assertThat(body(me)).contains("我的信息").contains("才让卓玛").contains("138****5678")
			.contains("走访核实联系方式").contains("查看完整信息 · 电话").contains(">社区书记<")
			.contains("藏族").doesNotContain("13812345678");

		// a resident is no staff member: the registry pages are closed to them
		assertThat(perform(get("/residents").param("name", "卓玛"), account).getStatus()).isEqualTo(403);
		assertThat(perform(get("/residents/" + residentA), account).getStatus()).isEqualTo(403);
		// and a staff member has no "my data"
		assertThat(perform(get("/me"), world.head()).getStatus()).isEqualTo(404);
	}

	@Test
	void anonymousVisitorsAreSentToTheLoginPage() throws Exception {
		MockHttpServletResponse response = mvc.perform(get("/residents/" + residentA)).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(302);
		assertThat(response.getRedirectedUrl()).endsWith("/login");
	}

	@Test
	void anEndedResidentsEditFormSaysSoInsteadOfFailing() throws Exception {
		fixtures.as(world.head(), () -> {
			registry.endResidence(residentA, org.pomegranate.registry.EndReason.MOVED_AWAY, null);
			return null;
		});
		MockHttpServletResponse form = perform(get("/residents/" + residentA + "/edit"), world.head());
		assertThat(form.getStatus()).isEqualTo(302);
		assertThat(form.getRedirectedUrl()).isEqualTo("/residents/" + residentA);

		MockHttpServletResponse save = perform(post("/residents/" + residentA).with(csrf())
			.param("householdId", householdA.toString()).param("name", "才让卓玛").param("gender", "FEMALE")
			.param("birthDate", "1985-06-15").param("preferredLanguage", "BO").param("_newcomer", "on"), world.head());
		assertThat(save.getStatus()).isEqualTo(200);
		assertThat(body(save)).contains("该居民的居住已注销");
	}

	@Test
	void anEditAfterSomeoneElseSavedKeepsWhatWasTypedAndSaysWhy() throws Exception {
		MockHttpServletResponse save = perform(post("/residents/" + residentA).with(csrf())
			.param("householdId", householdA.toString()).param("name", "才让卓玛二").param("gender", "FEMALE")
			.param("birthDate", "1985-06-15").param("preferredLanguage", "BO").param("_newcomer", "on")
			.param("expectedVersion", "-1"),
				world.head());
		assertThat(save.getStatus()).isEqualTo(200);
		assertThat(body(save)).contains("保存前有人修改了这条信息").contains("value=\"才让卓玛二\"");
		assertThat(jdbc.sql("select name from resident where id = ?").param(residentA).query(String.class).single())
			.isEqualTo("才让卓玛");
	}

	private MockHttpServletRequestBuilder newResident(String idNumber) {
		MockHttpServletRequestBuilder request = post("/residents").param("householdId", householdA.toString())
			.param("name", "巴特尔").param("gender", "MALE").param("birthDate", "1970-03-08")
			.param("preferredLanguage", "MN").param("_newcomer", "on"); // a browser sends the checkbox marker
		return idNumber == null ? request : request.param("idNumber", idNumber);
	}

	private MockHttpServletResponse perform(MockHttpServletRequestBuilder request, String username) throws Exception {
		return mvc.perform(request.with(as(username))).andReturn().getResponse();
	}

	private RequestPostProcessor as(String username) {
		return user(users.loadUserByUsername(username));
	}

	private static String body(MockHttpServletResponse response) throws Exception {
		return response.getContentAsString(StandardCharsets.UTF_8);
	}

	private static void assertNoEthnicity(String html) {
		for (String label : ETHNICITY_LABELS) {
			assertThat(html).doesNotContain(label);
		}
	}

	private List<Long> counts() {
		Function<String, Long> count = table -> jdbc.sql("select count(*) from " + table).query(Long.class).single();
		return List.of(count.apply("resident"), count.apply("household"), count.apply("audit_entry"));
	}
}
