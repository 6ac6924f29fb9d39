package org.pomegranate.volunteers;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.UUID;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.pomegranate.ApiClient;
import org.pomegranate.BrowserJourney;
import org.pomegranate.TestFixtures;
import org.pomegranate.TestFixtures.World;
import org.pomegranate.registry.RegistryManagement;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.json.JsonMapper;

/**
 * A volunteer's hours and points appear on her own page once staff have checked her in and out of a
 * shift, and her certificate prints them in her language.
 */
class VolunteerJourneyBrowserTests extends BrowserJourney {

	@Autowired
	TestFixtures fixtures;
	@Autowired
	RegistryManagement registry;
	@Autowired
	JsonMapper json;

	@Test
	void herHoursAndPointsAppearAfterCheckOut() {
		World world = fixtures.world();
		VolunteerWorld volunteers = new VolunteerWorld(fixtures, registry);
		UUID resident = volunteers.resident(world, "志愿旅程" + world.suffix());
		String login = fixtures.residentAccount("journey" + world.suffix(), "志愿旅程", resident);
		ApiClient head = new ApiClient(port, json).as(world.head());
		UUID volunteer = volunteers.register(head, resident);

		Page page = newPage(390, 844, true);
		page.navigate(url("/login"));
		signIn(page, login);
		page.navigate(url("/my/volunteer"));
		assertThat(page.locator("#balance")).containsText("0");
		assertThat(page.locator("#volunteer-hours")).containsText("还没有服务时长");

		UUID shift = volunteers.shift(head, volunteers.opportunity(head, world, 15), 3);
		volunteers.twoHours(head, shift, volunteer);

		page.reload();
		assertThat(page.locator("#volunteer-summary")).containsText("已认定服务时长：2 小时");
		assertThat(page.locator("#balance")).containsText("30");
		assertThat(page.locator("#volunteer-hours")).containsText("已认定");
		assertThat(page.locator("#volunteer-points")).containsText("+30");
		assertAccessible(page, "my volunteering");
		screenshot(page, "volunteer-mine");

		page.navigate(url("/volunteers/" + volunteer + "/certificate"));
		assertThat(page.locator("#certificate-text")).containsText("志愿旅程" + world.suffix());
		assertThat(page.locator("#certificate-text")).containsText("2 小时");
	}
}
