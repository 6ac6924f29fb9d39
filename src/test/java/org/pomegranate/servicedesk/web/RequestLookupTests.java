package org.pomegranate.servicedesk.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pomegranate.ApiClient;
import org.pomegranate.ApiClient.Response;
import org.pomegranate.IntegrationTest;
import org.pomegranate.TestFixtures;
import org.pomegranate.TestFixtures.World;
import org.pomegranate.servicedesk.Intake;
import org.pomegranate.servicedesk.IntakeReceipt;
import org.pomegranate.servicedesk.RequestHandling;
import org.pomegranate.servicedesk.ServiceCatalogue;
import org.pomegranate.servicedesk.ServiceDesk;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/**
 * Following a request without an account: the number and the phone it was filed with find it; a
 * wrong phone and a wrong number answer exactly alike; the answer holds no name, no phone, no room
 * and no staff note; each find is audited; too many tries on one number are refused (429).
 */
@IntegrationTest
class RequestLookupTests {

	private static final String LOOKUP = "/api/v1/service-requests/lookup";

	@LocalServerPort
	int port;

	@Autowired
	JsonMapper json;

	@Autowired
	TestFixtures fixtures;

	@Autowired
	ServiceDesk desk;

	@Autowired
	RequestHandling handling;

	@Autowired
	ServiceCatalogue catalogue;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	World world;
	ApiClient anonymous;
	String phone;
	IntakeReceipt receipt;

	@BeforeEach
	void setUp() {
		world = fixtures.world();
		anonymous = new ApiClient(port, json).anonymous();
		phone = "139" + String.format("%08d", Math.abs(UUID.randomUUID().hashCode()) % 100_000_000);
		receipt = desk.intake(new Intake(catalogue.byCode("HOUSING_REPAIR").id(), "楼道漏水\n我家在502", Map.of("part",
				"pipe"), null, null, null, world.compoundName() + " 1号楼 2单元 502", null, "路过的居民" + world.suffix(),
				phone, "zh", null), null);
		fixtures.as(world.workerA(), () -> {
			handling.accept(receipt.id());
			handling.resolve(receipt.id(), "师傅说阀门在三楼，已修好（内部备注）");
			return null;
		});
	}

	@Test
	void theRightNumberAndPhoneFindOnlyThePublicFacts() {
		Response found = anonymous.post(LOOKUP, Map.of("number", receipt.number(), "phone", phone));
		assertThat(found.status()).isEqualTo(200);
		assertThat(found.json().path("status").asString()).isEqualTo("RESOLVED");
		assertThat(found.json().path("category").path("code").asString()).isEqualTo("HOUSING_REPAIR");
		assertThat(found.json().path("steps").values()).extracting(s -> s.path("kind").asString())
			.containsExactly("SUBMITTED", "ACCEPTED", "RESOLVED");
		assertThat(found.body()).doesNotContain("路过的居民", phone, "502", "内部备注", "网格员甲", "楼道漏水");
		// the number may be typed in lower case and the phone with spaces
		assertThat(anonymous.post(LOOKUP, Map.of("number", receipt.number().toLowerCase(), "phone",
				phone.substring(0, 3) + " " + phone.substring(3))).status()).isEqualTo(200);
		assertThat(jdbc.sql("select count(*) from audit_entry where subject_id = ? and action = 'VIEW' and detail like '%lookup%'")
			.param(receipt.id()).query(Long.class).single()).isEqualTo(2);
	}

	@Test
	void aWrongPhoneAndAWrongNumberAnswerExactlyAlike() {
		Response wrongPhone = anonymous.post(LOOKUP, Map.of("number", receipt.number(), "phone", "13000000000"));
		Response wrongNumber = anonymous.post(LOOKUP, Map.of("number", "HX-1999-999999", "phone", phone));
		assertThat(wrongPhone.status()).isEqualTo(404);
		assertThat(wrongNumber.status()).isEqualTo(404);
		assertThat(wrongPhone.body()).isEqualTo(wrongNumber.body());
		assertThat(jdbc.sql("select count(*) from audit_entry where subject_id = ?").param(receipt.id())
			.query(Long.class).single()).isEqualTo(jdbc.sql("select count(*) from audit_entry where subject_id = ? "
					+ "and detail not like '%lookup%'").param(receipt.id()).query(Long.class).single());
		// bad input is a 400 naming the field, control characters too
		assertThat(anonymous.post(LOOKUP, Map.of("number", receipt.number(), "phone", "")).status()).isEqualTo(400);
		assertThat(anonymous.post(LOOKUP, Map.of("number", "HX\u0000", "phone", phone)).status()).isEqualTo(400);
		assertThat(anonymous.post(LOOKUP, Map.of("number", "H".repeat(31), "phone", phone)).status()).isEqualTo(400);
	}

	@Test
	void tooManyTriesOnOneNumberAreRefused() {
		String number = "HX-" + UUID.randomUUID().toString().substring(0, 8);
		for (int i = 0; i < 5; i++) {
			assertThat(anonymous.post(LOOKUP, Map.of("number", number, "phone", "1390000000" + i)).status())
				.isEqualTo(404);
		}
		Response refused = anonymous.post(LOOKUP, Map.of("number", number, "phone", "13900000009"));
		assertThat(refused.status()).isEqualTo(429);
		assertThat(refused.header("Retry-After")).isPresent();
	}

	@Test
	void thePageFindsItWithoutAnAccountAndAnswersAWrongPhoneLikeAWrongNumber() throws Exception {
		MockHttpServletResponse page = mvc.perform(post("/requests/lookup").with(csrf()).param("number",
				receipt.number()).param("phone", phone)).andReturn().getResponse();
		assertThat(page.getStatus()).isEqualTo(200);
		assertThat(page.getContentAsString(StandardCharsets.UTF_8)).contains("id=\"lookup-result\"", "已办结", "房屋维修",
				"受理").doesNotContain("路过的居民", phone, "502", "内部备注");
		MockHttpServletResponse wrong = mvc.perform(post("/requests/lookup").with(csrf()).param("number",
				receipt.number()).param("phone", "13000000000")).andReturn().getResponse();
		assertThat(wrong.getStatus()).isEqualTo(404);
		assertThat(wrong.getContentAsString(StandardCharsets.UTF_8)).contains("没有找到").doesNotContain("lookup-result");
	}

	/**
	 * A lookup counts its tries in transactions of their own. Were it to hold a connection while it
	 * waited for another, as many lookups at once as the pool has connections would wait on each
	 * other until the pool gave up, and everyone's calls would answer 503 meanwhile: a denial of
	 * service for anyone with a script. Each of these comes from its own address, so no limit is hit.
	 */
	@Test
	void manyLookupsAtOnceNeverHoldTheWholeConnectionPool() throws Exception {
		int parallel = 120;
		ExecutorService threads = Executors.newFixedThreadPool(parallel);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<Integer>> answers = new ArrayList<>();
		for (int i = 0; i < parallel; i++) {
			String address = "198.51.100." + (i + 1);
			String body = json.writeValueAsString(Map.of("number", "HX-" + UUID.randomUUID().toString().substring(0, 8),
					"phone", phone));
			answers.add(threads.submit(() -> {
				start.await();
				return mvc.perform(post(LOOKUP).contentType(MediaType.APPLICATION_JSON).content(body).with(csrf())
					.with(request -> {
						request.setRemoteAddr(address);
						return request;
					})).andReturn().getResponse().getStatus();
			}));
		}
		start.countDown();
		List<Integer> statuses = new ArrayList<>();
		for (Future<Integer> answer : answers) {
			statuses.add(answer.get());
		}
		threads.shutdown();
		assertThat(statuses).containsOnly(404);
	}
}
