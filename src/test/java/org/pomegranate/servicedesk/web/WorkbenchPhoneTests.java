package org.pomegranate.servicedesk.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
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
import org.pomegranate.IntegrationTest;
import org.pomegranate.TestFixtures;
import org.pomegranate.TestFixtures.World;
import org.pomegranate.registry.RegistryManagement;
import org.pomegranate.servicedesk.Channel;
import org.pomegranate.servicedesk.Intake;
import org.pomegranate.servicedesk.IntakeReceipt;
import org.pomegranate.servicedesk.ServiceCatalogue;
import org.pomegranate.servicedesk.ServiceDesk;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/**
 * The grid worker's phone through the whole filter chain: queue cards in their order (emergencies,
 * then overdue), the search box within the caller's scope, the counts, a head's workbench falling
 * back on the unit's queue, acts answered in place for htmx and by redirect without it, a note sent
 * twice with one key written once, and the call button's audited reveal.
 */
@IntegrationTest
class WorkbenchPhoneTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestFixtures fixtures;

	@Autowired
	RegistryManagement registry;

	@Autowired
	ServiceDesk desk;

	@Autowired
	ServiceCatalogue catalogue;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	World world;
	UUID residentA;

	@BeforeEach
	void setUp() {
		world = fixtures.world();
		UUID household = fixtures.as(world.head(),
				() -> registry.createHousehold(TestFixtures.household(world.buildingA1(), "1", "101")));
		residentA = fixtures.as(world.head(),
				() -> registry.createResident(TestFixtures.resident(household, "才让卓玛", "13812345678", null)));
	}

	@Test
	void cardsPutEmergenciesFirstThenOverdueAndShowTheFirstLineAndAddress() throws Exception {
		IntakeReceipt later = take("HOUSING_REPAIR", Map.of("part", "pipe"), "厨房水管漏水\n已经漏了两天");
		IntakeReceipt late = take("HOUSING_REPAIR", Map.of("part", "roof"), "屋顶渗水");
		overdue(late);
		IntakeReceipt gas = take("EMERGENCY", Map.of("danger", "gas"), "楼道里燃气味很浓");

		String queue = body(perform(get("/workbench"), world.workerA()));
		assertThat(queue.indexOf(gas.number())).isLessThan(queue.indexOf(late.number()));
		assertThat(queue.indexOf(late.number())).isLessThan(queue.indexOf(later.number()));
		// the whole card is the link, with the first line of what was asked and the address
		assertThat(queue).contains("pg-qcard-emergency").contains("厨房水管漏水").doesNotContain("已经漏了两天")
			.contains("夏都花园" + world.suffix()).containsPattern("<a href=\"/workbench/requests/" + gas.id()
					+ "\">\\s*<span class=\"pg-qcard-top\">");
		assertThat(queue).contains("待办 3 条").contains("超时 1 条");

		// the start page's top: the same counts and cards
		String home = body(perform(get("/workbench/home").header("HX-Request", "true"), world.workerA()));
		assertThat(home).doesNotContain("<html").contains("待办 3 条", "超时 1 条", gas.number(), "查看全部 3 条");
	}

	@Test
	void theSearchFindsByNumberOrWordsWithinTheCallersScopeOnly() throws Exception {
		IntakeReceipt leak = take("HOUSING_REPAIR", Map.of("part", "pipe"), "厨房水管漏水，地上全是水");
		take("HOUSING_REPAIR", Map.of("part", "roof"), "屋顶渗水");
		String sequence = leak.number().substring(leak.number().lastIndexOf('-') + 1);

		assertThat(found(leak.number(), world.workerA())).containsExactly(leak.number());
		assertThat(found(leak.number().toLowerCase(), world.workerA())).containsExactly(leak.number());
		assertThat(found(sequence, world.workerA())).containsExactly(leak.number());
		assertThat(found(String.valueOf(Long.parseLong(sequence)), world.workerA())).containsExactly(leak.number());
		assertThat(found("水管 地上", world.workerA())).containsExactly(leak.number());
		// each word in the description or the address
		assertThat(found("夏都花园" + world.suffix() + " 水管", world.workerA())).containsExactly(leak.number());
		assertThat(found("水管 屋顶", world.workerA())).isEmpty();
		assertThat(found("100%", world.workerA())).isEmpty();
		// grid B's worker does not find grid A's request, by number or by words
		assertThat(found(leak.number(), world.workerB())).isEmpty();
		assertThat(found("水管", world.workerB())).isEmpty();
		assertThat(perform(get("/workbench").param("q", "水".repeat(61)), world.workerA()).getStatus()).isEqualTo(400);
	}

	@Test
	void aHeadWhoseOwnQueueIsEmptyStartsOnTheUnitsQueue() throws Exception {
		IntakeReceipt leak = take("HOUSING_REPAIR", Map.of("part", "pipe"), "厨房水管漏水");
		String head = body(perform(get("/workbench"), world.head()));
		assertThat(head).contains("您的待办是空的，下面是本单位的待办。").contains(leak.number());
		// asked for explicitly, her own (empty) queue stays hers
		assertThat(body(perform(get("/workbench").param("tab", "mine"), world.head()))).doesNotContain(leak.number());
	}

	@Test
	void actsAnswerInPlaceForHtmxAndWithARedirectWithout() throws Exception {
		IntakeReceipt leak = take("HOUSING_REPAIR", Map.of("part", "pipe"), "厨房水管漏水");
		String base = "/workbench/requests/" + leak.id();

		MockHttpServletResponse accepted = perform(post(base + "/accept").with(csrf()).header("HX-Request", "true"),
				world.workerA());
		assertThat(accepted.getStatus()).isEqualTo(200);
		String panel = body(accepted);
		assertThat(panel).doesNotContain("<html").contains("id=\"request-live\"").contains("已受理。")
			.contains("id=\"timeline\"").contains("hx-swap-oob=\"true\"").contains("受理了诉求");
		// after accepting, the main button resolves, with its note on the same screen; "start" is optional
		assertThat(panel).contains("办理结果（会告诉居民）").containsOnlyOnce(">办结</button>")
			.contains("btn btn-outline-secondary\">开始办理");

		MockHttpServletResponse refused = perform(post(base + "/resolve").with(csrf()).header("HX-Request", "true"),
				world.workerA());
		assertThat(refused.getStatus()).isEqualTo(400);
		assertThat(body(refused)).contains("id=\"request-live\"").contains("alert-danger");

		MockHttpServletResponse resolved = perform(post(base + "/resolve").with(csrf()).param("note", "已更换水管接头"),
				world.workerA());
		assertThat(resolved.getStatus()).isEqualTo(302);
		assertThat(resolved.getRedirectedUrl()).isEqualTo(base);
		assertThat(jdbc.sql("select status from service_request where id = ?").param(leak.id()).query(String.class)
			.single()).isEqualTo("RESOLVED");
	}

	@Test
	void aNoteSentTwiceWithOneKeyIsWrittenOnce() throws Exception {
		IntakeReceipt leak = take("HOUSING_REPAIR", Map.of("part", "pipe"), "厨房水管漏水");
		String key = UUID.randomUUID().toString();
		String base = "/workbench/requests/" + leak.id() + "/note";
		for (int i = 0; i < 2; i++) {
			MockHttpServletResponse sent = perform(post(base).with(csrf()).param("note", "上门查看，需要买配件")
				.param("key", key), world.workerA());
			assertThat(sent.getStatus()).isEqualTo(302);
		}
		// the same key from two phones at once: the database lets one through
		String raced = UUID.randomUUID().toString();
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			List<Future<Integer>> answers = new ArrayList<>();
			for (int i = 0; i < 2; i++) {
				Callable<Integer> post = () -> perform(post(base).with(csrf()).param("note", "配件已买到").param("key", raced),
						world.workerA()).getStatus();
				answers.add(pool.submit(post));
			}
			for (Future<Integer> answer : answers) {
				assertThat(answer.get()).isEqualTo(302);
			}
		}
		finally {
			pool.shutdown();
		}
		assertThat(notes(leak)).containsExactly("上门查看，需要买配件", "配件已买到");

		// without a key, a note is simply written; with bad input nothing is
		assertThat(perform(post(base).with(csrf()).param("note", ""), world.workerA()).getStatus()).isEqualTo(400);
		assertThat(perform(post(base).with(csrf()).param("note", "x").param("key", "k".repeat(81)), world.workerA())
			.getStatus()).isEqualTo(400);
		assertThat(perform(post(base).with(csrf()).param("note", "坏\u0000字"), world.workerA()).getStatus())
			.isEqualTo(400);
		assertThat(perform(post(base).with(csrf()).param("note", "另一个网格").param("key", key), world.workerB())
			.getStatus()).isEqualTo(404);
		assertThat(notes(leak)).hasSize(2);
	}

	@Test
	void theCallButtonRevealsThroughTheAuditWithThePurposeFilledIn() throws Exception {
		IntakeReceipt leak = take("HOUSING_REPAIR", Map.of("part", "pipe"), "厨房水管漏水");
		String page = body(perform(get("/workbench/requests/" + leak.id()), world.workerA()));
		assertThat(page).contains("action=\"/workbench/requests/" + leak.id() + "/call\"").contains("data-call");

		MockHttpServletResponse dial = perform(post("/workbench/requests/" + leak.id() + "/call").with(csrf()),
				world.workerA());
		assertThat(dial.getStatus()).isEqualTo(303);
		assertThat(dial.getHeader("Location")).isEqualTo("tel:13900002222");
		assertThat(dial.getHeader("Cache-Control")).contains("no-store");
		MockHttpServletResponse fetched = perform(post("/workbench/requests/" + leak.id() + "/call").with(csrf())
			.header("X-Requested-With", "fetch"), world.workerA());
		assertThat(body(fetched)).isEqualTo("13900002222");
		List<Map<String, Object>> reveals = jdbc.sql("""
				select purpose, reason from audit_entry where action = 'REVEAL' and subject_id = ? order by id""")
			.param(leak.id()).query().listOfRows();
		assertThat(reveals).hasSize(2).allSatisfy(r -> {
			assertThat(r.get("purpose")).isEqualTo("CONTACT_ABOUT_REQUEST");
			assertThat((String) r.get("reason")).contains("致电联系诉求 " + leak.number());
		});
		// another grid's worker cannot call, and nothing is revealed
		assertThat(perform(post("/workbench/requests/" + leak.id() + "/call").with(csrf()), world.workerB()).getStatus())
			.isEqualTo(404);
	}

	@Test
	void theAppManifestAndServiceWorkerKeepOnlyTheStaticShell() throws Exception {
		MockHttpServletResponse manifest = perform(get("/workbench/manifest.webmanifest"), world.workerA());
		assertThat(manifest.getContentType()).startsWith("application/manifest+json");
		assertThat(body(manifest)).contains("\"start_url\":\"/workbench\"", "\"display\":\"standalone\"", "192x192",
				"512x512", "石榴籽诉求工作台");
		MockHttpServletResponse worker = perform(get("/workbench/sw.js"), world.workerA());
		assertThat(worker.getHeader("Service-Worker-Allowed")).isEqualTo("/workbench");
		String script = body(worker);
		assertThat(script).contains("/css/workbench-").contains("/js/workbench-").doesNotContain("/*SHELL*/")
			.doesNotContain("\"/workbench\"").doesNotContain("/my/").doesNotContain("/residents");
	}

	private List<String> found(String query, String username) throws Exception {
		String page = body(perform(get("/workbench").param("q", query).header("HX-Request", "true"), username));
		return java.util.regex.Pattern.compile("<span class=\"pg-number\">([^<]+)</span>").matcher(page).results()
			.map(m -> m.group(1)).toList();
	}

	private List<String> notes(IntakeReceipt receipt) {
		return jdbc.sql("select note from service_request_event where request_id = ? and kind = 'NOTED' order by id")
			.param(receipt.id()).query(String.class).list();
	}

	private void overdue(IntakeReceipt receipt) {
		Timestamp anHourAgo = Timestamp.from(Instant.now().minus(Duration.ofHours(1)));
		jdbc.sql("update service_request set response_due = ?, escalate_at = null where id = ?")
			.params(anHourAgo, receipt.id()).update();
	}

	private IntakeReceipt take(String category, Map<String, Object> extra, String description) {
		return fixtures.as(world.workerA(), () -> desk.intake(new Intake(catalogue.byCode(category).id(), description,
				extra, Channel.PHONE, residentA, null, null, null, null, "13900002222", null, List.of()), null));
	}

	private MockHttpServletResponse perform(AbstractMockHttpServletRequestBuilder<?> request, String username)
			throws Exception {
		return mvc.perform(request.with(user(users.loadUserByUsername(username)))).andReturn().getResponse();
	}

	private static String body(MockHttpServletResponse response) throws Exception {
		return response.getContentAsString(StandardCharsets.UTF_8);
	}
}
