package org.pomegranate.servicedesk.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pomegranate.IntegrationTest;
import org.pomegranate.TestFixtures;
import org.pomegranate.TestFixtures.World;
import org.pomegranate.identity.Role;
import org.pomegranate.notifications.Notifications;
import org.pomegranate.registry.RegistryManagement;
import org.pomegranate.servicedesk.Channel;
import org.pomegranate.servicedesk.Intake;
import org.pomegranate.servicedesk.IntakeReceipt;
import org.pomegranate.servicedesk.ServiceCatalogue;
import org.pomegranate.servicedesk.ServiceCategory;
import org.pomegranate.servicedesk.ServiceDesk;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/**
 * The staff workbench through the whole filter chain (MockMvc on the shared context): the queue
 * and its filters, a request's page and its acts, refusals shown as translated messages, scope
 * between grids, staff intake with its form token and its file check, and the notifications badge.
 */
@IntegrationTest
class WorkbenchPagesTests {

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
	Notifications notifications;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	@LocalServerPort
	int port;

	World world;
	UUID residentA;
	ServiceCategory repair;
	ServiceCategory utilities;

	@BeforeEach
	void setUp() {
		world = fixtures.world();
		UUID household = fixtures.as(world.head(),
				() -> registry.createHousehold(TestFixtures.household(world.buildingA1(), "1", "101")));
		residentA = fixtures.as(world.head(),
				() -> registry.createResident(TestFixtures.resident(household, "才让卓玛", "13812345678", null)));
		repair = catalogue.byCode("HOUSING_REPAIR");
		utilities = catalogue.byCode("UTILITIES");
	}

	@Test
	void theQueueShowsOpenRequestsWithCountdownsAndFilters() throws Exception {
		IntakeReceipt leak = take(repair, Map.of("part", "pipe"), "厨房水管漏水");
		IntakeReceipt power = take(utilities, Map.of("utility", "power"), "楼道停电");

		String queue = body(perform(get("/workbench"), world.workerA()));
		assertThat(queue).contains(leak.number(), power.number(), "房屋维修", "水电气暖", "还剩 23 小时", "还剩 1 小时",
				"网格员甲" + world.suffix(), "我的待办");

		MockHttpServletResponse filtered = perform(get("/workbench").param("category", repair.id().toString())
			.header("HX-Request", "true"), world.workerA());
		assertThat(body(filtered)).doesNotContain("<html").contains(leak.number()).doesNotContain(power.number())
			.contains("id=\"pg-lang\"");
		assertThat(body(perform(get("/workbench").param("tier", "UTILITIES"), world.workerA())))
			.contains(power.number()).doesNotContain(leak.number());
		assertThat(body(perform(get("/workbench").param("status", "RESOLVED"), world.workerA())))
			.doesNotContain(leak.number());

		// the community head is assigned none of them, but sees them on the unit's queue
		assertThat(body(perform(get("/workbench").param("tab", "mine"), world.head()))).doesNotContain(leak.number());
		assertThat(body(perform(get("/workbench").param("tab", "unit"), world.head()))).contains(leak.number());

		assertThat(body(perform(get("/workbench").cookie(new Cookie("lang", "en")), world.workerA())))
			.contains("23 h left", "Housing repair");

		// the power cut waited too long: it comes first, in red
		jdbc.sql("update service_request set response_due = now() - interval '2 hours 10 minutes' where id = ?")
			.param(power.id()).update();
		String overdue = body(perform(get("/workbench"), world.workerA()));
		assertThat(overdue).contains("已超时 2 小时").contains("pg-overdue");
		assertThat(overdue.indexOf(power.number())).isLessThan(overdue.indexOf(leak.number()));
	}

	@Test
	void theRequestPageShowsTheRecordAndTheTimeline() throws Exception {
		IntakeReceipt leak = take(repair, Map.of("part", "pipe"), "厨房水管漏水");
		MockHttpServletResponse page = perform(get("/workbench/requests/" + leak.id()), world.workerA());
		assertThat(page.getStatus()).isEqualTo(200);
		assertThat(body(page)).contains(leak.number(), "厨房水管漏水", "需要修什么", "水管", "才让卓玛", "139****2222",
				"提交了诉求", "按住户所在楼栋派到 第一网格" + world.suffix(), "交给 网格员甲" + world.suffix() + " 办理", "受理",
				"转办", "退回并告知去处").doesNotContain("13900002222").doesNotContain("开始办理</button>");
	}

	@Test
	void acceptThenResolveByOneTapForms() throws Exception {
		IntakeReceipt leak = take(repair, Map.of("part", "pipe"), "厨房水管漏水");
		MockHttpServletResponse accepted = perform(post("/workbench/requests/" + leak.id() + "/accept").with(csrf()),
				world.workerA());
		assertThat(accepted.getStatus()).isEqualTo(302);
		assertThat(accepted.getRedirectedUrl()).isEqualTo("/workbench/requests/" + leak.id());
		assertThat(status(leak)).isEqualTo("ACCEPTED");
		assertThat(body(perform(get("/workbench/requests/" + leak.id()), world.workerA()))).contains("受理了诉求");

		MockHttpServletResponse noNote = perform(post("/workbench/requests/" + leak.id() + "/resolve").with(csrf())
			.param("note", " "), world.workerA());
		assertThat(noNote.getStatus()).isEqualTo(400);
		assertThat(body(noNote)).contains("必填");
		assertThat(status(leak)).isEqualTo("ACCEPTED");

		MockHttpServletResponse resolved = perform(post("/workbench/requests/" + leak.id() + "/resolve").with(csrf())
			.param("note", "已更换水管"), world.workerA());
		assertThat(resolved.getStatus()).isEqualTo(302);
		assertThat(status(leak)).isEqualTo("RESOLVED");
		assertThat(body(perform(get("/workbench/requests/" + leak.id()), world.workerA()))).contains("已更换水管",
				"记录电话回访评价");
	}

	@Test
	void aWrongTransitionShowsTheTranslated409Message() throws Exception {
		IntakeReceipt leak = take(repair, Map.of("part", "pipe"), "厨房水管漏水");
		MockHttpServletResponse start = perform(post("/workbench/requests/" + leak.id() + "/start").with(csrf()),
				world.workerA());
		assertThat(start.getStatus()).isEqualTo(409);
		assertThat(body(start)).contains("请先受理，再开始办理").contains(leak.number())
			.contains("href=\"/workbench/requests/" + leak.id() + "?lang=en\"");

		perform(post("/workbench/requests/" + leak.id() + "/accept").with(csrf()), world.workerA());
		MockHttpServletResponse again = perform(post("/workbench/requests/" + leak.id() + "/accept").with(csrf())
			.cookie(new Cookie("lang", "en")), world.head());
		assertThat(again.getStatus()).isEqualTo(409);
		assertThat(body(again)).doesNotContain("error.transition");
		assertThat(status(leak)).isEqualTo("ACCEPTED");
	}

	@Test
	void transferAndMergeFromTheRequestPage() throws Exception {
		IntakeReceipt first = take(repair, Map.of("part", "pipe"), "厨房水管漏水");
		IntakeReceipt again = take(repair, Map.of("part", "pipe"), "厨房水管又漏水");

		String page = body(perform(get("/workbench/requests/" + again.id()), world.workerA()));
		assertThat(page).contains("第二网格" + world.suffix()).contains("合并到 " + first.number())
			.doesNotContain("<option value=\"" + world.gridA().id() + "\"");
		MockHttpServletResponse merged = perform(post("/workbench/requests/" + again.id() + "/merge").with(csrf())
			.param("into", first.id().toString()), world.workerA());
		assertThat(merged.getStatus()).isEqualTo(302);
		assertThat(status(again)).isEqualTo("MERGED");

		MockHttpServletResponse noReason = perform(post("/workbench/requests/" + first.id() + "/transfer").with(csrf())
			.param("unitId", world.gridB().id().toString()).param("reason", ""), world.workerA());
		assertThat(noReason.getStatus()).isEqualTo(400);
		assertThat(status(first)).isEqualTo("SUBMITTED");
		MockHttpServletResponse transferred = perform(post("/workbench/requests/" + first.id() + "/transfer").with(csrf())
			.param("unitId", world.gridB().id().toString()).param("reason", "楼栋属于第二网格"), world.workerA());
		assertThat(transferred.getStatus()).isEqualTo(302);
		assertThat(status(first)).isEqualTo("TRANSFERRED");
		assertThat(body(perform(get("/workbench/requests/" + first.id()), world.workerB()))).contains("楼栋属于第二网格",
				"转办到 第二网格" + world.suffix());
	}

	@Test
	void aRejectionNamesWhereToGo() throws Exception {
		IntakeReceipt leak = take(repair, Map.of("part", "pipe"), "小区外的路灯坏了");
		MockHttpServletResponse rejected = perform(post("/workbench/requests/" + leak.id() + "/reject").with(csrf())
			.param("referral", "路灯归市政管理，请拨打12319"), world.workerA());
		assertThat(rejected.getStatus()).isEqualTo(302);
		assertThat(status(leak)).isEqualTo("REJECTED");
		assertThat(body(perform(get("/workbench/requests/" + leak.id()), world.workerA()))).contains("路灯归市政管理，请拨打12319",
				"退回，并告知去处").doesNotContain("退回并告知去处</summary>");
	}

	@Test
	void anotherGridsWorkerGets404ForTheRequestAndItsActs() throws Exception {
		IntakeReceipt leak = take(repair, Map.of("part", "pipe"), "厨房水管漏水");
		MockHttpServletResponse page = perform(get("/workbench/requests/" + leak.id()), world.workerB());
		assertThat(page.getStatus()).isEqualTo(404);
		assertThat(body(page)).contains("没有找到，或您无权查看。").doesNotContain("厨房水管漏水");
		assertThat(perform(post("/workbench/requests/" + leak.id() + "/accept").with(csrf()), world.workerB())
			.getStatus()).isEqualTo(404);
		assertThat(perform(post("/workbench/requests/" + leak.id() + "/reveal-phone").with(csrf()).param("purpose", "CONTACT_ABOUT_REQUEST").param("note", "回电诉求人，了解进展"),
				world.workerB()).getStatus()).isEqualTo(404);
		assertThat(body(perform(get("/workbench").param("tab", "unit"), world.workerB()))).doesNotContain(leak.number());
		assertThat(status(leak)).isEqualTo("SUBMITTED");
	}

	@Test
	void aDoubleSubmittedIntakeFormCreatesOneRequest() throws Exception {
		MockHttpServletResponse form = perform(get("/workbench/intake").param("residentId", residentA.toString()),
				world.workerA());
		assertThat(body(form)).contains("为 才让卓玛").contains("name=\"formToken\"");
		String token = UUID.randomUUID().toString();
		String description = "楼上漏水 " + token;
		MockHttpServletResponse first = perform(intakeForm(token, description), world.workerA());
		MockHttpServletResponse second = perform(intakeForm(token, description), world.workerA());
		assertThat(first.getStatus()).isEqualTo(302);
		assertThat(second.getRedirectedUrl()).isEqualTo(first.getRedirectedUrl());
		assertThat(jdbc.sql("select count(*) from service_request where description = ?").param(description)
			.query(Long.class).single()).isEqualTo(1);
		assertThat(body(perform(get(first.getRedirectedUrl()), world.workerA()))).contains(description, "才让卓玛");
	}

	@Test
	void aDisguisedUploadIsRefusedWithTheTranslatedMessageAndNothingIsCreated() throws Exception {
		String description = "附照片 " + UUID.randomUUID();
		MockHttpServletResponse refused = perform(intakeForm(UUID.randomUUID().toString(), description)
			.file(new MockMultipartFile("attachments", "photo.jpg", "image/jpeg", "just text".getBytes())),
				world.workerA());
		assertThat(refused.getStatus()).isEqualTo(200);
		assertThat(body(refused)).contains("只能上传照片（JPEG、PNG）或 PDF 文件").contains(description);
		assertThat(jdbc.sql("select count(*) from service_request where description = ?").param(description)
			.query(Long.class).single()).isZero();

		MockHttpServletResponse missing = perform(multipart("/workbench/intake").with(csrf())
			.param("categoryId", repair.id().toString()).param("channel", "PHONE").param("description", "")
			.param("formToken", UUID.randomUUID().toString()), world.workerA());
		assertThat(body(missing)).contains("不能为空").contains("必填").contains("请检查标红的内容。");
	}

	/** The intake draws the category's questions with the portal's partial, in its compact staff form. */
	@Test
	void theCategorysQuestionsFollowTheChoiceAndComeBackAnswered() throws Exception {
		String fields = body(perform(get("/workbench/intake/fields").param("categoryId", repair.id().toString()),
				world.workerA()));
		assertThat(fields).contains("id=\"extra-fields\"", "需要修什么", "name=\"extra.part\"", "type=\"radio\"", "水管",
				"class=\"pg-required\"", "btn btn-outline-secondary")
			.doesNotContain("（可不填）", "btn pg-choice");
		assertThat(body(perform(get("/workbench/intake/fields").param("categoryId", UUID.randomUUID().toString()),
				world.workerA()))).doesNotContain("需要修什么");

		MockHttpServletResponse back = perform(multipart("/workbench/intake").with(csrf())
			.param("categoryId", repair.id().toString()).param("channel", "PHONE").param("description", "")
			.param("extra.part", "roof").param("extra.leftOver", "x").param("formToken", UUID.randomUUID().toString()),
				world.workerA());
		assertThat(body(back)).containsPattern("value=\"roof\"[^>]*checked").doesNotContain("leftOver");
		assertThat(perform(get("/workbench/intake/fields").param("categoryId", repair.id().toString()), world.head())
			.getStatus()).isEqualTo(200);
	}

	@Test
	void theNavigationCountsUnreadNotificationsAndOpeningOneMarksItRead() throws Exception {
		IntakeReceipt leak = take(repair, Map.of("part", "pipe"), "厨房水管漏水");
		UUID workerA = fixtures.accountId(world.workerA());
		long unread = notifications.unreadCount(workerA);
		assertThat(unread).isPositive();
		// the link's name is its visible text, the count and a hidden word: "通知 3 条未读"
		assertThat(body(perform(get("/workbench"), world.workerA())))
			.contains("<span class=\"pg-count\">" + unread + "</span><span class=\"visually-hidden\"> 条未读</span>");

		String list = body(perform(get("/notifications"), world.workerA()));
		assertThat(list).contains("新诉求 " + leak.number() + " 等您处理");
		long id = notifications.recent(workerA, 1).get(0).id();
		MockHttpServletResponse open = perform(post("/notifications/" + id + "/open").with(csrf()), world.workerA());
		assertThat(open.getRedirectedUrl()).isEqualTo("/workbench/requests/" + leak.id());
		assertThat(notifications.unreadCount(workerA)).isEqualTo(unread - 1);

		perform(post("/notifications/read-all").with(csrf()), world.workerA());
		assertThat(notifications.unreadCount(workerA)).isZero();
		assertThat(body(perform(get("/workbench"), world.workerA()))).doesNotContain("class=\"pg-count\"");
	}

	@Test
	void theCatalogueRefusesDeadlinesOutOfOrder() throws Exception {
		String admin = fixtures.account("adm" + world.suffix(), "管理员", Role.SYSTEM_ADMIN, null);
		assertThat(body(perform(get("/admin/catalogue"), admin))).contains("房屋维修", "168");
		MockHttpServletResponse refused = perform(post("/admin/catalogue/" + repair.id()).with(csrf())
			.param("responseHours", "48").param("resolveHours", "24").param("active", "true"), admin);
		assertThat(refused.getStatus()).isEqualTo(400);
		assertThat(body(refused)).contains("办结时限不能短于响应时限");
		assertThat(catalogue.byCode("HOUSING_REPAIR").responseMinutes()).isEqualTo(repair.responseMinutes());
		assertThat(perform(get("/admin/catalogue"), world.head()).getStatus()).isEqualTo(403);
	}

	/**
	 * Over the real server: Tomcat refuses a file over the limit while reading the fields, before
	 * any controller. The person gets their form back with the message, not the server's bare 413.
	 */
	@Test
	void aTooLargeUploadGoesBackToTheFormWithTheTranslatedMessage() throws Exception {
		String base = "http://localhost:" + port;
		HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		String login = http.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
				HttpResponse.BodyHandlers.ofString()).body();
		String signIn = "username=" + world.workerA() + "&password=" + TestFixtures.PASSWORD + "&_csrf="
				+ find(login, "name=\"_csrf\" value=\"([^\"]+)\"");
		assertThat(http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(signIn))
			.build(), HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(302);
		String form = http.send(HttpRequest.newBuilder(URI.create(base + "/workbench/intake")).build(),
				HttpResponse.BodyHandlers.ofString()).body();
		String action = find(form, "action=\"(/workbench/intake[^\"]*)\"").replace("&amp;", "&");

		String description = "大文件 " + UUID.randomUUID();
		String boundary = "----pg" + UUID.randomUUID();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		for (String[] field : new String[][] { { "categoryId", repair.id().toString() }, { "channel", "PHONE" },
				{ "description", description }, { "formToken", UUID.randomUUID().toString() } }) {
			body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field[0] + "\"\r\n\r\n"
					+ field[1] + "\r\n").getBytes(StandardCharsets.UTF_8));
		}
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"attachments\"; filename=\"big.jpg\"\r\n"
				+ "Content-Type: image/jpeg\r\n\r\n").getBytes(StandardCharsets.UTF_8));
		// over the parser's own limit (a file just over the attachment policy's 5 MB reaches the controller)
		body.writeBytes(new byte[17 * 1024 * 1024]);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		HttpResponse<Void> refused = http.send(HttpRequest.newBuilder(URI.create(base + action))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.header("Referer", base + "/workbench/intake?residentId=" + residentA)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(), HttpResponse.BodyHandlers.discarding());
		assertThat(refused.statusCode()).isEqualTo(302);
		String back = refused.headers().firstValue("Location").orElseThrow();
		assertThat(back).endsWith("/workbench/intake?residentId=" + residentA);
		String page = http.send(HttpRequest.newBuilder(URI.create(back.startsWith("/") ? base + back : back)).build(),
				HttpResponse.BodyHandlers.ofString()).body();
		assertThat(page).contains("上传的文件太大").contains("为 才让卓玛");
		assertThat(jdbc.sql("select count(*) from service_request where description = ?").param(description)
			.query(Long.class).single()).isZero();
	}

	private static String find(String html, String regex) {
		Matcher m = Pattern.compile(regex).matcher(html);
		assertThat(m.find()).as(regex).isTrue();
		return m.group(1);
	}

	private IntakeReceipt take(ServiceCategory category, Map<String, Object> extra, String description) {
		return fixtures.as(world.workerA(), () -> desk.intake(new Intake(category.id(), description, extra, Channel.PHONE,
				residentA, null, null, null, null, "13900002222", null, List.of()), null));
	}

	private MockMultipartHttpServletRequestBuilder intakeForm(String token, String description) {
		return multipart("/workbench/intake").param("categoryId", repair.id().toString()).param("extra.part", "roof")
			.param("channel", "WALK_IN").param("residentId", residentA.toString()).param("description", description)
			.param("formToken", token).with(csrf());
	}

	private String status(IntakeReceipt receipt) {
		return jdbc.sql("select status from service_request where id = ?").param(receipt.id()).query(String.class)
			.single();
	}

	private MockHttpServletResponse perform(AbstractMockHttpServletRequestBuilder<?> request, String username)
			throws Exception {
		return mvc.perform(request.with(user(users.loadUserByUsername(username)))).andReturn().getResponse();
	}

	private static String body(MockHttpServletResponse response) throws Exception {
		return response.getContentAsString(StandardCharsets.UTF_8);
	}
}
