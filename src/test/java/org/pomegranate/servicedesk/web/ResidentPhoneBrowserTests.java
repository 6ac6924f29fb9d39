package org.pomegranate.servicedesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import javax.imageio.ImageIO;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pomegranate.BrowserJourney;
import org.pomegranate.TestFixtures;
import org.pomegranate.TestFixtures.World;
import org.pomegranate.registry.Gender;
import org.pomegranate.registry.Language;
import org.pomegranate.registry.RegistryManagement;
import org.pomegranate.registry.ResidentForm;
import org.pomegranate.servicedesk.Eventually;
import org.pomegranate.servicedesk.Intake;
import org.pomegranate.servicedesk.IntakeReceipt;
import org.pomegranate.servicedesk.RequestHandling;
import org.pomegranate.servicedesk.ServiceCatalogue;
import org.pomegranate.servicedesk.ServiceDesk;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The resident on a 390×844 phone: she adds a photo from the camera to her open request (made
 * smaller in the browser before it travels), then reads each step of her requests in Tibetan; the
 * form keeps her text when the connection drops; and someone without an account follows a request
 * with its number and phone.
 */
class ResidentPhoneBrowserTests extends BrowserJourney {

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
	JdbcClient jdbc;

	World world;
	String dolma;
	UUID repair;

	@BeforeEach
	void setUp() {
		world = fixtures.world();
		repair = catalogue.byCode("HOUSING_REPAIR").id();
		UUID household = fixtures.as(world.head(),
				() -> registry.createHousehold(TestFixtures.household(world.buildingA1(), "1", "401")));
		UUID residentId = fixtures.as(world.head(), () -> registry.createResident(new ResidentForm(household,
				"才让卓玛" + world.suffix(), Gender.FEMALE, LocalDate.of(1979, 5, 2), null, null, Language.BO, null,
				Set.of(), false, Set.of())));
		dolma = fixtures.residentAccount("dolma" + world.suffix(), "才让卓玛", residentId);
	}

	@Test
	void sheAddsAPhotoAndReadsEachProgressNoticeInTibetan() throws Exception {
		IntakeReceipt fixed = submit("ཆུ་དོང་འཛག་གི་འདུག");
		IntakeReceipt handed = submit("སྒོ་ལྕགས་ཆག་འདུག");
		IntakeReceipt twice = submit("སྒེའུ་ཁུང་ཆག་འདུག");
		IntakeReceipt elsewhere = submit("གློག་ཐག་ཆག་འདུག");

		Page page = newPage(390, 844, true);
		page.navigate(url("/login"));
		signIn(page, dolma);
		page.navigate(url("/my/requests/" + fixed.id() + "?lang=bo"));
		PlaywrightAssertions.assertThat(page.locator("html")).hasAttribute("lang", "bo");
		page.locator("#act-photo").setInputFiles(new FilePayload("camera.jpg", "image/jpeg", bigPhoto()));
		// made smaller on the phone before it is sent
		PlaywrightAssertions.assertThat(page.locator("#act-photo")).hasAttribute("data-downscaled", "1");
		assertAccessible(page, "the resident's request page in Tibetan");
		screenshot(page, "resident-add-photo-bo");
		page.locator("#photo-form button[type=submit]").click();
		PlaywrightAssertions.assertThat(page.locator("#act-done")).isVisible();
		byte[] stored = jdbc.sql("select content from service_request_attachment where request_id = ?")
			.param(fixed.id()).query(byte[].class).single();
		BufferedImage sent = ImageIO.read(new ByteArrayInputStream(stored));
		assertThat(Math.max(sent.getWidth(), sent.getHeight())).isEqualTo(1600);
		assertThat(page.locator("#timeline").textContent()).contains("camera.jpg");

		fixtures.as(world.workerA(), () -> {
			handling.accept(fixed.id());
			handling.start(fixed.id());
			handling.resolve(fixed.id(), "ཆུ་དོང་བརྗེས་ཟིན།");
			handling.transfer(handed.id(), world.gridB().id(), "第二网格负责");
			handling.merge(twice.id(), elsewhere.id());
			handling.reject(elsewhere.id(), "请到供电所营业厅");
			return null;
		});
		Eventually.until(() -> jdbc.sql("select count(*) from notification n join account a on a.id = n.account_id "
				+ "where a.username = ? and n.kind like 'resident.%'").param(dolma).query(Long.class).single(), n -> n >= 6);

		page.navigate(url("/notifications?lang=bo"));
		String notices = page.locator("main").textContent();
		assertThat(notices).contains("ཁྱེད་ཀྱི་རེ་ཞུ་ " + fixed.number() + " དང་ལེན་བྱས་ཟིན།",
				"ཁྱེད་ཀྱི་རེ་ཞུ་ " + fixed.number() + " སྒྲུབ་འགོ་ཚུགས།",
				"ཁྱེད་ཀྱི་རེ་ཞུ་ " + fixed.number() + " ལེགས་གྲུབ་ཟིན། དཔྱད་བརྗོད་གནང་རོགས།",
				"ཁྱེད་ཀྱི་རེ་ཞུ་ " + handed.number() + " འོས་འཚམ་པའི་སྡེ་ཚན་ལ་སྤོ་སྤྲོད་བྱས།",
				"ཁྱེད་ཀྱི་རེ་ཞུ་ " + twice.number() + " དང་གཞན་ཞིག་དོན་གཅིག་པས་མཉམ་སྡེབ་བྱས།",
				"ཁྱེད་ཀྱི་རེ་ཞུ་ " + elsewhere.number() + " ང་ཚོས་སྒྲུབ་རྒྱུ་མིན།")
			.doesNotContain("您的诉求");
		assertThat(page.locator("main [lang=bo]").count()).isGreaterThanOrEqualTo(6);
		assertAccessible(page, "the resident's notices in Tibetan");
		assertNoHorizontalScroll(page, "the notices in Tibetan");
		screenshot(page, "resident-notices-bo");

		// opening "please rate" leads to her request, with the rating form
		page.locator("button", new Page.LocatorOptions().setHasText("དཔྱད་བརྗོད་གནང་རོགས།")).click();
		PlaywrightAssertions.assertThat(page.locator("#rate")).isVisible();
		assertThat(browserErrors).isEmpty();
	}

	@Test
	void theFormWarnsWhenOfflineAndKeepsHerText() {
		Page page = newPage(390, 844, true);
		page.navigate(url("/login"));
		signIn(page, dolma);
		page.navigate(url("/requests/new"));
		PlaywrightAssertions.assertThat(page.locator("#offline-warning")).isHidden();
		page.locator("label[for=category-HOUSING_REPAIR]").click();
		page.locator("#description").fill("楼道的灯坏了，晚上看不见");
		context.setOffline(true);
		PlaywrightAssertions.assertThat(page.locator("#offline-warning")).isVisible();
		page.locator("#request-form button[type=submit]").last().click();
		// not sent into the void: still here, with her words
		PlaywrightAssertions.assertThat(page.locator("#description")).hasValue("楼道的灯坏了，晚上看不见");
		screenshot(page, "resident-offline-warning");
		context.setOffline(false);
		PlaywrightAssertions.assertThat(page.locator("#offline-warning")).isHidden();
		// the draft survives leaving the page; nothing but what she typed is kept
		page.navigate(url("/my/requests"));
		page.navigate(url("/requests/new"));
		PlaywrightAssertions.assertThat(page.locator("#description")).hasValue("楼道的灯坏了，晚上看不见");
		Object draft = page.evaluate("() => localStorage.getItem('pmg-request-draft')");
		assertThat(String.valueOf(draft)).contains("楼道的灯坏了").doesNotContain(dolma);
	}

	@Test
	void someoneWithoutAnAccountFollowsARequestWithItsNumberAndPhone() {
		String phone = "137" + String.format("%08d", Math.abs(UUID.randomUUID().hashCode()) % 100_000_000);
		IntakeReceipt receipt = desk.intake(new Intake(repair, "单元门坏了，关不上", Map.of("part", "window"), null, null,
				null, world.compoundName() + " 1号楼 3单元 601", null, "路过的居民", phone, "zh", null), null);
		fixtures.as(world.workerA(), () -> {
			handling.accept(receipt.id());
			return null;
		});

		Page page = newPage(390, 844, true);
		page.navigate(url("/requests/new"));
		page.getByText("凭编号和手机号查询诉求进展").click();
		PlaywrightAssertions.assertThat(page).hasURL(url("/requests/lookup"));
		page.getByLabel("诉求编号").fill(receipt.number());
		page.getByLabel("提交时留的手机号").fill("13000000000");
		page.locator("#lookup-form button[type=submit]").click();
		PlaywrightAssertions.assertThat(page.locator("#lookup-error")).containsText("没有找到");
		// the browser reports the 404 of the answer itself, which is the point here
		browserErrors.removeIf(e -> e.contains("404"));
		page.getByLabel("提交时留的手机号").fill(phone);
		page.locator("#lookup-form button[type=submit]").click();
		PlaywrightAssertions.assertThat(page.locator("#lookup-result")).containsText("已受理");
		String result = page.locator("#lookup-result").textContent();
		assertThat(result).contains("房屋维修", receipt.number()).doesNotContain("路过的居民", phone, "601", "网格员");
		assertAccessible(page, "the no-account lookup");
		assertNoHorizontalScroll(page, "the no-account lookup");
		screenshot(page, "resident-lookup");
		assertThat(browserErrors).isEmpty();
	}

	private IntakeReceipt submit(String description) {
		return fixtures.as(dolma, () -> desk.intake(new Intake(repair, description, Map.of("part", "pipe"), null, null,
				null, null, null, null, null, null, null), null));
	}

	/** A photo as a phone camera takes it: 4000×3000 pixels. */
	private static byte[] bigPhoto() throws IOException {
		BufferedImage image = new BufferedImage(4000, 3000, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setPaint(new GradientPaint(0, 0, Color.ORANGE, 4000, 3000, Color.BLUE));
		g.fillRect(0, 0, 4000, 3000);
		g.dispose();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "jpeg", out);
		return out.toByteArray();
	}

}
