package org.pomegranate.servicedesk.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pomegranate.ApiClient;
import org.pomegranate.IntegrationTest;
import org.pomegranate.TestFixtures;
import org.pomegranate.TestFixtures.World;
import org.pomegranate.shared.database.ListTotals;
import org.pomegranate.shared.web.Total;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The queues paged by keyset, through the API and the workbench page: every request of the list
 * comes exactly once and in the order shown, ties on the sort key included, also when requests
 * arrive between two pages; only the caller's scope; a cursor that is not the list's is a 400.
 * Rows are written straight into the table so that the ties are exact.
 */
@IntegrationTest
class QueuePagingTests {

	private static final String REQUESTS = "/api/v1/service-requests";
	private static final UUID EMERGENCY = UUID.fromString("338330c9-b054-5aa0-b7d9-8cdba0a4b711");
	private static final UUID REPAIR = UUID.fromString("7deebdf7-156d-5f39-8997-4508f948b7ea");
	private static final Pattern NUMBER = Pattern.compile("class=\"pg-number\">([^<]+)<");
	private static final Pattern NEXT = Pattern.compile("href=\"([^\"]+)\" rel=\"next\"");
	private static final Pattern PREVIOUS = Pattern.compile("href=\"([^\"]+)\" rel=\"prev\"");

	@Autowired
	TestFixtures fixtures;

	@LocalServerPort
	int port;

	@Autowired
	JsonMapper json;

	ApiClient api;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	MessageSource messages;

	World world;
	String prefix;
	Instant base;
	int sequence;

	@BeforeEach
	void setUp() {
		world = fixtures.world();
		api = new ApiClient(port, json);
		prefix = "QT" + UUID.randomUUID().toString().substring(0, 8) + "-";
		base = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofDays(30));
	}

	@Test
	void pastRequestsComeNewestFirstEachExactlyOnceAcrossPagesWithTiesAndArrivals() {
		List<Row> closed = new ArrayList<>();
		for (int i = 0; i < 23; i++) {
			// groups of four share their submission time to the microsecond: the number breaks the tie
			closed.add(insert(world.gridA().id(), "CLOSED", REPAIR, base.plus(Duration.ofHours(i / 4)), null));
		}
		Row elsewhere = insert(world.gridB().id(), "CLOSED", REPAIR, base.plus(Duration.ofHours(2)), null);
		List<String> expected = closed.stream().sorted(Comparator.comparing(Row::submitted).reversed()
			.thenComparing(Comparator.comparing(Row::number).reversed())).map(Row::number).toList();

		ApiClient worker = api.as(world.workerA());
		List<String> seen = new ArrayList<>();
		JsonNode page = worker.get(REQUESTS + "?status=CLOSED&size=5").json();
		assertThat(page.path("total").path("value").asLong()).isEqualTo(23);
		assertThat(page.path("total").path("kind").asString()).isEqualTo("EXACT");
		seen.addAll(numbers(page));
		// while she reads: one arrives newer than all (it belongs before what she has seen), one older than all
		insert(world.gridA().id(), "CLOSED", REPAIR, Instant.now().truncatedTo(ChronoUnit.SECONDS), null);
		Row older = insert(world.gridA().id(), "CLOSED", REPAIR, base.minus(Duration.ofDays(1)), null);
		int pages = 1;
		while (!page.path("next").isNull() && !page.path("next").isMissingNode()) {
			long from = page.path("from").asLong() + page.path("items").size();
			page = worker.get(REQUESTS + "?status=CLOSED&size=5&after=" + page.path("next").asString()).json();
			assertThat(page.path("from").asLong()).isEqualTo(from);
			seen.addAll(numbers(page));
			pages++;
		}
		List<String> withOlder = new ArrayList<>(expected);
		withOlder.add(older.number());
		assertThat(seen).containsExactlyElementsOf(withOlder).doesNotContain(elsewhere.number());
		assertThat(pages).isEqualTo(5);

		// the community head's scope holds both grids
		assertThat(allNumbers(api.as(world.head()), "?status=CLOSED&size=100")).contains(elsewhere.number())
			.containsAll(expected);
	}

	@Test
	void openRequestsKeepEmergenciesThenOverdueThenTheNearestDeadlineAcrossPages() {
		Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
		List<Row> open = new ArrayList<>();
		open.add(insert(world.gridA().id(), "SUBMITTED", EMERGENCY, base, now.plus(Duration.ofHours(3))));
		open.add(insert(world.gridA().id(), "SUBMITTED", EMERGENCY, base, now.minus(Duration.ofHours(1))));
		for (int i = 0; i < 6; i++) {
			open.add(insert(world.gridA().id(), "ACCEPTED", REPAIR, base, now.minus(Duration.ofHours(1 + i / 3))));
			open.add(insert(world.gridA().id(), "SUBMITTED", REPAIR, base, now.plus(Duration.ofHours(1 + i / 3))));
		}
		open.add(insert(world.gridA().id(), "IN_PROGRESS", REPAIR, base, now.plus(Duration.ofDays(2))));
		insert(world.gridA().id(), "CLOSED", REPAIR, base, null);
		List<String> expected = open.stream().sorted(Comparator.comparing((Row r) -> r.category().equals(EMERGENCY) ? 0 : 1)
			.thenComparing(r -> r.due().isBefore(now) ? 0 : 1).thenComparing(Row::due).thenComparing(Row::number))
			.map(Row::number).toList();

		assertThat(allNumbers(api.as(world.workerA()), "?size=4")).containsExactlyElementsOf(expected);
	}

	@Test
	void theWorkbenchPagesByItsNextLinkAndSaysWhereItIs() throws Exception {
		List<Row> closed = new ArrayList<>();
		for (int i = 0; i < 23; i++) {
			closed.add(insert(world.gridA().id(), "CLOSED", REPAIR, base.plus(Duration.ofMinutes(i / 5)), null));
		}
		List<String> expected = closed.stream().sorted(Comparator.comparing(Row::submitted).reversed()
			.thenComparing(Comparator.comparing(Row::number).reversed())).map(Row::number).toList();

		String first = page("/workbench?tab=unit&status=CLOSED");
		assertThat(first).contains("1–20 of 23");
		Matcher next = NEXT.matcher(first);
		assertThat(next.find()).isTrue();
		String second = page(next.group(1).replace("&amp;", "&"));
		assertThat(second).contains("21–23 of 23").contains("First page").doesNotContain("rel=\"next\"");
		List<String> seen = new ArrayList<>(numbers(first));
		seen.addAll(numbers(second));
		assertThat(seen).containsExactlyElementsOf(expected);
	}

	@Test
	void previousGoesBackPageByPageInBothOrdersAndEndsOnAWholeFirstPage() {
		Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
		for (int i = 0; i < 13; i++) {
			insert(world.gridA().id(), "CLOSED", REPAIR, base.plus(Duration.ofHours(i / 3)), null);
			insert(world.gridA().id(), i % 2 == 0 ? "SUBMITTED" : "ACCEPTED", i % 5 == 0 ? EMERGENCY : REPAIR, base,
					now.plus(Duration.ofHours(i % 4 - 2)));
		}
		ApiClient worker = api.as(world.workerA());
		for (String list : List.of("?status=CLOSED&size=4", "?size=4")) {
			List<JsonNode> forwards = new ArrayList<>();
			JsonNode page = worker.get(REQUESTS + list).json();
			assertThat(absent(page.path("previous"))).as(list).isTrue();
			forwards.add(page);
			while (!absent(page.path("next"))) {
				page = worker.get(REQUESTS + list + "&after=" + page.path("next").asString()).json();
				forwards.add(page);
			}
			assertThat(forwards).hasSize(4);
			// back from the last page: each page as it was on the way forwards, with its position
			for (int i = forwards.size() - 1; i > 0; i--) {
				page = worker.get(REQUESTS + list + "&after=" + page.path("previous").asString()).json();
				assertThat(numbers(page)).as(list + " page " + i).isEqualTo(numbers(forwards.get(i - 1)));
				assertThat(page.path("from").asLong()).isEqualTo(forwards.get(i - 1).path("from").asLong());
				assertThat(page.path("next").asString()).isNotBlank();
			}
			assertThat(absent(page.path("previous"))).as(list).isTrue();
		}
		// two newer requests arrive while she is on the second page: Previous shows the rows right before it (no
		// row skipped), and still offers a page before; that one, short of a page, is the first page shown whole
		JsonNode first = worker.get(REQUESTS + "?status=CLOSED&size=4").json();
		JsonNode second = worker.get(REQUESTS + "?status=CLOSED&size=4&after=" + first.path("next").asString()).json();
		List<String> newer = new ArrayList<>();
		for (int i = 0; i < 2; i++) {
			newer.add(insert(world.gridA().id(), "CLOSED", REPAIR, now.minus(Duration.ofMinutes(i)), null).number());
		}
		JsonNode back = worker.get(REQUESTS + "?status=CLOSED&size=4&after=" + second.path("previous").asString()).json();
		assertThat(numbers(back)).isEqualTo(numbers(first));
		assertThat(absent(back.path("previous"))).isFalse();
		JsonNode top = worker.get(REQUESTS + "?status=CLOSED&size=4&after=" + back.path("previous").asString()).json();
		assertThat(numbers(top)).hasSize(4).startsWith(newer.get(0), newer.get(1));
		assertThat(top.path("from").asLong()).isEqualTo(1);
		assertThat(absent(top.path("previous"))).isTrue();
	}

	@Test
	void theWorkbenchLinksToThePreviousPage() throws Exception {
		for (int i = 0; i < 45; i++) {
			insert(world.gridA().id(), "CLOSED", REPAIR, base.plus(Duration.ofMinutes(i)), null);
		}
		String first = page("/workbench?tab=unit&status=CLOSED");
		assertThat(first).doesNotContain("rel=\"prev\"");
		Matcher next = NEXT.matcher(first);
		assertThat(next.find()).isTrue();
		String second = page(next.group(1).replace("&amp;", "&"));
		next = NEXT.matcher(second);
		assertThat(next.find()).isTrue();
		String third = page(next.group(1).replace("&amp;", "&"));
		assertThat(third).contains("41–45 of 45");
		Matcher previous = PREVIOUS.matcher(third);
		assertThat(previous.find()).isTrue();
		String back = page(previous.group(1).replace("&amp;", "&"));
		assertThat(back).contains("21–40 of 45").contains("Previous");
		assertThat(numbers(back)).isEqualTo(numbers(second));
	}

	@Test
	void aCursorThatIsNotTheListsIsRefusedInWords() {
		ApiClient worker = api.as(world.workerA());
		for (int i = 0; i < 3; i++) {
			insert(world.gridA().id(), "CLOSED", REPAIR, base.plus(Duration.ofMinutes(i)), null);
		}
		String closedCursor = worker.get(REQUESTS + "?status=CLOSED&size=1").json().path("next").asString();
		assertThat(closedCursor).isNotBlank();

		for (String bad : List.of("garbage", closedCursor + "x", "%00", "A".repeat(500))) {
			ApiClient.Response answer = worker.get(REQUESTS + "?status=CLOSED&after=" + bad);
			assertThat(answer.status()).as(bad).isEqualTo(400);
			assertThat(answer.fieldErrors()).containsKey("after");
		}
		// a past list's cursor does not page the open queue
		assertThat(worker.get(REQUESTS + "?after=" + closedCursor).status()).isEqualTo(400);
	}

	@Test
	void largeListsAreCountedUpToTenThousandThenEstimatedAndExactlyOnDemand() {
		String big = "from generate_series(1, 436212) g where g > :min";
		assertThat(ListTotals.of(jdbc, "from generate_series(1, 9000) g where g > :min", Map.of("min", 0), false))
			.isEqualTo(Total.exact(9000));
		Total estimated = ListTotals.of(jdbc, big, Map.of("min", 0), false);
		assertThat(estimated.kind()).isIn(Total.Kind.ABOUT, Total.Kind.MORE_THAN);
		assertThat(estimated.value()).isGreaterThanOrEqualTo(Total.EXACT_UP_TO);
		assertThat(ListTotals.of(jdbc, big, Map.of("min", 0), true)).isEqualTo(Total.exact(436_212));
		assertThat(Total.about(436_212)).isEqualTo(new Total(436_000, Total.Kind.ABOUT));
		assertThat(Total.about(10_449)).isEqualTo(new Total(10_400, Total.Kind.ABOUT));
		assertThat(Total.about(8_000)).isEqualTo(new Total(10_000, Total.Kind.MORE_THAN));
	}

	@Test
	void largeListsAreCountedAboutOrAsMoreThanInEveryLanguage() {
		assertThat(messages.getMessage("slice.ABOUT", new Object[] { 1L, 20L, 436_000L }, Locale.ENGLISH))
			.isEqualTo("1–20 of about 436,000");
		assertThat(messages.getMessage("slice.MORE_THAN", new Object[] { 21L, 40L, 10_000L }, Locale.ENGLISH))
			.isEqualTo("21–40 of more than 10,000");
		assertThat(messages.getMessage("slice.ABOUT", new Object[] { 1L, 20L, 436_000L }, Locale.CHINESE))
			.isEqualTo("第 1–20 条，约 436,000 条");
	}

	private String page(String path) throws Exception {
		return mvc.perform(get(path).cookie(new Cookie("lang", "en"))
			.with(user(users.loadUserByUsername(world.workerA())))).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private static List<String> numbers(String html) {
		List<String> found = new ArrayList<>();
		Matcher m = NUMBER.matcher(html);
		while (m.find()) {
			found.add(m.group(1));
		}
		return found;
	}

	private static boolean absent(JsonNode node) {
		return node.isNull() || node.isMissingNode();
	}

	private static List<String> numbers(JsonNode page) {
		return page.path("items").values().stream().map(r -> r.path("number").asString()).toList();
	}

	private static List<String> allNumbers(ApiClient client, String query) {
		List<String> seen = new ArrayList<>();
		JsonNode page = client.get(REQUESTS + query).json();
		seen.addAll(numbers(page));
		while (!page.path("next").isNull() && !page.path("next").isMissingNode()) {
			page = client.get(REQUESTS + query + "&after=" + page.path("next").asString()).json();
			seen.addAll(numbers(page));
		}
		return seen;
	}

	/** A request straight into the table; {@code due} is its response deadline (none answered yet). */
	private Row insert(UUID unit, String status, UUID category, Instant submitted, Instant due) {
		Instant responseDue = due != null ? due : submitted.plus(Duration.ofHours(1));
		Row row = new Row(UUID.randomUUID(), prefix + String.format("%03d", ++sequence), category, submitted,
				responseDue);
		jdbc.sql("""
				insert into service_request (id, number, category_id, description, channel, contact_name, language,
				    first_responsible_unit_id, unit_id, status, submitted_at, response_due, resolve_due, resolved_at,
				    closed_at)
				values (?, ?, ?, '测试', 'PHONE', '测试', 'zh', ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(row.id(), row.number(), category, unit, unit, status, Timestamp.from(submitted),
					Timestamp.from(responseDue), Timestamp.from(responseDue.plus(Duration.ofDays(1))),
					due == null ? Timestamp.from(submitted.plus(Duration.ofHours(2))) : null,
					due == null ? Timestamp.from(submitted.plus(Duration.ofHours(3))) : null)
			.update();
		return row;
	}

	record Row(UUID id, String number, UUID category, Instant submitted, Instant due) {
	}
}
