package org.pomegranate.registry.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pomegranate.ApiClient;
import org.pomegranate.ApiClient.Response;
import org.pomegranate.IntegrationTest;
import org.pomegranate.TestFixtures;
import org.pomegranate.TestFixtures.World;
import org.pomegranate.registry.RegistryManagement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code /api/v1/residents} over real HTTP: search by name, phone suffix and address with masked
 * phones and no ethnicity anywhere; read; create; change; reveal with a reason (audited).
 */
@IntegrationTest
class ResidentApiTests {

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
	ApiClient head;
	UUID householdA1;
	UUID householdA2;
	UUID householdB;

	@BeforeEach
	void setUp() {
		world = fixtures.world();
		head = new ApiClient(port, json).as(world.head());
		householdA1 = fixtures.as(world.head(),
				() -> registry.createHousehold(TestFixtures.household(world.buildingA1(), "1", "101")));
		householdA2 = fixtures.as(world.head(),
				() -> registry.createHousehold(TestFixtures.household(world.buildingA2(), "2", "202")));
		householdB = fixtures.as(world.head(),
				() -> registry.createHousehold(TestFixtures.household(world.buildingB(), "1", "303")));
	}

	@Test
	void createsAResidentAndShowsItMaskedWithoutEthnicity() {
		String idNumber = TestFixtures.uniqueIdNumber();
		Response created = head.post("/api/v1/residents",
				resident(householdA1, "才让卓玛", "13812345678", idNumber, "TIBETAN"));

		assertThat(created.status()).isEqualTo(201);
		String id = created.json().path("id").asString();
		assertThat(created.header("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/api/v1/residents/" + id));

		Response read = head.get("/api/v1/residents/" + id);
		assertThat(read.status()).isEqualTo(200);
		for (Response r : List.of(created, read)) {
			JsonNode body = r.json();
			assertThat(body.path("name").asString()).isEqualTo("才让卓玛");
			assertThat(body.path("maskedPhone").asString()).isEqualTo("138****5678");
			assertThat(body.path("maskedIdNumber").asString())
				.isEqualTo(idNumber.substring(0, 2) + "*".repeat(16));
			assertThat(body.has("ethnicityDeclared")).isFalse();
			assertNoPlainSensitiveValues(r, "13812345678", idNumber);
		}
		assertThat(read.json().path("residences")).singleElement()
			.satisfies(s -> assertThat(s.path("householdId").asString()).isEqualTo(householdA1.toString()));
		assertThat(read.json().path("address").asString()).isEqualTo(world.compoundName() + " 1号楼-1-101");
	}

	@Test
	void aMinimalBodyIsEnough() {
		Response created = head.post("/api/v1/residents", Map.of("householdId", householdA1, "name", "巴特尔",
				"gender", "MALE", "birthDate", "1960-02-29", "preferredLanguage", "MN"));
		assertThat(created.status()).as("%s", created).isEqualTo(201);
		assertThat(created.json().path("maskedPhone").asString()).isEmpty();
		assertThat(created.json().path("newcomer").asBoolean()).isFalse();

		Response household = head.post("/api/v1/households", Map.of("buildingId", world.buildingA2(), "unitNo", "1",
				"room", "101"));
		assertThat(household.status()).as("%s", household).isEqualTo(201);
	}

	@Test
	void findsResidentsByPartOfTheNameThePhoneSuffixOrTheAddress() {
		String zhuoma = create(resident(householdA1, "才让卓玛", "13812345678", null, "TIBETAN"));
		String ma = create(resident(householdA2, "马晓东", "13900005678", null, "HUI"));
		String bater = create(resident(householdB, "巴特尔", "13711112222", null, "MONGOL"));

		Response byName = head.get("/api/v1/residents?name=" + urlEncode("卓玛"));
		assertThat(byName.status()).isEqualTo(200);
		assertThat(ids(byName)).containsExactly(zhuoma);
		JsonNode item = byName.json().path("items").get(0);
		assertThat(item.path("maskedPhone").asString()).isEqualTo("138****5678");
		assertThat(item.path("address").asString()).isEqualTo(world.compoundName() + " 1号楼-1-101");

		Response byPhone = head.get("/api/v1/residents?phoneSuffix=5678");
		assertThat(ids(byPhone)).containsExactlyInAnyOrder(zhuoma, ma);
		assertThat(byPhone.json().path("items").values()).extracting(i -> i.path("maskedPhone").asString())
			.containsExactlyInAnyOrder("138****5678", "139****5678");

		Response byAddress = head.get("/api/v1/residents?address=" + urlEncode("3号楼"));
		assertThat(ids(byAddress)).containsExactly(bater);

		Response combined = head.get("/api/v1/residents?phoneSuffix=5678&address=" + urlEncode("2号楼"));
		assertThat(ids(combined)).containsExactly(ma);

		Response all = head.get("/api/v1/residents?address=" + urlEncode(world.compoundName()) + "&size=2");
		// worded as the queues' totals: more than the page, exact on demand
		assertThat(all.json().path("total").path("value").asLong()).isEqualTo(2);
		assertThat(all.json().path("total").path("kind").asString()).isEqualTo("MORE_THAN");
		Response counted = head.get("/api/v1/residents?address=" + urlEncode(world.compoundName()) + "&size=2&exactCount=true");
		assertThat(counted.json().path("total").path("value").asLong()).isEqualTo(3);
		assertThat(counted.json().path("total").path("kind").asString()).isEqualTo("EXACT");
		assertThat(all.json().path("items").size()).isEqualTo(2);
		Response rest = head.get("/api/v1/residents?address=" + urlEncode(world.compoundName()) + "&size=2&after="
				+ all.json().path("next").asString());
		assertThat(rest.json().path("items").size()).isEqualTo(1);
		assertThat(rest.json().path("next").isNull()).isTrue();

		for (Response r : List.of(byName, byPhone, byAddress, combined, all)) {
			assertNoPlainSensitiveValues(r, "13812345678", "13900005678", "13711112222");
		}
		// a grid worker finds only the people of their grid
		assertThat(ids(new ApiClient(port, json).as(world.workerB()).get("/api/v1/residents?phoneSuffix=5678"))).isEmpty();
	}

	@Test
	void changesAResidentAndKeepsAnOmittedPhone() {
		String id = create(resident(householdA1, "马晓东", "13900005678", TestFixtures.uniqueIdNumber(), "HUI"));

		Map<String, Object> change = resident(householdA1, "马晓冬", null, null, null);
		change.put("supportNeeds", List.of("ELDERLY_ALONE"));
		Response updated = head.put("/api/v1/residents/" + id, change);
		assertThat(updated.status()).isEqualTo(200);
		assertThat(updated.json().path("name").asString()).isEqualTo("马晓冬");
		assertThat(updated.json().path("maskedPhone").asString()).isEqualTo("139****5678");
		assertThat(jdbc.sql("select ethnicity_cipher is not null from resident where id = ?::uuid").param(id)
			.query(Boolean.class).single()).as("ethnicity kept").isTrue();
		assertThat(updated.json().path("supportNeeds").values()).extracting(JsonNode::asString)
			.containsExactly("ELDERLY_ALONE");
		assertNoPlainSensitiveValues(updated, "13900005678");

		Response newPhone = head.put("/api/v1/residents/" + id, resident(householdA1, "马晓冬", "13544443333", null, null));
		assertThat(newPhone.json().path("maskedPhone").asString()).isEqualTo("135****3333");

		// a different household is a move: the old residence ends, a new one starts
		Response moved = head.put("/api/v1/residents/" + id, resident(householdB, "马晓冬", null, null, null));
		assertThat(moved.status()).isEqualTo(200);
		assertThat(moved.json().path("householdId").asString()).isEqualTo(householdB.toString());
		assertThat(moved.json().path("residences").size()).isEqualTo(2);
	}

	@Test
	void anEditNamingAnOlderVersionIsRefusedWith412() {
		String id = create(resident(householdA1, "巴图", null, null, null));
		Response read = head.get("/api/v1/residents/" + id);
		String tag = read.header("ETag").orElseThrow();
		assertThat(tag).isEqualTo("\"" + read.json().path("version").asInt() + "\"");

		Response first = head.putIfMatch("/api/v1/residents/" + id, resident(householdA1, "巴图尔", null, null, null), tag);
		assertThat(first.status()).as("%s", first).isEqualTo(200);
		assertThat(first.header("ETag")).isPresent().get().isNotEqualTo(tag);

		Response stale = head.putIfMatch("/api/v1/residents/" + id, resident(householdA1, "巴特", null, null, null), tag);
		assertThat(stale.status()).as("%s", stale).isEqualTo(412);
		assertThat(stale.message()).isNotBlank();
		assertThat(head.get("/api/v1/residents/" + id).json().path("name").asString()).isEqualTo("巴图尔");

		assertThat(head.putIfMatch("/api/v1/residents/" + id, resident(householdA1, "巴特", null, null, null), "*")
			.status()).isEqualTo(200);
		assertThat(head.putIfMatch("/api/v1/residents/" + id, resident(householdA1, "巴特", null, null, null), "W/\"1\"")
			.status()).isEqualTo(400);
	}

	@Test
	void revealingAFieldWithAReasonShowsThePlainValueAndIsAudited() {
		String idNumber = TestFixtures.uniqueIdNumber();
		String id = create(resident(householdA1, "才让卓玛", "13812345678", idNumber, "TIBETAN"));

		Response phone = head.post("/api/v1/residents/" + id + "/reveal", Map.of("field", "PHONE", "purpose", "HOME_VISIT", "note", "核实联系方式，上门走访"));
		assertThat(phone.status()).isEqualTo(200);
		assertThat(phone.json().path("field").asString()).isEqualTo("PHONE");
		assertThat(phone.json().path("value").asString()).isEqualTo("13812345678");

		assertThat(head.post("/api/v1/residents/" + id + "/reveal", Map.of("field", "ID_NUMBER", "purpose",
				"SERVICE_VERIFICATION", "note", "办理低保，核对身份证号码")).json().path("value").asString()).isEqualTo(idNumber);
		Response ethnicity = head.post("/api/v1/residents/" + id + "/reveal",
				Map.of("field", "ETHNICITY", "purpose", "OTHER", "note", "民族团结统计核对需要"));
		assertThat(ethnicity.status()).isEqualTo(403);
		assertThat(ethnicity.body()).doesNotContain("TIBETAN");
		assertThat(head.get("/api/v1/residents/" + id).body()).doesNotContain("TIBETAN").doesNotContain("thnicity");

		assertThat(jdbc.sql("""
				select detail, purpose, reason, actor_name, actor_role from audit_entry
				where resident_id = ? and action = 'REVEAL' order by id""")
			.param(UUID.fromString(id)).query((rs, n) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3),
					rs.getString(4), rs.getString(5)))
			.list()).containsExactly(List.of("PHONE", "HOME_VISIT", "核实联系方式，上门走访", world.head(), "COMMUNITY_HEAD"),
					List.of("ID_NUMBER", "SERVICE_VERIFICATION", "办理低保，核对身份证号码", world.head(), "COMMUNITY_HEAD"));
	}

	@Test
	void revealingWithoutAReasonIsRefusedAndNotAudited() {
		String id = create(resident(householdA1, "才让卓玛", "13812345678", null, null));

		Map<String, Object> noReason = new LinkedHashMap<>();
		noReason.put("field", "PHONE");
		noReason.put("purpose", "HOME_VISIT");
		for (Object note : new Object[] { null, "", "   ", "x", "核实一下电话" }) {
			noReason.put("note", note);
			Response refused = head.post("/api/v1/residents/" + id + "/reveal", noReason);
			assertThat(refused.status()).as("note %s", note).isEqualTo(400);
			assertThat(refused.fieldErrors()).as("note %s", note).containsOnlyKeys("note");
			assertThat(refused.body()).doesNotContain("13812345678");
		}
		Response tooLong = head.post("/api/v1/residents/" + id + "/reveal",
				Map.of("field", "PHONE", "purpose", "HOME_VISIT", "note", "长".repeat(201)));
		assertThat(tooLong.status()).isEqualTo(400);
		assertThat(tooLong.fieldErrors()).containsOnlyKeys("note");
		Response noPurpose = head.post("/api/v1/residents/" + id + "/reveal",
				Map.of("field", "PHONE", "note", "上门走访前电话联系本人"));
		assertThat(noPurpose.status()).isEqualTo(400);
		assertThat(noPurpose.fieldErrors()).containsOnlyKeys("purpose");
		Response unknownPurpose = head.post("/api/v1/residents/" + id + "/reveal",
				Map.of("field", "PHONE", "purpose", "CURIOSITY", "note", "上门走访前电话联系本人"));
		assertThat(unknownPurpose.status()).isEqualTo(400);

		Response noField = head.post("/api/v1/residents/" + id + "/reveal",
				Map.of("purpose", "HOME_VISIT", "note", "上门走访前电话联系本人"));
		assertThat(noField.status()).isEqualTo(400);
		assertThat(noField.fieldErrors()).containsKey("field");

		assertThat(jdbc.sql("select count(*) from audit_entry where resident_id = ? and action = 'REVEAL'")
			.param(UUID.fromString(id)).query(Long.class).single()).isZero();
	}

	@Test
	void anotherGridsResidentIsNotFoundAndCannotBeRevealedOrChanged() {
		String id = create(resident(householdA1, "才让卓玛", "13812345678", null, null));
		ApiClient workerB = new ApiClient(port, json).as(world.workerB());

		Response read = workerB.get("/api/v1/residents/" + id);
		Response missing = workerB.get("/api/v1/residents/" + UUID.randomUUID());
		assertThat(read.status()).isEqualTo(404);
		assertThat(read.body()).isEqualTo(missing.body());

		assertThat(workerB.post("/api/v1/residents/" + id + "/reveal", Map.of("field", "PHONE", "purpose", "HOME_VISIT", "note", "上门走访前电话联系本人"))
			.status()).isEqualTo(404);
		assertThat(workerB.put("/api/v1/residents/" + id, resident(householdB, "改名", null, null, null)).status())
			.isEqualTo(404);
		assertThat(head.get("/api/v1/residents/" + id).json().path("name").asString()).isEqualTo("才让卓玛");
	}

	private String create(Map<String, Object> body) {
		Response created = head.post("/api/v1/residents", body);
		assertThat(created.status()).as("%s", created).isEqualTo(201);
		return created.json().path("id").asString();
	}

	private static List<String> ids(Response page) {
		assertThat(page.status()).as("%s", page).isEqualTo(200);
		return page.json().path("items").values().stream().map(i -> i.path("id").asString()).toList();
	}

	/** No {@code ethnicity} property at any depth, no ethnicity value, and none of the plain values. */
	static void assertNoPlainSensitiveValues(Response response, String... plainValues) {
		assertThat(response.json().findValues("ethnicity")).as("ethnicity properties in %s", response).isEmpty();
		for (String ethnicity : new String[] { "HAN", "HUI", "TIBETAN", "MONGOL", "SALAR", "汉族", "回族", "藏族", "蒙古族" }) {
			assertThat(response.body()).doesNotContain("\"" + ethnicity + "\"");
		}
		for (String plain : plainValues) {
			assertThat(response.body()).doesNotContain(plain);
		}
	}

	static String urlEncode(String s) {
		return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
	}

	static Map<String, Object> resident(UUID household, String name, String phone, String idNumber, String ethnicity) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("householdId", household);
		body.put("name", name);
		body.put("gender", "FEMALE");
		body.put("birthDate", "1985-06-15");
		body.put("phone", phone);
		body.put("idNumber", idNumber);
		body.put("preferredLanguage", "ZH");
		body.put("ethnicity", ethnicity);
		body.put("supportNeeds", List.of());
		body.put("newcomer", false);
		body.put("newcomerNeeds", List.of());
		return body;
	}
}
