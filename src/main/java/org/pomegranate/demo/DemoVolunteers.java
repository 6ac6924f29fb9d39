package org.pomegranate.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Supplier;

import org.pomegranate.identity.IdentityManagement;
import org.pomegranate.partybuilding.CadreForm;
import org.pomegranate.partybuilding.MemberForm;
import org.pomegranate.partybuilding.Network;
import org.pomegranate.partybuilding.OrganizationForm;
import org.pomegranate.partybuilding.PartyNetwork;
import org.pomegranate.partybuilding.VanguardTeams;
import org.pomegranate.shared.TimeConfiguration;
import org.pomegranate.volunteers.HoursForm;
import org.pomegranate.volunteers.Opportunities;
import org.pomegranate.volunteers.OpportunityForm;
import org.pomegranate.volunteers.RedemptionForm;
import org.pomegranate.volunteers.ShiftForm;
import org.pomegranate.volunteers.Shifts;
import org.pomegranate.volunteers.VolunteerForm;
import org.pomegranate.volunteers.VolunteerPoints;
import org.pomegranate.volunteers.Volunteers;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Volunteers and the party-building network through the real services: in every community a few
 * volunteers with approved hours of the last three months and their points, an opportunity with an
 * upcoming shift; in Kunlun Community (昆仑社区) more of them, a team coordinated by the {@code volunteer}
 * login, the demo resident registered with hours, points and a redemption, and the network: the
 * community's general branch, a branch in each grid, groups in some buildings, cadres who reported to
 * the community and a vanguard team of staff, volunteers and cadres.
 */
@Component
class DemoVolunteers {

	private static final String[] SKILLS = { "急救", "翻译", "理发", "维修", "心理疏导", "法律咨询", "文艺演出", "陪护老人", "辅导功课",
			"摄影" };
	private static final String[] TASKS = { "楼道清扫", "敬老院陪护", "民族团结宣讲", "垃圾分类引导", "节日活动服务", "四点半课堂" };
	private static final String[] DONE = { "陪老人聊天、读报", "清扫楼道和单元门口", "给新搬来的邻居讲解办事流程", "活动现场引导和秩序维护",
			"辅导孩子作业" };
	private static final String[] OFFERS = { "政策宣讲", "结对帮扶困难家庭", "法律咨询", "矛盾调解", "就业指导", "文艺培训" };

	private final Volunteers volunteers;
	private final VolunteerPoints points;
	private final Opportunities opportunities;
	private final Shifts shifts;
	private final PartyNetwork network;
	private final VanguardTeams teams;
	private final IdentityManagement identity;
	private final UserDetailsService users;

	DemoVolunteers(Volunteers volunteers, VolunteerPoints points, Opportunities opportunities, Shifts shifts,
			PartyNetwork network, VanguardTeams teams, IdentityManagement identity, UserDetailsService users) {
		this.volunteers = volunteers;
		this.points = points;
		this.opportunities = opportunities;
		this.shifts = shifts;
		this.network = network;
		this.teams = teams;
		this.identity = identity;
		this.users = users;
	}

	void load(List<DemoHome> homes, UUID designatedResident, Random random) {
		try {
			Map<DemoOrganization.Community, List<DemoHome>> byCommunity = new LinkedHashMap<>();
			homes.forEach(h -> byCommunity.computeIfAbsent(h.community(), c -> new ArrayList<>()).add(h));
			DemoOrganization.Community kunlun = homes.stream().filter(h -> h.residentId().equals(designatedResident))
				.findFirst().orElseThrow().community();
			List<UUID> kunlunVolunteers = new ArrayList<>();
			for (Map.Entry<DemoOrganization.Community, List<DemoHome>> entry : byCommunity.entrySet()) {
				boolean isKunlun = entry.getKey() == kunlun;
				String staff = isKunlun ? "head" : "grid." + entry.getKey().plan().slug();
				List<DemoHome> candidates = entry.getValue().stream()
					.filter(h -> !h.residentId().equals(designatedResident) && (isKunlun || h.gridIndex() == 0))
					.limit(isKunlun ? 10 : 3).toList();
				UUID unit = isKunlun ? entry.getKey().unit().id() : entry.getKey().grids().get(0).id();
				List<UUID> ids = new ArrayList<>();
				for (DemoHome home : candidates) {
					ids.add(volunteer(staff, home.residentId(), home.language().code(), random));
				}
				UUID team = isKunlun ? as(staff, () -> opportunities.createTeam(unit, "昆仑社区志愿服务队", account("volunteer")))
						: null;
				UUID opportunity = as(staff, () -> opportunities.create(new OpportunityForm(unit, team,
						TASKS[random.nextInt(TASKS.length)], entry.getKey().unit().nameZh() + "党群服务中心", null, 10, 5)));
				upcomingShift(staff, opportunity, ids, random);
				if (isKunlun) {
					ids.forEach(id -> as(staff, () -> {
						opportunities.addToTeam(team, id);
						return null;
					}));
					kunlunVolunteers.addAll(ids);
				}
			}
			UUID mine = volunteer("head", designatedResident, "bo", random);
			int balance = as("head", () -> points.ledger(mine).balance());
			if (balance > 0) {
				as("head", () -> points.redeem(mine, new RedemptionForm(Math.min(balance, 20), "社区优秀志愿者证书")));
			}
			kunlunVolunteers.add(mine);
			partyNetwork(kunlun, byCommunity.get(kunlun), designatedResident, kunlunVolunteers, random);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	/** A volunteer registered by staff with her consent, 2 to 5 approved entries of hours. */
	private UUID volunteer(String staff, UUID resident, String language, Random random) {
		List<String> skills = List.of(SKILLS[random.nextInt(SKILLS.length)], SKILLS[random.nextInt(SKILLS.length)]);
		List<String> languages = language.equals("zh") ? List.of("zh") : List.of("zh", language);
		UUID id = as(staff, () -> volunteers.register(new VolunteerForm(resident, skills, languages,
				random.nextBoolean() ? "周末全天" : "工作日晚上", true)));
		LocalDate today = ZonedDateTime.now(TimeConfiguration.DISPLAY_ZONE).toLocalDate();
		int entries = 2 + random.nextInt(4);
		for (int i = 0; i < entries; i++) {
			LocalDate day = today.minusDays(1 + random.nextInt(85));
			int minutes = 60 + 30 * random.nextInt(7);
			UUID hours = as(staff, () -> points.enter(id, new HoursForm(day, minutes, DONE[random.nextInt(DONE.length)])));
			if (i > 0 || random.nextInt(4) > 0) {
				as(staff, () -> points.approve(hours));
			}
		}
		return id;
	}

	private void upcomingShift(String staff, UUID opportunity, List<UUID> volunteers, Random random) {
		LocalDate day = ZonedDateTime.now(TimeConfiguration.DISPLAY_ZONE).toLocalDate().plusDays(2 + random.nextInt(12));
		Instant start = day.atTime(LocalTime.of(9, 0)).atZone(TimeConfiguration.DISPLAY_ZONE).toInstant();
		UUID shift = as(staff, () -> opportunities.addShift(opportunity, new ShiftForm(start, start.plusSeconds(3 * 3600),
				4 + random.nextInt(5))));
		volunteers.stream().limit(1 + random.nextInt(3)).forEach(v -> as(staff, () -> {
			shifts.signUp(shift, v);
			return null;
		}));
	}

	private void partyNetwork(DemoOrganization.Community kunlun, List<DemoHome> homes, UUID designated,
			List<UUID> kunlunVolunteers, Random random) {
		UUID community = kunlun.unit().id();
		as("head", () -> {
			network.setOrganization(new OrganizationForm(community, null, "昆仑社区党总支", account("head")));
			String[] gridWorkers = { "grid", "grid2", "grid3", "grid4", "grid5", "grid6" };
			for (int g = 0; g < kunlun.grids().size(); g++) {
				String leader = g < gridWorkers.length ? gridWorkers[g] : null;
				network.setOrganization(new OrganizationForm(kunlun.grids().get(g).id(), null,
						kunlun.grids().get(g).nameZh() + "党支部", leader == null ? null : account(leader)));
			}
			Network tree = network.of(community);
			for (int g = 0; g < tree.grids().size(); g++) {
				Network.GridNode grid = tree.grids().get(g);
				String leader = g < gridWorkers.length ? gridWorkers[g] : "head";
				grid.buildings().stream().limit(2).forEach(b -> network.setOrganization(new OrganizationForm(null,
						b.buildingId(), b.name() + "党小组", account(leader))));
			}
			List<UUID> cadres = homes.stream().filter(h -> !h.residentId().equals(designated)).skip(20).limit(8)
				.map(h -> network.registerCadre(new CadreForm(h.residentId(),
						ZonedDateTime.now(TimeConfiguration.DISPLAY_ZONE).toLocalDate().minusDays(random.nextInt(300)),
						OFFERS[random.nextInt(OFFERS.length)])))
				.toList();
			UUID team = teams.create(community, "昆仑社区民族团结进步先锋示范队");
			for (String staff : List.of("head", "staff", "grid", "grid2")) {
				teams.addMember(team, new MemberForm(account(staff), null, null));
			}
			kunlunVolunteers.stream().limit(4).forEach(v -> teams.addMember(team, new MemberForm(null, v, null)));
			cadres.stream().limit(5).forEach(c -> teams.addMember(team, new MemberForm(null, null, c)));
			return null;
		});
	}

	private UUID account(String username) {
		return identity.findAccounts(username, 50).stream().filter(a -> a.username().equals(username)).findFirst()
			.orElseThrow().id();
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
