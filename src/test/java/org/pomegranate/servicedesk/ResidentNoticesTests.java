package org.pomegranate.servicedesk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pomegranate.IntegrationTest;
import org.pomegranate.TestFixtures;
import org.pomegranate.TestFixtures.World;
import org.pomegranate.notifications.Notifications;
import org.pomegranate.registry.Language;
import org.pomegranate.registry.RegistryManagement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The resident hears of each step of her request (accepted, started, transferred, resolved, merged,
 * rejected) in her own language, once each, whatever language the page is read in; once she has
 * rated, the "please rate" notice is done and leaves her list.
 */
@IntegrationTest
class ResidentNoticesTests {

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
	Notifications notifications;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	DeskWorld w;
	World world;

	@BeforeEach
	void setUp() {
		w = new DeskWorld(fixtures, registry, desk, catalogue, jdbc);
		world = w.world;
	}

	@Test
	void eachStepIsToldOnceInHerLanguage() throws Exception {
		DeskWorld.Resident dolma = w.resident(world.buildingA1(), "卓玛", Language.BO);
		IntakeReceipt fixed = w.repair(dolma, null);
		IntakeReceipt handed = w.repair(dolma, null);
		IntakeReceipt twice = w.repair(dolma, null);
		IntakeReceipt elsewhere = w.repair(dolma, null);
		w.as(world.workerA(), () -> {
			handling.accept(fixed.id());
			handling.start(fixed.id());
			handling.resolve(fixed.id(), "已更换水管");
			handling.transfer(handed.id(), world.gridB().id(), "在第二网格");
			handling.merge(twice.id(), elsewhere.id());
			handling.reject(elsewhere.id(), "请到供水公司营业厅");
		});

		List<Map<String, Object>> notices = Eventually.until(() -> notices(dolma.login()), l -> l.size() >= 6);
		assertThat(notices).extracting(n -> n.get("kind") + " " + n.get("link")).containsExactlyInAnyOrder(
				"resident.accepted /my/requests/" + fixed.id(), "resident.started /my/requests/" + fixed.id(),
				"resident.resolved /my/requests/" + fixed.id(), "resident.transferred /my/requests/" + handed.id(),
				"resident.merged /my/requests/" + twice.id(), "resident.rejected /my/requests/" + elsewhere.id());
		assertThat(notices).allSatisfy(n -> assertThat(n.get("language")).isEqualTo("bo"));

		// read in Chinese, each notice is still in Tibetan, marked as such for the screen reader
		String page = new String(mvc.perform(get("/notifications").with(user(users.loadUserByUsername(dolma.login()))))
			.andReturn().getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
		assertThat(page).contains("lang=\"bo\"", "ཁྱེད་ཀྱི་རེ་ཞུ་ " + fixed.number() + " དང་ལེན་བྱས་ཟིན།",
				"ཁྱེད་ཀྱི་རེ་ཞུ་ " + fixed.number() + " ལེགས་གྲུབ་ཟིན།").doesNotContain("您的诉求 " + fixed.number());
		// the worker's own notices stay in the reader's language
		assertThat(jdbc.sql("select count(*) from notification n join account a on a.id = n.account_id "
				+ "where a.username = ? and n.language is not null").param(world.workerA()).query(Long.class).single())
			.isZero();
	}

	@Test
	void ratingClearsThePleaseRateNotice() {
		DeskWorld.Resident bater = w.resident(world.buildingA2(), "巴特尔", Language.MN);
		IntakeReceipt receipt = w.repair(bater, null);
		w.as(world.workerA(), () -> {
			handling.accept(receipt.id());
			handling.resolve(receipt.id(), "修好了");
		});
		UUID account = fixtures.accountId(bater.login());
		assertThat(Eventually.until(() -> notifications.recent(account, 10),
				l -> l.stream().anyMatch(n -> n.kind().equals("resident.resolved"))))
			.anySatisfy(n -> assertThat(n.language()).isEqualTo("mn"));
		long unreadBefore = notifications.unreadCount(account);

		w.as(bater.login(), () -> handling.rate(receipt.id(),
				new Rating(ResolutionAnswer.RESOLVED, SatisfactionAnswer.SATISFIED, null, null)));
		assertThat(Eventually.until(() -> notifications.recent(account, 10),
				l -> l.stream().noneMatch(n -> n.kind().equals("resident.resolved"))))
			.extracting(n -> n.kind()).doesNotContain("resident.resolved").contains("resident.accepted");
		assertThat(notifications.unreadCount(account)).isLessThan(unreadBefore);
		assertThat(jdbc.sql("select count(*) from notification where account_id = ? and kind = 'resident.resolved' "
				+ "and done_at is not null").param(account).query(Long.class).single()).isEqualTo(1);
	}

	private List<Map<String, Object>> notices(String login) {
		return jdbc.sql("select n.kind, n.link, n.language from notification n join account a on a.id = n.account_id "
				+ "where a.username = ? and n.kind like 'resident.%'").param(login).query().listOfRows();
	}
}
