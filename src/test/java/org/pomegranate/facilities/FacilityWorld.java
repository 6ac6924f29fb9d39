package org.pomegranate.facilities;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.pomegranate.TestFixtures;
import org.pomegranate.TestFixtures.World;
import org.pomegranate.registry.RegistryManagement;

/**
 * A test world with a pomegranate seed home in its community (open 08:00 to 21:00 every day), a
 * room for 30, and a resident with an account; slots on a day a week or more ahead.
 */
public record FacilityWorld(World world, UUID facilityId, UUID roomId, String resident) {

	public static final ZoneOffset CHINA = ZoneOffset.ofHours(8);

	public static FacilityWorld create(TestFixtures fixtures, Facilities facilities, RegistryManagement registry) {
		World world = fixtures.world();
		UUID facility = fixtures.as(world.head(), () -> facilities.create(new FacilityInput(world.community().id(),
				FacilityKind.SEED_HOME, "石榴籽家园" + world.suffix(), "测试路" + world.suffix() + "号", "0977-8123456",
				LocalTime.of(8, 0), LocalTime.of(21, 0), EnumSet.allOf(DayOfWeek.class), "无障碍坡道", null)));
		UUID room = fixtures.as(world.head(), () -> facilities.addRoom(facility, "活动室", 30, "投影仪"));
		UUID household = fixtures.as(world.head(),
				() -> registry.createHousehold(TestFixtures.household(world.buildingA1(), "1", "102")));
		UUID resident = fixtures.as(world.head(),
				() -> registry.createResident(TestFixtures.resident(household, "预订居民", "13900003333", null)));
		String login = fixtures.residentAccount("booker" + world.suffix(), "预订居民", resident);
		return new FacilityWorld(world, facility, room, login);
	}

	/** {@code days} ahead at {@code hour}:00 China time, for {@code hours} hours. */
	public static OffsetDateTime at(int days, int hour) {
		return LocalDate.now(CHINA).plusDays(days).atTime(hour, 0).atOffset(CHINA);
	}

	public Map<String, Object> booking(OffsetDateTime start, OffsetDateTime end, String purpose) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("roomId", roomId.toString());
		body.put("start", start.toString());
		body.put("end", end.toString());
		body.put("purpose", purpose);
		return body;
	}
}
