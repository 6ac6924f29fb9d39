package org.pomegranate.facilities.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pomegranate.BrowserJourney;
import org.pomegranate.TestFixtures;
import org.pomegranate.facilities.Facilities;
import org.pomegranate.facilities.FacilityWorld;
import org.pomegranate.identity.Role;
import org.pomegranate.registry.RegistryManagement;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * On a 390 px phone: a community staff member books a room of the seed home, the community head
 * approves it from the queue, and the room's week calendar shows it approved; htmx pages to the
 * next week and back.
 */
class BookingJourneyBrowserTests extends BrowserJourney {

	@Autowired
	TestFixtures fixtures;
	@Autowired
	Facilities facilities;
	@Autowired
	RegistryManagement registry;

	FacilityWorld place;
	String staff;

	@BeforeEach
	void world() {
		place = FacilityWorld.create(fixtures, facilities, registry);
		staff = fixtures.account("clerk" + place.world().suffix(), "社区干事" + place.world().suffix(),
				Role.COMMUNITY_STAFF, place.world().community().id());
	}

	@AfterEach
	void signOut() {
		TestFixtures.signOut();
	}

	@Test
	void staffBookTheManagerApprovesAndTheWeekShowsIt() {
		LocalDate day = FacilityWorld.at(9, 0).toLocalDate();
		Page page = newPage(390, 844, true);
		page.navigate(url("/login"));
		signIn(page, staff);
		followMenu(page, "场地预约");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("石榴籽家园" + place.world().suffix())).click();
		assertAccessible(page, "the facility page on a phone");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("预约此房间")).first().click();
		page.getByLabel("日期").fill(day.toString());
		page.getByLabel("开始").fill("14:00");
		page.getByLabel("结束").fill("16:00");
		page.getByLabel("用途").fill("民族团结主题读书会");
		page.getByLabel("人数").fill("25");
		assertAccessible(page, "the booking form on a phone");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("提交预约")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("预约已提交");
		Locator pending = page.locator(".fac-booking", new Page.LocatorOptions().setHasText("民族团结主题读书会"));
		assertThat(pending).hasClass(java.util.regex.Pattern.compile(".*fac-PENDING.*"));

		Page manager = newPage(390, 844, true);
		manager.navigate(url("/login"));
		signIn(manager, place.world().head());
		manager.navigate(url("/bookings/pending"));
		Locator row = manager.locator("#bookings tr", new Page.LocatorOptions().setHasText("民族团结主题读书会"));
		assertThat(row).containsText("社区干事");
		assertAccessible(manager, "the manager's queue on a phone");
		row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("批准")).click();
		assertThat(manager.getByRole(AriaRole.STATUS)).containsText("已批准");
		assertThat(manager.locator("#bookings tr", new Page.LocatorOptions().setHasText("民族团结主题读书会"))).hasCount(0);

		manager.navigate(url("/rooms/" + place.roomId() + "?date=" + day));
		Locator approved = manager.locator(".fac-booking", new Page.LocatorOptions().setHasText("民族团结主题读书会"));
		assertThat(approved).isVisible();
		assertThat(approved).hasClass(java.util.regex.Pattern.compile(".*fac-APPROVED.*"));
		assertThat(approved).containsText("14:00–16:00");
		assertThat(manager.locator(".fac-day[data-date='" + day + "']")).containsText("民族团结主题读书会");
		assertNoHorizontalScroll(manager, "the week calendar on a 390 px phone");
		assertAccessible(manager, "the week calendar on a phone");
		screenshot(manager, "facilities-week-phone");

		manager.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("下一周")).click();
		assertThat(manager.locator(".fac-day").first()).hasAttribute("data-date",
				RoomCalendar.mondayOf(day).plusWeeks(1).toString());
		assertThat(manager).hasURL(java.util.regex.Pattern.compile(".*date=" + RoomCalendar.mondayOf(day).plusWeeks(1)));
		manager.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("上一周")).click();
		assertThat(manager.locator(".fac-booking", new Page.LocatorOptions().setHasText("民族团结主题读书会"))).isVisible();

		manager.navigate(url("/rooms/" + place.roomId() + "/month?month=" + day.toString().substring(0, 7)));
		assertThat(manager.locator("#month")).containsText(String.valueOf(day.getDayOfMonth()));
		assertNoHorizontalScroll(manager, "the month calendar on a 390 px phone");
		assertAccessible(manager, "the month calendar on a phone");

		Page desktop = newPage(1280, 900, false);
		desktop.navigate(url("/login"));
		signIn(desktop, staff);
		desktop.navigate(url("/rooms/" + place.roomId() + "?date=" + day));
		assertThat(desktop.locator(".fac-booking", new Page.LocatorOptions().setHasText("民族团结主题读书会"))).isVisible();
		screenshot(desktop, "facilities-week-desktop");
		assertAccessible(desktop, "the week calendar on a desktop");
	}
}
