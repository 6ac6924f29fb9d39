package org.pomegranate.demo;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.pomegranate.facilities.BookingStatus;
import org.pomegranate.facilities.FacilityImport;
import org.pomegranate.facilities.FacilityImport.PastBooking;
import org.pomegranate.facilities.FacilityKind;
import org.pomegranate.facilities.RequesterKind;
import org.pomegranate.identity.IdentityManagement;
import org.pomegranate.identity.StaffMember;
import org.pomegranate.organization.OrgUnit;
import org.springframework.stereotype.Component;

/**
 * The 5 ethnic service centres (one in each of five counties) and 90 pomegranate seed homes spread
 * over the demo's communities, 1 to 3 rooms each, and their bookings from a month back to two months
 * ahead: mostly approved, some pending, some declined with a reason, a few cancelled. Approved
 * bookings of a room never overlap (each day has fixed slots, at most one booking per slot), as the
 * database demands. Kunlun's first seed home is the busiest, so its week calendar looks alive.
 */
@Component
class DemoFacilities {

	static final int SEED_HOMES = 90;
	private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
	/** Slots that fit every facility's hours and never overlap one another. */
	private static final int[][] SLOTS = { { 9, 0, 11, 0 }, { 14, 0, 16, 0 }, { 19, 0, 20, 30 } };
	private static final String[] PURPOSES = { "社区议事协商会", "手拉手·民族团结故事会", "心连心·邻里茶话会", "结对子·一家亲座谈",
			"普通话培训班", "藏语日常会话课", "蒙古语歌曲学唱", "老年书法班", "少儿绘画兴趣班", "法律明白人讲座", "就业技能培训",
			"健康义诊咨询", "非遗刺绣传习", "花儿演唱排练", "锅庄舞排练", "安全生产宣讲", "志愿者例会", "读书分享会" };
	private static final String[] ORGANISATIONS = { "格尔木市老年大学", "青海民族团结促进会", "昆仑路小学", "海西州青年志愿者协会",
			"德令哈市书法家协会" };
	private static final String[] DECLINED = { "当天场地已安排消防检查", "房间正在维修，请改期", "与社区重点活动时间冲突" };

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(DemoFacilities.class);

	private final FacilityImport facilities;
	private final IdentityManagement identity;

	DemoFacilities(FacilityImport facilities, IdentityManagement identity) {
		this.facilities = facilities;
		this.identity = identity;
	}

	/** @return how many bookings were written */
	int load(List<DemoOrganization.Community> communities, UUID designatedResident, Random random) {
		Instant now = Instant.now();
		UUID fallback = staff(communities.get(0).unit().id(), null);
		UUID resident = identity.accountsOfResident(designatedResident).stream().findFirst().orElse(null);
		List<PastBooking> bookings = new ArrayList<>();
		Map<UUID, OrgUnit> counties = new LinkedHashMap<>();
		communities.forEach(c -> counties.putIfAbsent(c.county().id(), c.county()));
		int centre = 0;
		for (OrgUnit county : counties.values()) {
			if (centre++ == 5) {
				break;
			}
			UUID id = facilities.addFacility(county.id(), FacilityKind.SERVICE_CENTRE, county.nameZh() + "民族服务中心",
					county.nameZh() + "团结大道" + (10 + random.nextInt(80)) + "号", phone(random), LocalTime.of(8, 30),
					LocalTime.of(21, 0), EnumSet.allOf(DayOfWeek.class), "无障碍坡道和电梯；一楼有无障碍卫生间；多功能厅设助听环路",
					"各族群众办事、学习、交流的综合服务场所，提供政策咨询、法律援助、就业指导和双语服务。", now);
			UUID manager = staff(county.id(), fallback);
			rooms(id, 3, random).forEach(room -> book(bookings, room, manager, manager, null, 0.35, now, random));
		}
		for (int i = 0; i < SEED_HOMES; i++) {
			DemoOrganization.Community c = communities.get(i % communities.size());
			int nth = i / communities.size() + 1;
			String name = c.unit().nameZh() + "石榴籽家园" + (nth == 1 ? "" : "（" + chinese(nth) + "）");
			UUID id = facilities.addFacility(c.unit().id(), FacilityKind.SEED_HOME, name,
					c.unit().nameZh() + (nth * 3 + random.nextInt(3)) + "号楼底商", random.nextInt(4) == 0 ? null
							: phone(random), LocalTime.of(9, 0), LocalTime.of(20, 30), weekdaysAndSaturday(),
					random.nextBoolean() ? "入口平整无台阶" : null, "社区各族居民共学、共事、共乐的家门口阵地。", now);
			UUID manager = staff(c.unit().id(), fallback);
			boolean busiest = i == 0;
			for (UUID room : rooms(id, busiest ? 2 : 1 + random.nextInt(3), random)) {
				book(bookings, room, manager, manager, busiest ? resident : null, busiest ? 0.7 : 0.12, now, random);
			}
		}
		facilities.addBookings(bookings);
		log.info("Demo facilities: 5 centres, {} seed homes, {} bookings in {} ms", SEED_HOMES, bookings.size(),
				Duration.between(now, Instant.now()).toMillis());
		return bookings.size();
	}

	private List<UUID> rooms(UUID facility, int count, Random random) {
		String[][] kinds = { { "多功能厅", "投影仪、音响、舞台" }, { "活动室", "桌椅、茶具、白板" }, { "阅览室", "图书、电脑 4 台" } };
		int[] capacities = { 60 + random.nextInt(60), 20 + random.nextInt(20), 12 + random.nextInt(10) };
		List<UUID> rooms = new ArrayList<>();
		for (int r = 0; r < count; r++) {
			rooms.add(facilities.addRoom(facility, kinds[r][0], capacities[r], kinds[r][1]));
		}
		return rooms;
	}

	/**
	 * A month back to two months ahead: each open day's slot is taken with the given chance. Past
	 * slots ended approved (a few declined or cancelled); future ones are approved, pending or declined.
	 */
	private void book(List<PastBooking> out, UUID room, UUID requester, UUID manager, UUID resident, double chance,
			Instant now, Random random) {
		LocalDate today = LocalDate.now(CHINA);
		for (LocalDate day = today.minusDays(30); day.isBefore(today.plusDays(60)); day = day.plusDays(1)) {
			if (day.getDayOfWeek() == DayOfWeek.SUNDAY) {
				continue;
			}
			for (int[] slot : SLOTS) {
				if (random.nextDouble() >= chance) {
					continue;
				}
				Instant start = day.atTime(slot[0], slot[1]).atZone(CHINA).toInstant();
				Instant end = day.atTime(slot[2], slot[3]).atZone(CHINA).toInstant();
				boolean past = end.isBefore(now);
				int roll = random.nextInt(20);
				BookingStatus status = past ? (roll < 17 ? BookingStatus.APPROVED
						: roll < 19 ? BookingStatus.DECLINED : BookingStatus.CANCELLED)
						: start.isBefore(now) ? BookingStatus.APPROVED
						: roll < 13 ? BookingStatus.APPROVED : roll < 18 ? BookingStatus.PENDING : BookingStatus.DECLINED;
				int who = random.nextInt(10);
				// the demo resident asks now and then, so her "my bookings" shows a few of every outcome
				RequesterKind kind = resident != null && random.nextInt(25) == 0 ? RequesterKind.RESIDENT
						: who < 5 ? RequesterKind.ORGANISATION : RequesterKind.STAFF;
				Instant asked = start.minus(Duration.ofDays(2 + random.nextInt(12)));
				out.add(new PastBooking(room, start, end, PURPOSES[random.nextInt(PURPOSES.length)], 8 + random.nextInt(12),
						status, kind, kind == RequesterKind.RESIDENT ? resident : requester,
						kind == RequesterKind.ORGANISATION ? ORGANISATIONS[random.nextInt(ORGANISATIONS.length)] : null,
						asked.isAfter(now) ? now.minus(Duration.ofHours(1 + random.nextInt(48))) : asked,
						status == BookingStatus.PENDING ? null : manager,
						status == BookingStatus.DECLINED ? DECLINED[random.nextInt(DECLINED.length)] : null));
			}
		}
	}

	/** A staff account of the unit (its head first), else the fallback: someone has to have decided. */
	private UUID staff(UUID unitId, UUID fallback) {
		return identity.staffAt(unitId).stream().map(StaffMember::accountId).findFirst().orElse(fallback);
	}

	private static Set<DayOfWeek> weekdaysAndSaturday() {
		return EnumSet.complementOf(EnumSet.of(DayOfWeek.SUNDAY));
	}

	/** A synthetic front-desk number of the prefecture's area code; no real line is meant. */
	private static String phone(Random random) {
		return "0977-8" + String.format("%06d", random.nextInt(1_000_000));
	}

	private static String chinese(int n) {
		return String.valueOf("一二三四五六七八九十".charAt(Math.min(n, 10) - 1));
	}
}
