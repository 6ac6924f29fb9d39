package org.pomegranate.activities;

import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.pomegranate.BrowserJourney;
import org.pomegranate.TestFixtures;
import org.pomegranate.TestFixtures.World;
import org.pomegranate.registry.RegistryManagement;
import org.pomegranate.shared.TimeConfiguration;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * In Chromium on a phone (390×844): a resident signs up on the portal and sees her ticket with its QR
 * code and short code; the community head, also on a phone, checks her in by typing the code, and a
 * second try is refused with its reason.
 */
class ActivityJourneyBrowserTests extends BrowserJourney {

	@Autowired
	TestFixtures fixtures;
	@Autowired
	RegistryManagement registry;
	@Autowired
	Activities activities;

	@Test
	void aResidentSignsUpOnHerPhoneAndStaffCheckHerInByTypingTheCode() {
		World world = fixtures.world();
		UUID household = fixtures.as(world.head(),
				() -> registry.createHousehold(TestFixtures.household(world.buildingA1(), "3", "301")));
		UUID resident = fixtures.as(world.head(),
				() -> registry.createResident(TestFixtures.resident(household, "卓玛" + world.suffix(), null, null)));
		String login = fixtures.residentAccount("zm" + world.suffix(), "卓玛", resident);
		LocalDateTime start = LocalDateTime.now(TimeConfiguration.DISPLAY_ZONE).plusHours(1).withNano(0);
		String title = "心连心包饺子" + world.suffix();
		UUID activity = fixtures.as(world.head(), () -> activities.create(new ActivityForm(ActivityKind.THEMED_UNITY,
				null, world.community().id(), new Localized(title, "Dumplings", null, null), null, null, "社区活动室",
				start, start.plusHours(2), 20, null, List.of())));

		Page phone = newPage(390, 844, true);
		phone.navigate(url("/login"));
		signIn(phone, login);
		phone.navigate(url("/my/activities"));
		phone.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title)).click();
		phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("我要报名")).click();
		PlaywrightAssertions.assertThat(phone.locator("#ticket-status")).containsText("报名成功");
		String code = phone.locator("#short-code").innerText().strip();
		PlaywrightAssertions.assertThat(phone.locator("img[alt='签到二维码']")).isVisible();
		assertNoHorizontalScroll(phone, "a ticket on a phone");
		screenshot(phone, "act-01-ticket-phone");

		Page door = newPage(390, 844, true);
		door.navigate(url("/login"));
		signIn(door, world.head());
		door.navigate(url("/activities/" + activity + "/check-in"));
		door.getByLabel("票上的8位签到码").fill(code.toLowerCase());
		door.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("签到").setExact(true)).click();
		PlaywrightAssertions.assertThat(door.locator("#checkin-done")).containsText("卓玛" + world.suffix());
		screenshot(door, "act-02-checked-in");
		door.getByLabel("票上的8位签到码").fill(code);
		door.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("签到").setExact(true)).click();
		PlaywrightAssertions.assertThat(door.locator("#checkin-refused")).containsText("已经签到过了");
		assertNoHorizontalScroll(door, "the door on a phone");
	}
}
