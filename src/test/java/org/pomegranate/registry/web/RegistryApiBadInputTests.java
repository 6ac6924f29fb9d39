package org.pomegranate.registry.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pomegranate.registry.web.ResidentApiTests.resident;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pomegranate.ApiClient;
import org.pomegranate.ApiClient.Response;
import org.pomegranate.IntegrationTest;
import org.pomegranate.TestFixtures;
import org.pomegranate.TestFixtures.World;
import org.pomegranate.registry.IdNumber;
import org.pomegranate.registry.RegistryManagement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * Bad input to the registry API: each answer is a 4xx with a translated message and, where a
 * field is to blame, a translated message for that field; nothing is written (no resident, no
 * household, no audit entry); and nothing ever answers 5xx ({@link ApiClient} checks every call).
 * <p>
 * The tests run one after another in one JVM, so whole-table counts are a safe witness for
 * "nothing written".
 */
@IntegrationTest
class RegistryApiBadInputTests {

	private static final String CJK = ".*[\\u4e00-\\u9fff].*";

	@LocalServerPort
	int port;

	@Autowired
	JsonMapper json;

	@Autowired
	TestFixtures fixtures;

	@Autowired
	RegistryManagement registry;

	@Autowired
	JdbcClient jdbc;

	World world;
	ApiClient workerA;
	UUID household;
	UUID residentA;
	List<Long> before;

	@BeforeEach
	void setUp() {
		world = fixtures.world();
		workerA = new ApiClient(port, json).as(world.workerA());
		household = fixtures.as(world.workerA(),
				() -> registry.createHousehold(TestFixtures.household(world.buildingA1(), "1", "101")));
		residentA = fixtures.as(world.workerA(), () -> registry.createResident(
				TestFixtures.resident(household, "才让卓玛", "13812345678", TestFixtures.uniqueIdNumber())));
		before = counts();
	}

	@AfterEach
	void nothingWasWritten() {
		assertThat(counts()).as("residents, households, audit entries").isEqualTo(before);
	}

	@Test
	void missingRequiredFieldsAreNamedOneByOne() {
		Response resident = workerA.post("/api/v1/residents", Map.of());
		assertInvalid(resident, "householdId", "name", "gender", "birthDate", "preferredLanguage");

		Response blankName = workerA.post("/api/v1/residents", with(resident(household, "  ", null, null, null), "name", "  "));
		assertInvalid(blankName, "name");

		Response householdBody = workerA.post("/api/v1/households", Map.of("resettled", false));
		assertInvalid(householdBody, "buildingId", "unitNo", "room");
	}

	@Test
	void oversizedValuesAreRefused() {
		assertInvalid(workerA.post("/api/v1/residents", resident(household, "名".repeat(51), null, null, null)), "name");
		assertThat(workerA.post("/api/v1/residents", resident(household, "名".repeat(50), null, null, null)).status())
			.as("50 characters are fine").isEqualTo(201);
		before = counts();

		assertInvalid(workerA.post("/api/v1/residents", resident(household, "卓玛", null, "1".repeat(19), null)), "idNumber");
		Map<String, Object> longRoom = HouseholdApiTests.household(world.buildingA1(), "1", "房".repeat(21));
		assertInvalid(workerA.post("/api/v1/households", longRoom), "room");
	}

	@Test
	void illTypedQueryParametersNameTheParameter() {
		assertInvalid(workerA.get("/api/v1/residents?name=a&exactCount=perhaps"), "exactCount");
		assertInvalid(workerA.get("/api/v1/residents?size=lots"), "size");
		assertInvalid(workerA.get("/api/v1/residents?includeEnded=perhaps"), "includeEnded");
		assertInvalid(workerA.get("/api/v1/households?exact=perhaps"), "exact");
		assertInvalid(workerA.get("/api/v1/households?after=not-a-cursor"), "after");
		assertInvalid(workerA.get("/api/v1/residents/not-a-uuid"), "id");
	}

	@Test
	void illTypedBodyFieldsAreRefused() {
		for (Map<String, Object> body : List.of(
				with(resident(household, "卓玛", null, null, null), "birthDate", "yesterday"),
				with(resident(household, "卓玛", null, null, null), "gender", "X"),
				with(resident(household, "卓玛", null, null, null), "householdId", "not-a-uuid"),
				with(resident(household, "卓玛", null, null, null), "supportNeeds", List.of("RELIGION")),
				with(resident(household, "卓玛", null, null, null), "newcomer", "sometimes"))) {
			Response response = workerA.post("/api/v1/residents", body);
			assertThat(response.status()).as("%s", response).isEqualTo(400);
			assertThat(response.message()).matches(CJK);
		}
		Response reveal = workerA.post("/api/v1/residents/" + residentA + "/reveal",
				Map.of("field", "RELIGION", "purpose", "HOME_VISIT", "note", "上门走访前电话联系本人"));
		assertThat(reveal.status()).isEqualTo(400);
	}

	/**
	 * The brief for the API: an ill-typed field in a JSON body is named in {@code fieldErrors} like
	 * any other bad field. Today the handler answers a bare 400 for every unreadable body.
	 */
	@Test
	void illTypedBodyFieldsAreNamedInFieldErrors() {
		assertInvalid(workerA.post("/api/v1/residents",
				with(resident(household, "卓玛", null, null, null), "birthDate", "yesterday")), "birthDate");
		assertInvalid(workerA.post("/api/v1/residents",
				with(resident(household, "卓玛", null, null, null), "gender", "X")), "gender");
	}

	@Test
	void badFormatsAndDatesAreRefused() {
		assertInvalid(workerA.post("/api/v1/residents", resident(household, "卓玛", "12345", null, null)), "phone");
		assertInvalid(workerA.post("/api/v1/residents",
				with(resident(household, "卓玛", null, null, null), "birthDate", "2999-01-01")), "birthDate");
		Map<String, Object> futureMoveIn = HouseholdApiTests.household(world.buildingA1(), "1", "909");
		futureMoveIn.put("moveInDate", "2999-01-01");
		assertInvalid(workerA.post("/api/v1/households", futureMoveIn), "moveInDate");
	}

	@Test
	void malformedJsonIsABadRequestWithAMessage() {
		for (String body : new String[] { "{\"name\": ", "not json", "[]", "", "null" }) {
			Response response = workerA.post("/api/v1/residents", body);
			assertThat(response.status()).as("body %s: %s", body, response).isEqualTo(400);
			assertThat(response.message()).as("body %s", body).matches(CJK);
		}
	}

	@Test
	void unknownReferencesAreFieldErrors() {
		Response building = workerA.post("/api/v1/households", HouseholdApiTests.household(UUID.randomUUID(), "1", "101"));
		assertInvalid(building, "buildingId");
		assertThat(building.fieldErrors().get("buildingId")).isEqualTo("楼栋不存在或不在您的辖区");

		Response resident = workerA.post("/api/v1/residents", resident(UUID.randomUUID(), "卓玛", null, null, null));
		assertInvalid(resident, "householdId");
		assertThat(resident.fieldErrors().get("householdId")).isEqualTo("住户不存在或不在您的辖区");
	}

	@Test
	void anotherGridsRecordsAreOutOfReach() {
		ApiClient workerB = new ApiClient(port, json).as(world.workerB());

		assertInvalid(workerB.post("/api/v1/residents", resident(household, "卓玛", null, null, null)), "householdId");
		assertInvalid(workerB.post("/api/v1/households", HouseholdApiTests.household(world.buildingA1(), "9", "909")),
				"buildingId");
		Response read = workerB.get("/api/v1/residents/" + residentA);
		assertThat(read.status()).isEqualTo(404);
		assertThat(read.message()).matches(CJK);
		assertThat(workerB.get("/api/v1/households/" + household).status()).isEqualTo(404);
	}

	@Test
	void aBadIdNumberChecksumOrATakenIdNumberIsAFieldError() {
		String valid = TestFixtures.uniqueIdNumber();
		char wrong = IdNumber.checkCharacter(valid.substring(0, 17)) == '1' ? '2' : '1';
		String badChecksum = valid.substring(0, 17) + wrong;

		Response checksum = workerA.post("/api/v1/residents", resident(household, "卓玛", null, badChecksum, null));
		assertInvalid(checksum, "idNumber");
		assertThat(checksum.fieldErrors().get("idNumber")).isEqualTo("身份证号不正确（请核对校验位和出生日期）");

		String existing = TestFixtures.uniqueIdNumber();
		assertThat(workerA.post("/api/v1/residents", resident(household, "卓玛", null, existing, null)).status())
			.isEqualTo(201);
		before = counts();
		Response duplicate = workerA.post("/api/v1/residents", resident(household, "卓玛二", null, existing, null));
		assertInvalid(duplicate, "idNumber");
		assertThat(duplicate.fieldErrors().get("idNumber")).isEqualTo("该身份证号已登记");
	}

	@Test
	void aPhoneSuffixMustBeFourDigits() {
		for (String suffix : new String[] { "12a4", "123", "12345" }) {
			Response response = workerA.get("/api/v1/residents?phoneSuffix=" + suffix);
			assertInvalid(response, "phoneSuffix");
			assertThat(response.fieldErrors().get("phoneSuffix")).isEqualTo("请输入电话号码的后4位数字");
		}
	}

	@Test
	void messagesFollowAcceptLanguageAndDefaultToChinese() {
		Map<String, Object> bad = resident(household, "名".repeat(51), "12345", null, null);

		Response chinese = workerA.post("/api/v1/residents", bad);
		assertThat(chinese.message()).isEqualTo("提交的内容有误，请检查。");
		assertThat(chinese.fieldErrors()).containsEntry("phone", "请输入11位手机号码")
			.hasEntrySatisfying("name", m -> assertThat(m).matches(CJK));

		Response english = workerA.language("en").post("/api/v1/residents", bad);
		assertThat(english.message()).isEqualTo("Some of the input is not valid.");
		assertThat(english.fieldErrors()).containsEntry("phone", "Enter an 11-digit mobile number")
			.hasEntrySatisfying("name", m -> assertThat(m).doesNotMatch(CJK).contains("50"));

		Response englishFirst = workerA.language("en-GB,en;q=0.9,zh;q=0.5").get("/api/v1/residents?phoneSuffix=12a4");
		assertThat(englishFirst.fieldErrors()).containsEntry("phoneSuffix", "Enter the last 4 digits of the phone number");

		Response unknownLanguage = workerA.language("fr").get("/api/v1/residents/" + UUID.randomUUID());
		assertThat(unknownLanguage.message()).matches(CJK);
		Response garbage = workerA.language(";;;q=x").get("/api/v1/residents/" + UUID.randomUUID());
		assertThat(garbage.status()).isEqualTo(404);
		assertThat(garbage.message()).matches(CJK);

		Response notFoundEnglish = workerA.language("en").get("/api/v1/residents/" + UUID.randomUUID());
		assertThat(notFoundEnglish.message()).isEqualTo("Not found, or not yours to see.");
	}

	@Test
	void otherMisuseAnswersA4xx() {
		assertThat(workerA.send("DELETE", "/api/v1/residents/" + residentA, null).status()).isEqualTo(405);
		assertThat(workerA.send("PATCH", "/api/v1/households", "{}").status()).isEqualTo(405);
		assertThat(workerA.get("/api/v1/no-such-thing").status()).isEqualTo(404);
		// failures before any API controller is chosen still answer the API's error body
		assertThat(workerA.get("/api/v1/no-such-thing").message()).isEqualTo("没有找到，或您无权查看。");
		assertThat(workerA.send("DELETE", "/api/v1/residents/" + residentA, null).message()).isEqualTo("不支持此操作。");
		assertThat(workerA.get("/api/v1/residents?size=100000").json().path("items").size()).isLessThanOrEqualTo(100);
		// a cursor not given out by the search is refused, naming the parameter
		assertInvalid(workerA.get("/api/v1/residents?name=a&after=bm90LWEtY3Vyc29y"), "after");
		assertThat(workerA.get("/api/v1/residents?name=" + ResidentApiTests.urlEncode("%_\\'")).status()).isEqualTo(200);
		before = counts(); // the searches above are audited
	}

	private static void assertInvalid(Response response, String... fields) {
		assertThat(response.status()).as("%s", response).isEqualTo(400);
		assertThat(response.header("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
		assertThat(response.message()).as("%s", response).isNotBlank();
		assertThat(response.fieldErrors()).as("%s", response).containsKeys(fields);
		assertThat(response.fieldErrors().values()).as("%s", response).allSatisfy(m -> assertThat(m).isNotBlank());
	}

	private static Map<String, Object> with(Map<String, Object> body, String key, Object value) {
		body.put(key, value);
		return body;
	}

	private List<Long> counts() {
		Function<String, Long> count = table -> jdbc.sql("select count(*) from " + table).query(Long.class).single();
		return List.of(count.apply("resident"), count.apply("household"), count.apply("audit_entry"));
	}
}
