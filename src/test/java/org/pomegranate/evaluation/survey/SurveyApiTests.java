package org.pomegranate.evaluation.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pomegranate.ApiClient;
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
 * {@code /api/v1/surveys} over real HTTP: a head writes and publishes, residents answer once,
 * results hide small counts; bad input answers 400/404/409 in the caller's language and writes nothing;
 * twenty parallel answers of one resident leave exactly one.
 */
@IntegrationTest
class SurveyApiTests {

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
	ApiClient api;
	ApiClient head;

	@BeforeEach
	void setUp() {
		world = fixtures.world();
		api = new ApiClient(port, json);
		head = api.as(world.head());
	}

	@Test
	void aHeadPublishesAndResidentsAnswerOnceWithoutALinkToTheirAnswer() {
		List<String> residents = SurveyResidents.of(fixtures, registry, world, 12, "sv");
		JsonNode survey = publishedSurvey();
		UUID id = UUID.fromString(survey.path("id").asString());
		JsonNode questions = survey.path("questions");

		// a resident sees it open and answers
		ApiClient first = api.as(residents.get(0));
		assertThat(first.get("/api/v1/surveys").json().findValuesAsString("id")).contains(id.toString());
		assertThat(first.post("/api/v1/surveys/" + id + "/answers", answers(questions, "o1", 5, "楼道灯坏了")).status())
			.isEqualTo(201);
		// a second time: 409, translated, nothing more written
		ApiClient.Response twice = first.language("en").post("/api/v1/surveys/" + id + "/answers",
				answers(questions, "o2", 4, "再来一次"));
		assertThat(twice.status()).isEqualTo(409);
		assertThat(twice.message()).contains("answered this survey already");
		assertThat(responses(id)).isEqualTo(1);
		assertThat(first.get("/api/v1/surveys").json().findValuesAsString("id")).doesNotContain(id.toString());

		// the answers carry no resident, and only the day
		assertThat(jdbc.sql("select count(*) from information_schema.columns where table_name in ('survey_response', "
				+ "'survey_answer') and (column_name like '%resident%' or data_type like 'timestamp%')").query(Long.class)
			.single()).isZero();

		// with fewer than 10 answers every count is "< 10" and no free text is shown
		JsonNode early = head.get("/api/v1/surveys/" + id + "/results").json();
		assertThat(early.path("responses").asString()).isEqualTo("< 10");
		assertThat(early.path("questions").get(0).path("totals").values()).allMatch(n -> n.asString().equals("< 10"));
		assertThat(early.path("questions").get(2).path("texts").isEmpty()).isTrue();

		for (int i = 1; i < 12; i++) {
			// everyone says o1 except one o2: o2 (1) and o3 (0) are hidden, o1 (11) and the total show
			assertThat(api.as(residents.get(i)).post("/api/v1/surveys/" + id + "/answers",
					answers(questions, i == 5 ? "o2" : "o1", 4, null)).status()).isEqualTo(201);
		}
		JsonNode results = head.get("/api/v1/surveys/" + id + "/results").json();
		assertThat(results.path("responses").asString()).isEqualTo("12");
		JsonNode choice = results.path("questions").get(0);
		assertThat(choice.path("totals").values()).extracting(JsonNode::asString).containsExactly("11", "< 10", "< 10");
		assertThat(choice.path("grandTotal").asString()).isEqualTo("12");
		assertThat(choice.path("chart").values()).extracting(n -> n.isNull() ? null : n.asLong())
			.containsExactly(11L, null, null);
		JsonNode scale = results.path("questions").get(1);
		assertThat(scale.path("totals").values()).extracting(JsonNode::asString)
			.containsExactly("< 10", "< 10", "< 10", "11", "< 10");
		assertThat(results.path("questions").get(2).path("texts").values()).extracting(JsonNode::asString)
			.containsExactly("楼道灯坏了");
	}

	@Test
	void badAnswersAreRefusedInTheResidentsLanguageAndWriteNothing() {
		List<String> residents = SurveyResidents.of(fixtures, registry, world, 1, "sb");
		JsonNode survey = publishedSurvey();
		UUID id = UUID.fromString(survey.path("id").asString());
		JsonNode questions = survey.path("questions");
		ApiClient resident = api.as(residents.get(0)).language("en");

		ApiClient.Response notAnOption = resident.post("/api/v1/surveys/" + id + "/answers",
				answers(questions, "o9", 3, null));
		assertThat(notAnOption.status()).isEqualTo(400);
		assertThat(notAnOption.fieldErrors()).containsEntry("answers[0]", "Choose from the options given");

		ApiClient.Response outOfScale = resident.post("/api/v1/surveys/" + id + "/answers",
				answers(questions, "o1", 6, null));
		assertThat(outOfScale.status()).isEqualTo(400);
		assertThat(outOfScale.fieldErrors()).containsEntry("answers[1]", "Choose 1 to 5");

		ApiClient.Response requiredLeftOut = resident.post("/api/v1/surveys/" + id + "/answers",
				Map.of("answers", List.of(Map.of("questionId", questions.get(1).path("id").asString(), "scale", 3))));
		assertThat(requiredLeftOut.status()).isEqualTo(400);
		assertThat(requiredLeftOut.fieldErrors()).containsValue("Please answer every required question");

		ApiClient.Response control = resident.post("/api/v1/surveys/" + id + "/answers",
				answers(questions, "o1", 3, "bad\u0007bell"));
		assertThat(control.status()).isEqualTo(400);

		// a resident of another community: the survey does not exist for her
		World other = fixtures.world();
		String outsider = SurveyResidents.of(fixtures, registry, other, 1, "so").get(0);
		assertThat(api.as(outsider).post("/api/v1/surveys/" + id + "/answers", answers(questions, "o1", 3, null))
			.status()).isEqualTo(404);
		assertThat(api.as(outsider).get("/api/v1/surveys/" + id).status()).isEqualTo(404);

		assertThat(responses(id)).isZero();
		assertThat(jdbc.sql("select count(*) from survey_participation where survey_id = ?").param(id).query(Long.class)
			.single()).isZero();
	}

	@Test
	void aPublishedSurveyCannotChangeAndAnOutOfScopeCommunityIsNamed() {
		JsonNode survey = publishedSurvey();
		String id = survey.path("id").asString();
		ApiClient.Response edit = head.language("en").put("/api/v1/surveys/" + id, form(world.community().id()));
		assertThat(edit.status()).isEqualTo(409);
		assertThat(edit.message()).isEqualTo("The survey is published and can no longer change");
		assertThat(head.post("/api/v1/surveys/" + id + "/publish", null).status()).isEqualTo(409);

		World other = fixtures.world();
		ApiClient.Response foreign = head.language("en").post("/api/v1/surveys", form(other.community().id()));
		assertThat(foreign.status()).isEqualTo(400);
		assertThat(foreign.fieldErrors()).containsKey("communityIds");
		// the other world's head does not see this survey at all
		assertThat(api.as(other.head()).get("/api/v1/surveys/" + id).status()).isEqualTo(404);
		assertThat(api.as(other.head()).get("/api/v1/surveys/" + id + "/results").status()).isEqualTo(404);
		// a grid worker does not write surveys
		assertThat(api.as(world.workerA()).post("/api/v1/surveys", form(world.community().id())).status()).isEqualTo(403);
		// a closing day before the opening day, a choice question with one option
		Map<String, Object> bad = new java.util.HashMap<>(form(world.community().id()));
		bad.put("closesOn", LocalDate.now().minusDays(30).toString());
		bad.put("questions", List.of(Map.of("kind", "SINGLE", "required", true, "text", Map.of("zh", "只有一个选项"),
				"options", List.of(Map.of("zh", "是")))));
		ApiClient.Response invalid = head.post("/api/v1/surveys", bad);
		assertThat(invalid.status()).isEqualTo(400);
		assertThat(invalid.fieldErrors()).containsKeys("closesOn", "questions[0].options");
		assertThat(jdbc.sql("select count(*) from survey where owner_unit_id = ?").param(world.community().id())
			.query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void twentyParallelAnswersOfOneResidentLeaveExactlyOne() throws Exception {
		String login = SurveyResidents.of(fixtures, registry, world, 1, "sp").get(0);
		JsonNode survey = publishedSurvey();
		UUID id = UUID.fromString(survey.path("id").asString());
		ApiClient resident = api.as(login);
		Object body = answers(survey.path("questions"), "o1", 4, null);
		ExecutorService pool = Executors.newFixedThreadPool(20);
		try {
			List<Callable<Integer>> tasks = new ArrayList<>();
			for (int i = 0; i < 20; i++) {
				tasks.add(() -> resident.post("/api/v1/surveys/" + id + "/answers", body).status());
			}
			List<Integer> statuses = new ArrayList<>();
			for (Future<Integer> f : pool.invokeAll(tasks)) {
				statuses.add(f.get());
			}
			assertThat(statuses).filteredOn(s -> s == 201).hasSize(1);
			assertThat(statuses).filteredOn(s -> s == 409).hasSize(19);
		}
		finally {
			pool.shutdown();
		}
		assertThat(responses(id)).isEqualTo(1);
	}

	private JsonNode publishedSurvey() {
		ApiClient.Response created = head.post("/api/v1/surveys", form(world.community().id()));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		String id = created.json().path("id").asString();
		ApiClient.Response published = head.post("/api/v1/surveys/" + id + "/publish", null);
		assertThat(published.status()).as(published.toString()).isEqualTo(200);
		return published.json();
	}

	private static Map<String, Object> form(UUID community) {
		return Map.of("title", Map.of("zh", "社区服务满意度调查", "en", "Community services"),
				"opensOn", LocalDate.now().minusDays(1).toString(), "closesOn", LocalDate.now().plusDays(20).toString(),
				"communityIds", List.of(community.toString()),
				"questions", List.of(
						Map.of("kind", "SINGLE", "required", true, "text", Map.of("zh", "您对网格员的服务满意吗？"),
								"options", List.of(Map.of("zh", "满意"), Map.of("zh", "基本满意"), Map.of("zh", "不满意"))),
						Map.of("kind", "SCALE", "required", false, "text", Map.of("zh", "给社区环境打几分？")),
						Map.of("kind", "TEXT", "required", false, "text", Map.of("zh", "还有什么建议？"))));
	}

	private static Map<String, Object> answers(JsonNode questions, String choice, int scale, String text) {
		List<Map<String, Object>> answers = new ArrayList<>();
		answers.add(Map.of("questionId", questions.get(0).path("id").asString(), "choices", List.of(choice)));
		answers.add(Map.of("questionId", questions.get(1).path("id").asString(), "scale", scale));
		if (text != null) {
			answers.add(Map.of("questionId", questions.get(2).path("id").asString(), "text", text));
		}
		return Map.of("answers", answers);
	}

	private long responses(UUID survey) {
		return jdbc.sql("select count(*) from survey_response where survey_id = ?").param(survey).query(Long.class)
			.single();
	}
}
