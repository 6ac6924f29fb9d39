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

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pomegranate.IntegrationTest;
import org.pomegranate.TestFixtures;
import org.pomegranate.TestFixtures.World;
import org.pomegranate.TestImages;
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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The resident's acts on her own open request through the whole filter chain: adding information,
 * a photo, a message, withdrawing; each refused on a closed request (409), on someone else's (404),
 * with control characters or too much text (400), and nothing written whenever refused. Also her
 * cards, the neighbours' reports shown before sending, and who sees the API documentation link.
 */
@IntegrationTest
class ResidentPortalTests {

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
	UUID repair;
	String residentA;
	String neighbour;
	String residentB;

	@BeforeEach
	void setUp() {
		world = fixtures.world();
		repair = catalogue.byCode("HOUSING_REPAIR").id();
		residentA = resident(world.buildingA1(), "101", "卓玛" + world.suffix(), "ra");
		neighbour = resident(world.buildingA1(), "302", "其美" + world.suffix(), "rn");
		residentB = resident(world.buildingB(), "202", "巴特尔" + world.suffix(), "rb");
	}

	@Test
	void onAnOpenRequestSheAddsInformationAPhotoAndAMessageAndTheWorkerIsTold() throws Exception {
		IntakeReceipt mine = submit(residentA, "厨房水管漏水\n从昨天晚上开始");
		assertThat(act(residentA, mine, "information", "text", "水已经流到楼下了").getRedirectedUrl())
			.isEqualTo("/my/requests/" + mine.id() + "?informed");
		assertThat(act(residentA, mine, "message", "text", "下午三点以后家里有人").getRedirectedUrl())
			.isEqualTo("/my/requests/" + mine.id() + "?messaged");
		MockHttpServletResponse photo = mvc.perform(multipart("/my/requests/" + mine.id() + "/photos")
			.file(new MockMultipartFile("photos", "leak.jpg", "image/jpeg", TestImages.jpeg())).with(csrf())
			.with(as(residentA))).andReturn().getResponse();
		assertThat(photo.getRedirectedUrl()).isEqualTo("/my/requests/" + mine.id() + "?photoAdded");

		assertThat(kinds(mine.id())).contains("INFO_ADDED", "RESIDENT_MESSAGE", "ATTACHED");
		assertThat(jdbc.sql("select count(*) from service_request_attachment where request_id = ?").param(mine.id())
			.query(Long.class).single()).isEqualTo(1);
		assertThat(workerNotices()).contains("request.infoAdded", "request.message", "request.photoAdded");

		String page = body(mvc.perform(get("/my/requests/" + mine.id()).with(as(residentA))).andReturn().getResponse());
		assertThat(page).contains("水已经流到楼下了", "下午三点以后家里有人", "居民补充了情况", "居民留言", "capture=\"environment\"");
	}

	@Test
	void withdrawnSheCanNoLongerActAndEachRefusalIsATranslated409ThatWritesNothing() throws Exception {
		IntakeReceipt mine = submit(residentA, "门口路灯不亮");
		assertThat(act(residentA, mine, "withdraw", "reason", "自己修好了").getRedirectedUrl())
			.isEqualTo("/my/requests/" + mine.id() + "?withdrawn");
		assertThat(status(mine.id())).isEqualTo("WITHDRAWN");
		assertThat(kinds(mine.id())).endsWith("WITHDRAWN");
		assertThat(workerNotices()).contains("request.withdrawn");

		String before = snapshot(mine.id());
		for (String[] a : new String[][] { { "information", "text" }, { "message", "text" }, { "withdraw", "reason" } }) {
			MockHttpServletResponse refused = act(residentA, mine, a[0], a[1], "还有一件事");
			assertThat(refused.getStatus()).as(a[0]).isEqualTo(409);
			assertThat(body(refused)).contains("这条诉求已经结束或撤回");
		}
		MockHttpServletResponse photo = mvc.perform(multipart("/my/requests/" + mine.id() + "/photos")
			.file(new MockMultipartFile("photos", "late.jpg", "image/jpeg", TestImages.jpeg())).with(csrf())
			.with(as(residentA))).andReturn().getResponse();
		assertThat(photo.getStatus()).isEqualTo(409);
		assertThat(snapshot(mine.id())).isEqualTo(before);
		// the page offers no acts any more, and says she withdrew it
		String page = body(mvc.perform(get("/my/requests/" + mine.id()).with(as(residentA))).andReturn().getResponse());
		assertThat(page).contains("您已撤回这条诉求").doesNotContain("id=\"acts\"");
	}

	@Test
	void aResolvedRequestTakesNoMoreMessagesEither() throws Exception {
		IntakeReceipt mine = submit(residentA, "单元门坏了");
		fixtures.as(world.workerA(), () -> {
			handling.accept(mine.id());
			handling.resolve(mine.id(), "换了门锁");
			return null;
		});
		String before = snapshot(mine.id());
		assertThat(act(residentA, mine, "message", "text", "谢谢").getStatus()).isEqualTo(409);
		assertThat(act(residentA, mine, "withdraw", "reason", "").getStatus()).isEqualTo(409);
		assertThat(snapshot(mine.id())).isEqualTo(before);
	}

	@Test
	void someoneElsesRequestIsNotFoundAndNothingIsWritten() throws Exception {
		IntakeReceipt theirs = submit(residentB, "楼上漏水");
		String before = snapshot(theirs.id());
		for (String[] a : new String[][] { { "information", "text" }, { "message", "text" }, { "withdraw", "reason" } }) {
			MockHttpServletResponse refused = act(residentA, theirs, a[0], a[1], "看看");
			assertThat(refused.getStatus()).as(a[0]).isEqualTo(404);
			assertThat(body(refused)).doesNotContain("楼上漏水");
		}
		assertThat(mvc.perform(multipart("/my/requests/" + theirs.id() + "/photos")
			.file(new MockMultipartFile("photos", "x.jpg", "image/jpeg", TestImages.jpeg())).with(csrf())
			.with(as(residentA))).andReturn().getResponse().getStatus()).isEqualTo(404);
		// staff have their workbench, not the resident's acts
		assertThat(act(world.workerB(), theirs, "message", "text", "x").getStatus()).isEqualTo(403);
		assertThat(snapshot(theirs.id())).isEqualTo(before);
	}

	@Test
	void controlCharactersHugeTextBlankTextAndAWrongFileAreRefusedAndNothingIsWritten() throws Exception {
		IntakeReceipt mine = submit(residentA, "暖气不热");
		String before = snapshot(mine.id());
		MockHttpServletResponse control = act(residentA, mine, "message", "text", "你好\u0007\u202e");
		assertThat(control.getStatus()).isEqualTo(400);
		assertThat(body(control)).contains("控制字符");
		MockHttpServletResponse huge = act(residentA, mine, "information", "text", "很".repeat(1001));
		assertThat(huge.getStatus()).isEqualTo(400);
		assertThat(act(residentA, mine, "information", "text", "   ").getStatus()).isEqualTo(400);
		assertThat(act(residentA, mine, "withdraw", "reason", "不".repeat(1001)).getStatus()).isEqualTo(400);
		MockHttpServletResponse script = mvc.perform(multipart("/my/requests/" + mine.id() + "/photos")
			.file(new MockMultipartFile("photos", "x.jpg", "image/jpeg", "<script>alert(1)</script>".getBytes()))
			.with(csrf()).with(as(residentA))).andReturn().getResponse();
		assertThat(script.getStatus()).isEqualTo(400);
		MockHttpServletResponse none = mvc.perform(multipart("/my/requests/" + mine.id() + "/photos").with(csrf())
			.with(as(residentA))).andReturn().getResponse();
		assertThat(none.getStatus()).isEqualTo(400);
		assertThat(snapshot(mine.id())).isEqualTo(before);
		assertThat(status(mine.id())).isEqualTo("SUBMITTED");
	}

	@Test
	void fourRepairCardsAreToldApartAndOneWaitsForHerRating() throws Exception {
		IntakeReceipt kitchen = submit(residentA, "厨房水管漏水\n详细情况见照片");
		submit(residentA, "卫生间地漏堵了");
		submit(residentA, "阳台窗户关不上");
		IntakeReceipt door = submit(residentA, "入户门锁坏了");
		fixtures.as(world.workerA(), () -> {
			handling.accept(door.id());
			handling.resolve(door.id(), "换了锁芯");
			return null;
		});
		String list = body(mvc.perform(get("/my/requests").with(as(residentA))).andReturn().getResponse());
		assertThat(list).contains("厨房水管漏水", "卫生间地漏堵了", "阳台窗户关不上", "入户门锁坏了",
				world.compoundName() + " 1号楼", "等您评价").doesNotContain("详细情况见照片");
		assertThat(list.split("等您评价", -1)).hasSize(2);
		assertThat(list.split("pg-request-first-line", -1)).hasSize(5);
		assertThat(kitchen.number()).isNotBlank();
		// rated: the mark goes
		fixtures.as(residentA, () -> {
			handling.rate(door.id(), new org.pomegranate.servicedesk.Rating(
					org.pomegranate.servicedesk.ResolutionAnswer.RESOLVED,
					org.pomegranate.servicedesk.SatisfactionAnswer.SATISFIED, null, null));
			return null;
		});
		assertThat(body(mvc.perform(get("/my/requests").with(as(residentA))).andReturn().getResponse()))
			.doesNotContain("等您评价");
	}

	@Test
	void beforeSendingSheSeesANeighboursOpenReportOfTheSameKindAndCanFollowIt() throws Exception {
		IntakeReceipt neighbours = submit(neighbour, "楼道水管爆了\n三楼");
		submit(residentB, "另一栋楼也漏水");
		MockHttpServletResponse nearby = mvc.perform(get("/requests/new/nearby").param("categoryId", repair.toString())
			.with(as(residentA))).andReturn().getResponse();
		assertThat(body(nearby)).contains("楼道水管爆了", "就是这件事，关注它", "/my/follow/" + neighbours.id())
			.doesNotContain("三楼").doesNotContain("其美").doesNotContain(neighbours.number())
			.doesNotContain("另一栋楼也漏水");
		// another category: nothing to show
		String other = catalogue.active().stream().filter(c -> !c.id().equals(repair)).findFirst().orElseThrow().id()
			.toString();
		assertThat(body(mvc.perform(get("/requests/new/nearby").param("categoryId", other).with(as(residentA)))
			.andReturn().getResponse())).doesNotContain("楼道水管爆了");

		assertThat(mvc.perform(post("/my/follow/" + neighbours.id()).with(csrf()).with(as(residentA))).andReturn()
			.getResponse().getRedirectedUrl()).isEqualTo("/my/requests?followed");
		// twice changes nothing
		mvc.perform(post("/my/follow/" + neighbours.id()).with(csrf()).with(as(residentA)));
		assertThat(jdbc.sql("select count(*) from service_request_follower where request_id = ?")
			.param(neighbours.id()).query(Long.class).single()).isEqualTo(1);
		String list = body(mvc.perform(get("/my/requests").with(as(residentA))).andReturn().getResponse());
		assertThat(list).contains("楼道水管爆了", "我关注的").doesNotContain(neighbours.number());
		// a request in another building cannot be followed: not found, nothing written
		IntakeReceipt far = submit(residentB, "三号楼门禁坏了");
		assertThat(mvc.perform(post("/my/follow/" + far.id()).with(csrf()).with(as(residentA))).andReturn()
			.getResponse().getStatus()).isEqualTo(404);
		assertThat(jdbc.sql("select count(*) from service_request_follower where request_id = ?").param(far.id())
			.query(Long.class).single()).isZero();
	}

	@Test
	void residentsAndGridWorkersSeeNoApiDocumentationLink() throws Exception {
		assertThat(body(mvc.perform(get("/").with(as(residentA))).andReturn().getResponse())).doesNotContain("swagger-ui");
		assertThat(body(mvc.perform(get("/").with(as(world.workerA()))).andReturn().getResponse()))
			.doesNotContain("swagger-ui");
		assertThat(body(mvc.perform(get("/").with(as(world.head()))).andReturn().getResponse())).contains("swagger-ui");
	}

	@Test
	void theFormTakesPhotosFromTheCameraAndWarnsWhenOffline() throws Exception {
		String form = body(mvc.perform(get("/requests/new").with(as(residentA))).andReturn().getResponse());
		assertThat(form).contains("accept=\"image/*\" capture=\"environment\"", "data-downscale", "id=\"offline-warning\"",
				"data-draft=\"pmg-request-draft\"", "/js/portal", "/requests/new/nearby");
	}

	// ---- helpers -----------------------------------------------------------------------------------

	private MockHttpServletResponse act(String who, IntakeReceipt receipt, String path, String field, String text)
			throws Exception {
		MockHttpServletRequestBuilder request = post("/my/requests/" + receipt.id() + "/" + path).with(csrf())
			.with(as(who)).param(field, text);
		return mvc.perform(request).andReturn().getResponse();
	}

	private String resident(UUID building, String room, String name, String login) {
		UUID household = fixtures.as(world.head(),
				() -> registry.createHousehold(TestFixtures.household(building, "1", room)));
		UUID id = fixtures.as(world.head(),
				() -> registry.createResident(TestFixtures.resident(household, name, null, null)));
		return fixtures.residentAccount(login + world.suffix(), name, id);
	}

	private IntakeReceipt submit(String resident, String description) {
		return fixtures.as(resident, () -> desk.intake(new Intake(repair, description, Map.of("part", "pipe"), null,
				null, null, null, null, null, null, null, null), null));
	}

	private java.util.List<String> kinds(UUID id) {
		return jdbc.sql("select kind from service_request_event where request_id = ? order by id").param(id)
			.query(String.class).list();
	}

	private String status(UUID id) {
		return jdbc.sql("select status from service_request where id = ?").param(id).query(String.class).single();
	}

	private java.util.List<String> workerNotices() {
		return jdbc.sql("select n.kind from notification n join account a on a.id = n.account_id where a.username = ?")
			.param(world.workerA()).query(String.class).list();
	}

	/**
	 * Everything an act may write about the request and the people of this test. The resident's
	 * progress notices come later from a listener (they carry an event id) and are left out.
	 */
	private String snapshot(UUID id) {
		return jdbc.sql("""
				select (select row_to_json(r)::text from service_request r where r.id = :id)
				    || '#' || (select count(*) from service_request_event where request_id = :id)
				    || '#' || (select count(*) from service_request_attachment where request_id = :id)
				    || '#' || (select count(*) from notification n join account a on a.id = n.account_id
				                where a.username like :who and n.event_id is null)""")
			.param("id", id).param("who", "%" + world.suffix()).query(String.class).single();
	}

	private RequestPostProcessor as(String username) {
		return user(users.loadUserByUsername(username));
	}

	private static String body(MockHttpServletResponse response) throws Exception {
		return response.getContentAsString(StandardCharsets.UTF_8);
	}
}
