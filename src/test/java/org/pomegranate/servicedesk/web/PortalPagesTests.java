package org.pomegranate.servicedesk.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pomegranate.IntegrationTest;
import org.pomegranate.TestFixtures;
import org.pomegranate.TestFixtures.World;
import org.pomegranate.registry.RegistryManagement;
import org.pomegranate.servicedesk.Intake;
import org.pomegranate.servicedesk.IntakeReceipt;
import org.pomegranate.servicedesk.RequestHandling;
import org.pomegranate.servicedesk.ServiceCatalogue;
import org.pomegranate.servicedesk.ServiceDesk;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The resident portal through the whole filter chain (MockMvc on the shared context): asking
 * without an account, a second press of "submit", another resident's request, rating twice and
 * reopening too late.
 */
@IntegrationTest
class PortalPagesTests {

	private static final String PHONE = "13987654321";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestFixtures fixtures;

	@Autowired
	RegistryManagement registry;

	@Autowired
	ServiceDesk desk;

	@Autowired
	RequestHandling handling;

	@Autowired
	ServiceCatalogue catalogue;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	World world;
	String repair;
	String residentA;
	String residentB;

	@BeforeEach
	void setUp() {
		world = fixtures.world();
		repair = catalogue.byCode("HOUSING_REPAIR").id().toString();
		residentA = resident(world.buildingA1(), "101", "卓玛" + world.suffix(), "ra");
		residentB = resident(world.buildingA2(), "202", "巴特尔" + world.suffix(), "rb");
	}

	@Test
	void withoutAnAccountTheRequestIsRoutedByTheAddressAndThePhoneIsStoredEncrypted() throws Exception {
		MockHttpServletResponse form = mvc.perform(get("/requests/new")).andReturn().getResponse();
		assertThat(form.getStatus()).isEqualTo(200);
		assertThat(body(form)).contains("提交新诉求", "您的姓名", "手机号码", "石榴社区" + world.suffix());

		String description = "楼道灯不亮 " + UUID.randomUUID();
		MvcResult sent = mvc.perform(anonymous(description, "t-" + UUID.randomUUID())
			.param("address", world.compoundName() + " 3号楼 2单元 501")).andReturn();
		assertThat(sent.getResponse().getRedirectedUrl()).isEqualTo("/requests/new/sent");
		IntakeReceipt receipt = (IntakeReceipt) sent.getFlashMap().get("receipt");

		Map<String, Object> row = jdbc.sql("select unit_id, contact_phone_cipher, r::text as whole from service_request r where id = ?")
			.param(receipt.id()).query().singleRow();
		assertThat(row.get("unit_id")).isEqualTo(world.gridB().id());
		assertThat((String) row.get("contact_phone_cipher")).isNotBlank().doesNotContain(PHONE);
		assertThat((String) row.get("whole")).doesNotContain(PHONE);

		// the receipt waits in the session (kept in the database), which the SESSION cookie names
		MockHttpServletResponse confirmation = mvc.perform(get("/requests/new/sent")
			.cookie(sent.getResponse().getCookie("SESSION"))).andReturn().getResponse();
		assertThat(body(confirmation)).contains(receipt.number(), "139****4321", "网格员会打电话")
			.doesNotContain(PHONE).doesNotContain("查看办理进度");
	}

	@Test
	void withoutAnAccountTheChosenCommunityGetsTheRequest() throws Exception {
		String description = "想咨询就近的老年食堂 " + UUID.randomUUID();
		MvcResult sent = mvc.perform(anonymous(description, "t-" + UUID.randomUUID())
			.param("communityId", world.community().id().toString())).andReturn();
		IntakeReceipt receipt = (IntakeReceipt) sent.getFlashMap().get("receipt");
		assertThat(jdbc.sql("select unit_id from service_request where id = ?").param(receipt.id()).query(UUID.class)
			.single()).isEqualTo(world.community().id());
	}

	@Test
	void withoutAnAccountNameAndPhoneAndPlaceAreAskedForAndNothingIsWritten() throws Exception {
		String description = "没有留电话 " + UUID.randomUUID();
		MockHttpServletResponse page = mvc.perform(multipart("/requests/new").with(csrf()).param("categoryId", repair)
			.param("extra.part", "pipe").param("description", description).param("contactPhone", "12345")
			.param("token", "t-" + UUID.randomUUID())).andReturn().getResponse();
		assertThat(page.getStatus()).isEqualTo(400);
		assertThat(body(page)).contains("请输入11位手机号码", "请写下地址，或选择您所在的社区", description);
		assertThat(countWith(description)).isZero();
	}

	@Test
	void aSecondPressOfSubmitMakesNoSecondRequest() throws Exception {
		String description = "窗户关不上 " + UUID.randomUUID();
		String token = "t-" + UUID.randomUUID();
		MvcResult first = mvc.perform(submit(residentA, description, token)).andReturn();
		MvcResult second = mvc.perform(submit(residentA, description, token)).andReturn();
		IntakeReceipt one = (IntakeReceipt) first.getFlashMap().get("receipt");
		IntakeReceipt two = (IntakeReceipt) second.getFlashMap().get("receipt");
		assertThat(two.number()).isEqualTo(one.number());
		assertThat(countWith(description)).isEqualTo(1);

		MockHttpServletResponse confirmation = mvc.perform(get("/requests/new/sent").with(as(residentA))
			.cookie(second.getResponse().getCookie("SESSION"))).andReturn().getResponse();
		assertThat(body(confirmation)).contains(one.number(), "查看办理进度", "/my/requests/" + one.id());
	}

	@Test
	void aResidentSeesTheirOwnRequestInPlainWordsButNotAnotherResidents() throws Exception {
		IntakeReceipt mine = submitAsCore(residentA, "厨房水管漏水");
		MockHttpServletResponse list = mvc.perform(get("/my/requests").with(as(residentA))).andReturn().getResponse();
		assertThat(body(list)).contains(mine.number(), "房屋维修", "已提交", "提交新诉求");
		// in traditional Mongolian, with the dates in numbers rather than the Cyrillic of the JDK's Mongolian
		MockHttpServletResponse inMongolian = mvc.perform(get("/my/requests").with(as(residentA))
			.cookie(new Cookie("lang", "mn"))).andReturn().getResponse();
		assertThat(body(inMongolian)).contains("ᠮᠢᠨᠤ ᠬᠦᠰᠡᠯᠲᠡ", "ᠭᠡᠷ ᠵᠠᠰᠠᠯ", "ᠲᠤᠰᠢᠶᠠᠭᠰᠠᠨ").doesNotContain("оны");

		MockHttpServletResponse page = mvc.perform(get("/my/requests/" + mine.id()).with(as(residentA))).andReturn()
			.getResponse();
		assertThat(body(page)).contains("厨房水管漏水", "已交给网格员甲" + world.suffix(), "前会联系您", "提交了诉求", "水管");

		MockHttpServletResponse theirs = mvc.perform(get("/my/requests/" + mine.id()).with(as(residentB))).andReturn()
			.getResponse();
		assertThat(theirs.getStatus()).isEqualTo(404);
		assertThat(body(theirs)).doesNotContain("厨房水管漏水").doesNotContain(mine.number());
		assertThat(body(mvc.perform(get("/my/requests").with(as(residentB))).andReturn().getResponse()))
			.doesNotContain(mine.number());
	}

	@Test
	void aMergedRequestSaysWhichOneGoesOnAndHowThatOneStands() throws Exception {
		IntakeReceipt mine = submitAsCore(residentA, "单元门禁坏了");
		IntakeReceipt theirs = submitAsCore(residentB, "楼下门禁打不开");
		fixtures.as(world.workerA(), () -> {
			handling.merge(mine.id(), theirs.id());
			handling.accept(theirs.id());
			return null;
		});
		MockHttpServletResponse page = mvc.perform(get("/my/requests/" + mine.id()).with(as(residentA))).andReturn()
			.getResponse();
		assertThat(body(page)).contains("已合并", "这件事和诉求 " + theirs.number() + " 是同一件事",
				theirs.number() + " 现在：已受理", "与这件诉求合并办理").doesNotContain("楼下门禁打不开");
	}

	@Test
	void aReferredRequestShowsWhereToGo() throws Exception {
		IntakeReceipt mine = submitAsCore(residentA, "想办理养老保险");
		fixtures.as(world.workerA(), () -> {
			handling.reject(mine.id(), "请带身份证到街道便民服务中心社保窗口办理");
			return null;
		});
		MockHttpServletResponse page = mvc.perform(get("/my/requests/" + mine.id()).with(as(residentA))).andReturn()
			.getResponse();
		assertThat(body(page)).contains("这件事不归社区办理", "请到这里办理", "请带身份证到街道便民服务中心社保窗口办理");
	}

	@Test
	void ratingTwiceIsRefusedWithATranslatedMessage() throws Exception {
		IntakeReceipt mine = resolved(submitAsCore(residentA, "门锁坏了"));
		MockHttpServletResponse page = mvc.perform(get("/my/requests/" + mine.id()).with(as(residentA))).andReturn()
			.getResponse();
		assertThat(body(page)).contains("问题解决了吗？", "您满意吗？", "还没办好？", "已换锁芯");

		MockHttpServletResponse first = mvc.perform(rate(mine, "PARTLY_RESOLVED", "BASICALLY_SATISFIED"))
			.andReturn().getResponse();
		assertThat(first.getRedirectedUrl()).isEqualTo("/my/requests/" + mine.id() + "?rated");
		MockHttpServletResponse second = mvc.perform(rate(mine, "RESOLVED", "SATISFIED")).andReturn().getResponse();
		assertThat(second.getStatus()).isEqualTo(409);
		assertThat(body(second)).contains("这条诉求已经评价过了", "居民评价：部分解决，基本满意");
		assertThat(jdbc.sql("select resolution_answer from service_request where id = ?").param(mine.id())
			.query(String.class).single()).isEqualTo("PARTLY_RESOLVED");

		MockHttpServletResponse inTibetan = mvc.perform(rate(mine, "RESOLVED", "SATISFIED").cookie(new Cookie("lang", "bo")))
			.andReturn().getResponse();
		assertThat(body(inTibetan)).contains("རེ་ཞུ་འདིར་དཔྱད་བརྗོད་བྱས་ཟིན།");
	}

	@Test
	void aRatingNeedsBothAnswers() throws Exception {
		IntakeReceipt mine = resolved(submitAsCore(residentA, "阳台漏雨"));
		MockHttpServletResponse page = mvc.perform(post("/my/requests/" + mine.id() + "/rating").with(csrf())
			.with(as(residentA)).param("resolution", "RESOLVED")).andReturn().getResponse();
		assertThat(page.getStatus()).isEqualTo(400);
		assertThat(body(page)).contains("请回答两个问题");
		assertThat(jdbc.sql("select rated_at is null from service_request where id = ?").param(mine.id())
			.query(Boolean.class).single()).isTrue();
	}

	@Test
	void reopeningMoreThanFifteenDaysAfterResolutionIsRefused() throws Exception {
		IntakeReceipt mine = resolved(submitAsCore(residentA, "暖气片不热"));
		jdbc.sql("update service_request set resolved_at = now() - interval '16 days' where id = ?").param(mine.id())
			.update();
		MockHttpServletResponse page = mvc.perform(post("/my/requests/" + mine.id() + "/reopen").with(csrf())
			.with(as(residentA)).param("reason", "还是不热")).andReturn().getResponse();
		assertThat(page.getStatus()).isEqualTo(409);
		assertThat(body(page)).contains("办结已超过15天，不能再重新打开");
		assertThat(jdbc.sql("select status from service_request where id = ?").param(mine.id()).query(String.class)
			.single()).isEqualTo("RESOLVED");
	}

	@Test
	void reopeningInTimeSendsItBack() throws Exception {
		IntakeReceipt mine = resolved(submitAsCore(residentA, "下水道堵了"));
		MockHttpServletResponse done = mvc.perform(post("/my/requests/" + mine.id() + "/reopen").with(csrf())
			.with(as(residentA)).param("reason", "又堵了")).andReturn().getResponse();
		assertThat(done.getRedirectedUrl()).isEqualTo("/my/requests/" + mine.id() + "?reopened");
		MockHttpServletResponse page = mvc.perform(get("/my/requests/" + mine.id()).with(as(residentA))).andReturn()
			.getResponse();
		assertThat(body(page)).contains("已重新打开", "居民重新打开了诉求", "又堵了");
	}

	@Test
	void aPhotoGoesWithTheRequestAndADisguisedFileIsRefused() throws Exception {
		byte[] png = org.pomegranate.TestImages.png();
		String description = "墙皮脱落 " + UUID.randomUUID();
		MvcResult sent = mvc.perform(submit(residentA, description, "t-" + UUID.randomUUID())
			.file(new MockMultipartFile("photos", "墙面.png", "image/png", png))).andReturn();
		IntakeReceipt receipt = (IntakeReceipt) sent.getFlashMap().get("receipt");
		MockHttpServletResponse page = mvc.perform(get("/my/requests/" + receipt.id()).with(as(residentA))).andReturn()
			.getResponse();
		String link = body(page).replaceAll("(?s).*href=\"(/my/requests/[^\"]+/files/[^\"]+)\".*", "$1");
		assertThat(link).startsWith("/my/requests/" + receipt.id() + "/files/");
		MockHttpServletResponse file = mvc.perform(get(link).with(as(residentA))).andReturn().getResponse();
		assertThat(file.getContentType()).isEqualTo("image/png");
		// stored as encoded afresh: still the picture, shown in place
		assertThat(javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(file.getContentAsByteArray())))
			.isNotNull();
		assertThat(file.getHeader("Content-Disposition")).startsWith("inline");
		assertThat(file.getHeader("Content-Security-Policy")).startsWith("sandbox");
		assertThat(mvc.perform(get(link).with(as(residentB))).andReturn().getResponse().getStatus()).isEqualTo(404);

		String disguised = "伪装的照片 " + UUID.randomUUID();
		MockHttpServletResponse refused = mvc.perform(submit(residentA, disguised, "t-" + UUID.randomUUID())
			.file(new MockMultipartFile("photos", "photo.jpg", "image/jpeg", "not a picture".getBytes())))
			.andReturn().getResponse();
		assertThat(refused.getStatus()).isEqualTo(400);
		assertThat(body(refused)).contains("只能上传照片（JPEG、PNG）或 PDF 文件", disguised);
		assertThat(countWith(disguised)).isZero();

		byte[] large = new byte[6 * 1024 * 1024];
		System.arraycopy(png, 0, large, 0, png.length);
		MockHttpServletResponse tooLarge = mvc.perform(submit(residentA, disguised, "t-" + UUID.randomUUID())
			.file(new MockMultipartFile("photos", "big.png", "image/png", large))).andReturn().getResponse();
		assertThat(tooLarge.getStatus()).isEqualTo(400);
		assertThat(body(tooLarge)).contains("每个文件不能超过5 MB");
		assertThat(countWith(disguised)).isZero();
	}

	@Test
	void theCategoryQuestionsFollowTheChoice() throws Exception {
		String care = catalogue.byCode("ELDERLY_DAY_CARE").id().toString();
		MockHttpServletResponse fields = mvc.perform(get("/requests/new/fields").param("categoryId", care)
			.header("HX-Request", "true")).andReturn().getResponse();
		assertThat(fields.getStatus()).isEqualTo(200);
		assertThat(body(fields)).contains("需要的服务", "type=\"checkbox\"", "助餐", "老人年龄", "type=\"number\"")
			.doesNotContain("<html");
		assertThat(body(mvc.perform(get("/requests/new/fields").param("categoryId", "nonsense")).andReturn()
			.getResponse())).doesNotContain("需要");
	}

	@Test
	void staffAreSentToTheirWorkbenchNotThePortal() throws Exception {
		assertThat(mvc.perform(get("/requests/new").with(as(world.workerA()))).andReturn().getResponse().getStatus())
			.isEqualTo(403);
	}

	// ---- helpers -----------------------------------------------------------------------------------

	private String resident(UUID building, String room, String name, String login) {
		UUID household = fixtures.as(world.head(),
				() -> registry.createHousehold(TestFixtures.household(building, "1", room)));
		UUID id = fixtures.as(world.head(),
				() -> registry.createResident(TestFixtures.resident(household, name, null, null)));
		return fixtures.residentAccount(login + world.suffix(), name, id);
	}

	private IntakeReceipt submitAsCore(String resident, String description) {
		return fixtures.as(resident, () -> desk.intake(new Intake(UUID.fromString(repair), description,
				Map.of("part", "pipe"), null, null, null, null, null, null, null, null, null), null));
	}

	private IntakeReceipt resolved(IntakeReceipt receipt) {
		fixtures.as(world.workerA(), () -> {
			handling.accept(receipt.id());
			handling.resolve(receipt.id(), "已换锁芯");
			return null;
		});
		return receipt;
	}

	/** A PDF may carry HTML and a script that runs on opening: it only ever downloads, sandboxed. */
	@Test
	void aPdfIsAlwaysADownloadInASandbox() throws Exception {
		byte[] pdf = ("%PDF-1.4\n1 0 obj << /Type /Catalog /OpenAction << /S /JavaScript /JS (app.alert(1)) >> >> endobj\n"
				+ "<html><script>alert(document.cookie)</script></html>\n%%EOF\n").getBytes(StandardCharsets.ISO_8859_1);
		MvcResult sent = mvc.perform(submit(residentA, "证明 " + UUID.randomUUID(), "t-" + UUID.randomUUID())
			.file(new MockMultipartFile("photos", "证明.pdf", "application/pdf", pdf))).andReturn();
		IntakeReceipt receipt = (IntakeReceipt) sent.getFlashMap().get("receipt");
		String page = body(mvc.perform(get("/my/requests/" + receipt.id()).with(as(residentA))).andReturn().getResponse());
		String link = page.replaceAll("(?s).*href=\"(/my/requests/[^\"]+/files/[^\"]+)\".*", "$1");
		MockHttpServletResponse file = mvc.perform(get(link).with(as(residentA))).andReturn().getResponse();
		assertThat(file.getContentType()).isEqualTo("application/pdf");
		assertThat(file.getHeader("Content-Disposition")).startsWith("attachment");
		assertThat(file.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(file.getHeader("Content-Security-Policy")).startsWith("sandbox");
	}

	private MockMultipartHttpServletRequestBuilder anonymous(String description, String token) {
		return multipart("/requests/new").with(csrf())
			.param("categoryId", repair).param("extra.part", "wiring").param("description", description)
			.param("contactName", "路过的居民").param("contactPhone", PHONE).param("token", token);
	}

	private MockMultipartHttpServletRequestBuilder submit(String resident, String description, String token) {
		return multipart("/requests/new").with(csrf()).with(as(resident)).param("categoryId", repair)
			.param("extra.part", "window").param("description", description).param("token", token);
	}

	private MockHttpServletRequestBuilder rate(IntakeReceipt receipt, String resolution, String satisfaction) {
		return post("/my/requests/" + receipt.id() + "/rating").with(csrf()).with(as(residentA))
			.param("resolution", resolution).param("satisfaction", satisfaction).param("comment", "");
	}

	private long countWith(String description) {
		return jdbc.sql("select count(*) from service_request where description = ?").param(description)
			.query(Long.class).single();
	}

	private RequestPostProcessor as(String username) {
		return user(users.loadUserByUsername(username));
	}

	private static String body(MockHttpServletResponse response) throws Exception {
		return response.getContentAsString(StandardCharsets.UTF_8);
	}
}
