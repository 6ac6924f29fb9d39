package org.pomegranate.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Supplier;

import org.pomegranate.activities.Activities;
import org.pomegranate.activities.ActivityForm;
import org.pomegranate.activities.ActivityKind;
import org.pomegranate.activities.CheckIns;
import org.pomegranate.activities.CoOrganiser;
import org.pomegranate.activities.Festival;
import org.pomegranate.activities.FestivalCalendar;
import org.pomegranate.activities.FestivalDay;
import org.pomegranate.activities.Localized;
import org.pomegranate.activities.SignUps;
import org.pomegranate.activities.Signup;
import org.pomegranate.shared.ApplicationClock;
import org.pomegranate.shared.TimeConfiguration;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * A living calendar through the real services: in the first six communities, activities of the past
 * three months (sign-ups, check-ins, walk-ins and reports, each replayed at its own time so the figures
 * fill) and of the next three (sign-ups, the demo resident on one of them), the festivals of the window
 * among them; this year's and next year's office-set festival dates. Kunlun's head runs Kunlun's, the
 * prefecture officer the others'.
 */
@Component
class DemoActivities {

	static final int COMMUNITIES = 6;

	private record Plan(ActivityKind kind, String zh, String en, String bo, String mn, CoOrganiser co) {
	}

	private static final List<Plan> PLANS = List.of(
			new Plan(ActivityKind.THEMED_UNITY, "手拉手·民族团结茶话会", "Hand in hand: unity tea party",
					"ལག་པ་ལག་པར་འཇུས། མཐུན་སྒྲིལ་ཇ་འཐུང་།", "ᠭᠠᠷ ᠭᠠᠷ ᠲᠠᠢ ᠨᠢᠭᠡᠳᠦᠯ ᠦᠨ ᠴᠠᠢ",
					new CoOrganiser("格尔木驻地部队某部", CoOrganiser.Type.ARMY_UNIT)),
			new Plan(ActivityKind.LEGAL_EDUCATION, "民法典进社区宣讲", "The Civil Code in the community",
					"ཁྲིམས་ཡིག་སྡེ་ཁུལ་དུ།", "ᠢᠷᠭᠡᠨ ᠦ ᠬᠠᠤᠯᠢ ᠬᠣᠷᠣᠭᠠᠨ ᠳᠤ",
					new CoOrganiser("市司法局", CoOrganiser.Type.AGENCY)),
			new Plan(ActivityKind.HERITAGE_OUTREACH, "非遗进校园：土族盘绣", "Heritage into schools: Tu embroidery",
					"ཤུལ་བཞག་སློབ་གྲྭར། ཐུའུ་རིགས་ཚེམ་དྲུབ།", "ᠥᠪ ᠰᠤᠷᠭᠠᠭᠤᠯᠢ ᠳᠤ",
					new CoOrganiser("昆仑路小学", CoOrganiser.Type.SCHOOL)),
			new Plan(ActivityKind.SPORTS, "邻里篮球友谊赛", "Neighbours' basketball match", "ཁྱིམ་མཚེས་སྦྲེལ་རྩེད།",
					"ᠠᠢᠯ ᠬᠥᠷᠡᠩᠭᠡ ᠶᠢᠨ ᠰᠠᠭᠠᠳ ᠪᠥᠮᠪᠥᠭ", new CoOrganiser("盐湖股份公司", CoOrganiser.Type.ENTERPRISE)),
			new Plan(ActivityKind.VOLUNTEER_SERVICE, "心连心志愿义诊", "Heart to heart: volunteer health check",
					"སེམས་སེམས་སྦྲེལ་བའི་སྨན་བཅོས།", "ᠰᠡᠳᠬᠢᠯ ᠰᠡᠳᠬᠢᠯ ᠳᠦ", new CoOrganiser("州人民医院", CoOrganiser.Type.AGENCY)),
			new Plan(ActivityKind.MASS_CULTURAL, "结对子·邻里文艺晚会", "Pairing: neighbours' evening of song",
					"ཟུང་སྒྲིག་ཁྱིམ་མཚེས་གླུ་གཞས།", "ᠬᠣᠣᠰᠯᠠᠯ ᠤᠨ ᠤᠳᠤᠰᠢ", null));

	private final Activities activities;
	private final SignUps signUps;
	private final CheckIns checkIns;
	private final FestivalCalendar festivals;
	private final UserDetailsService users;

	DemoActivities(Activities activities, SignUps signUps, CheckIns checkIns, FestivalCalendar festivals,
			UserDetailsService users) {
		this.activities = activities;
		this.signUps = signUps;
		this.checkIns = checkIns;
		this.festivals = festivals;
		this.users = users;
	}

	void load(List<DemoHome> homes, UUID designatedResident, Random random) {
		try {
			LocalDate today = ZonedDateTime.now(TimeConfiguration.DISPLAY_ZONE).toLocalDate();
			officeDates(today);
			Map<DemoOrganization.Community, List<DemoHome>> byCommunity = new LinkedHashMap<>();
			homes.forEach(h -> byCommunity.computeIfAbsent(h.community(), c -> new ArrayList<>()).add(h));
			List<DemoOrganization.Community> communities = byCommunity.keySet().stream().limit(COMMUNITIES).toList();
			List<FestivalDay> window = festivalsAround(today);
			UUID designatedCommunity = homes.stream().filter(h -> h.residentId().equals(designatedResident))
				.findFirst().orElseThrow().community().unit().id();
			for (DemoOrganization.Community community : communities) {
				String who = community.unit().id().equals(designatedCommunity) ? "head" : "prefecture";
				List<DemoHome> people = byCommunity.get(community);
				for (int month = -3; month <= 2; month++) {
					for (int n = 0; n < 2; n++) {
						LocalDateTime start = today.plusMonths(month).withDayOfMonth(3 + n * 12 + random.nextInt(8))
							.atTime(9 + random.nextInt(8), 30);
						Plan plan = PLANS.get(random.nextInt(PLANS.size()));
						run(who, community, people, start, plan, null, random, designatedResident);
					}
				}
				for (FestivalDay festival : window) {
					run(who, community, people, festival.date().atTime(10, 0), null, festival.festival(), random,
							designatedResident);
				}
			}
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	/** Plans, fills and (when past) runs and reports one activity, each step at its own moment. */
	private void run(String who, DemoOrganization.Community community, List<DemoHome> people, LocalDateTime start,
			Plan plan, Festival festival, Random random, UUID designatedResident) {
		Instant begins = start.atZone(TimeConfiguration.DISPLAY_ZONE).toInstant();
		Instant now = Instant.now();
		int capacity = 15 + random.nextInt(3) * 5;
		ActivityForm form = festival == null
				? new ActivityForm(plan.kind(), community.unit().id(), community.unit().id(),
						new Localized(plan.zh(), plan.en(), plan.bo(), plan.mn()), Localized.zh("欢迎各族邻里参加。"), null,
						community.unit().nameZh() + "党群服务中心", start, start.plusHours(2), capacity, null,
						plan.co() == null ? List.of() : List.of(plan.co()))
				: new ActivityForm(ActivityKind.TRADITIONAL_FESTIVAL, community.unit().id(), community.unit().id(),
						Localized.zh(festivalTitle(festival)), Localized.zh("包饺子、唱花儿、跳锅庄，各族邻里同过佳节。"),
						null, community.unit().nameZh() + "石榴籽家园", start, start.plusHours(3), capacity,
						festival.name(), List.of());
		Instant planned = begins.isBefore(now) ? begins.minus(java.time.Duration.ofDays(12)) : now;
		UUID id = at(planned, who, () -> activities.create(form));
		int signing = Math.min(people.size(), capacity / 2 + random.nextInt(capacity / 2 + 2));
		List<Signup> tickets = new ArrayList<>();
		List<DemoHome> shuffled = new ArrayList<>(people);
		java.util.Collections.shuffle(shuffled, random);
		boolean future = begins.isAfter(now);
		if (future && who.equals("head") && tickets.isEmpty()) {
			// the demo resident holds a ticket to Kunlun's next activities, to try the portal with
			shuffled.removeIf(h -> h.residentId().equals(designatedResident));
			tickets.add(at(planned, who, () -> signUps.signUp(id, designatedResident)));
		}
		for (DemoHome home : shuffled.subList(0, Math.min(signing, shuffled.size()))) {
			tickets.add(at(planned, who, () -> signUps.signUp(id, home.residentId())));
		}
		if (future) {
			return;
		}
		Instant door = begins.plus(java.time.Duration.ofMinutes(5));
		for (Signup ticket : tickets) {
			if (ticket.status() == Signup.Status.CONFIRMED && random.nextInt(100) < 80) {
				at(door, who, () -> checkIns.checkIn(id, ticket.shortCode()));
			}
		}
		for (int w = random.nextInt(4); w > 0; w--) {
			at(door, who, () -> checkIns.walkIn(id, null, null));
		}
		at(begins.plus(java.time.Duration.ofHours(4)), who, () -> activities.writeReport(id,
				"活动顺利举行，各族居民踊跃参加，现场气氛热烈。下次将增加藏语、蒙古语讲解。"));
	}

	private static String festivalTitle(Festival festival) {
		return switch (festival) {
			case SPRING_FESTIVAL -> "春节·各族邻里包饺子";
			case LANTERN_FESTIVAL -> "元宵灯谜会";
			case MID_AUTUMN -> "中秋·石榴籽同心月";
			case DOUBLE_NINTH -> "重阳敬老宴";
			case QINGMING -> "清明缅怀先烈";
			case DRAGON_BOAT -> "端午包粽子";
			default -> "节日联欢";
		};
	}

	/** The festivals with a date in the window of the demo, three months back and forward. */
	private List<FestivalDay> festivalsAround(LocalDate today) {
		List<FestivalDay> days = new ArrayList<>();
		for (int year = today.getYear() - 1; year <= today.getYear() + 1; year++) {
			for (FestivalDay day : festivals.year(year)) {
				if (day.date() != null && day.source() == FestivalDay.Source.COMPUTED
						&& !day.date().isBefore(today.minusMonths(3)) && day.date().isBefore(today.plusMonths(3))) {
					days.add(day);
				}
			}
		}
		return days;
	}

	/** The prefecture's dates for its own festivals, this year and next. */
	private void officeDates(LocalDate today) {
		for (int year = today.getYear(); year <= today.getYear() + 1; year++) {
			int y = year;
			as("prefecture", () -> {
				festivals.setDate(Festival.CHAIDAMU_SUMMER, y, LocalDate.of(y, 7, 18));
				festivals.setDate(Festival.NAADAM, y, LocalDate.of(y, 7, 25));
				festivals.setDate(Festival.LOSAR, y, festivals.day(Festival.SPRING_FESTIVAL, y).date());
				return null;
			});
		}
	}

	private <T> T at(Instant moment, String username, Supplier<T> work) {
		return ApplicationClock.replayAt(moment, () -> as(username, work));
	}

	private <T> T as(String username, Supplier<T> work) {
		UserDetails user = users.loadUserByUsername(username);
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}
}
