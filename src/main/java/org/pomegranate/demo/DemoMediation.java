package org.pomegranate.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Supplier;

import org.pomegranate.identity.IdentityManagement;
import org.pomegranate.identity.NewAccount;
import org.pomegranate.identity.Role;
import org.pomegranate.mediation.CaseIntake;
import org.pomegranate.mediation.CaseSource;
import org.pomegranate.mediation.CaseType;
import org.pomegranate.mediation.MediationActs;
import org.pomegranate.mediation.NewCase;
import org.pomegranate.mediation.NewParty;
import org.pomegranate.mediation.PartySide;
import org.pomegranate.mediation.Referral;
import org.pomegranate.servicedesk.QueueFilter;
import org.pomegranate.servicedesk.RequestDetails;
import org.pomegranate.servicedesk.RequestSummary;
import org.pomegranate.servicedesk.ServiceDesk;
import org.pomegranate.shared.ApplicationClock;
import org.pomegranate.shared.TimeConfiguration;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Mediation cases across the prefecture through the real services, each act at its own past
 * moment: a year of settled cases in every community (about 95 % ending in agreement, so the rate
 * has a trend), and in Kunlun Community cases in every state, three referred from open service
 * requests, two past their deadline (escalated to the head), an agreement whose follow-up visit
 * is overdue. One mediator per street (username {@code mediator.<street code>}) mediates beyond Kunlun.
 */
@Component
class DemoMediation {

	private static final String[] DISPUTES = { "楼上漏水，维修费用谁承担有争议", "邻居装修噪音扰民", "楼道堆放杂物占用通道",
			"赡养老人费用分担", "草场边界和放牧时间有争议", "拖欠务工工资", "物业费和停车位收费争议", "网购商品退货纠纷",
			"宠物狗扰邻", "宅基地界址争议" };
	private static final CaseType[] TYPES = { CaseType.PROPERTY, CaseType.NEIGHBOURS, CaseType.NEIGHBOURS,
			CaseType.FAMILY, CaseType.LAND_GRASSLAND, CaseType.LABOUR, CaseType.PROPERTY, CaseType.CONSUMER,
			CaseType.NEIGHBOURS, CaseType.OTHER };
	private static final String[] OUTSIDERS = { "外地租户王先生", "装修公司负责人", "承包方李某", "商户马某", "邻县牧户才某" };

	private final CaseIntake intake;
	private final MediationActs acts;
	private final ServiceDesk desk;
	private final IdentityManagement identity;
	private final UserDetailsService users;

	DemoMediation(CaseIntake intake, MediationActs acts, ServiceDesk desk,
			IdentityManagement identity, UserDetailsService users) {
		this.intake = intake;
		this.acts = acts;
		this.desk = desk;
		this.identity = identity;
		this.users = users;
	}

	/** @return how many cases it opened */
	int load(List<DemoHome> homes, Random random) {
		try {
			Instant now = Instant.now();
			Map<DemoOrganization.Community, List<DemoHome>> byCommunity = new LinkedHashMap<>();
			homes.forEach(h -> byCommunity.computeIfAbsent(h.community(), c -> new ArrayList<>()).add(h));
			DemoOrganization.Community kunlun = byCommunity.keySet().iterator().next();
			Map<UUID, String> streetMediators = new LinkedHashMap<>();
			int cases = 0;
			for (Map.Entry<DemoOrganization.Community, List<DemoHome>> e : byCommunity.entrySet()) {
				DemoOrganization.Community community = e.getKey();
				String mediator = community == kunlun ? "mediator" : streetMediators.computeIfAbsent(
						community.unit().parentId(), street -> streetMediator(community));
				cases += history(community, e.getValue(), mediator, community == kunlun ? 3 : 1, now, random);
			}
			cases += kunlunNow(kunlun, byCommunity.get(kunlun), now, random);
			// the deadline clock as it would have run: the cases left open too long reach the head
			SecurityContextHolder.clearContext();
			acts.escalateOverdue(now);
			return cases;
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	/** A year of settled cases, each opened days before its outcome, most followed up a month later. */
	private int history(DemoOrganization.Community community, List<DemoHome> homes, String mediator, int perMonth,
			Instant now, Random random) {
		int n = 0;
		for (int month = 12; month >= 1; month--) {
			int count = random.nextInt(perMonth + 1);
			for (int i = 0; i < count; i++) {
				Instant outcomeAt = now.minus(Duration.ofDays(month * 30L - random.nextInt(28))).minus(Duration.ofHours(
						random.nextInt(10)));
				int roll = random.nextInt(100);
				String end = roll < 94 ? "AGREED" : roll < 97 ? "PARTIAL" : "FAILED";
				settle(community, homes, mediator, outcomeAt, end, outcomeAt.plus(Duration.ofDays(30)).isBefore(now),
						random);
				n++;
			}
		}
		return n;
	}

	/** Kunlun today: every state, referrals from open requests, two overdue cases, an overdue follow-up. */
	private int kunlunNow(DemoOrganization.Community kunlun, List<DemoHome> homes, Instant now, Random random) {
		List<RequestSummary> open = as("head", () -> desk.queue(new QueueFilter(false, null, null, null, null, null,
				null), null, 50, false).items());
		int referred = 0;
		for (RequestSummary request : open) {
			if (referred == 3) {
				break;
			}
			RequestDetails details = as("head", () -> desk.request(request.id()));
			Instant referredAt = now.minus(Duration.ofMinutes(40 + referred * 10L));
			// the referral goes on the request's chained timeline: a request with a step after that moment (an
			// escalation the clock took since) would get an entry dated before the one it follows
			if (details.residentId() == null || details.timeline().stream().anyMatch(e -> e.at().isAfter(referredAt))) {
				continue;
			}
			UUID resident = details.residentId();
			String outsider = OUTSIDERS[referred];
			UUID id = at(referredAt, "head", () -> intake.open(new NewCase(
					CaseType.NEIGHBOURS, CaseSource.SERVICE_REQUEST, request.id(), null, accountId("mediator"),
					"群众诉求中反映的邻里矛盾，转社区人民调解", null, List.of(new NewParty(PartySide.APPLICANT, resident, null,
							null), new NewParty(PartySide.RESPONDENT, null, outsider, null)))).id());
			if (referred == 0) {
				at(now.minus(Duration.ofMinutes(10)), "mediator",
						() -> session(id, now.minus(Duration.ofMinutes(10)), "社区调解室", "双方到场陈述，约定下周再谈"));
			}
			referred++;
		}
		// past the settling deadline: one never started, one stuck in sessions
		Instant long_ago = now.minus(Duration.ofDays(40));
		open(kunlun, homes, "mediator", long_ago, CaseSource.WALK_IN, random);
		UUID stuck = open(kunlun, homes, "staff", long_ago.plus(Duration.ofDays(2)), CaseSource.SCREENING, random);
		at(long_ago.plus(Duration.ofDays(5)), "staff", () -> session(stuck, long_ago.plus(Duration.ofDays(5)), null,
				"双方分歧较大，需要再找证人"));
		// an agreement 35 days ago whose follow-up visit is overdue
		settle(kunlun, homes, "mediator", now.minus(Duration.ofDays(35)), "AGREED", false, random);
		// agreed and partly agreed this week, follow-up still to come; and this month's settled cases
		settle(kunlun, homes, "mediator", now.minus(Duration.ofDays(3)), "AGREED", false, random);
		settle(kunlun, homes, "staff", now.minus(Duration.ofDays(2)), "PARTIAL", false, random);
		settle(kunlun, homes, "mediator", now.minus(Duration.ofHours(3)), "AGREED", false, random);
		settle(kunlun, homes, "mediator", now.minus(Duration.ofHours(1)), "FAILED", false, random);
		open(kunlun, homes, "mediator", now.minus(Duration.ofDays(1)), CaseSource.WALK_IN, random);
		return referred + 8;
	}

	private void settle(DemoOrganization.Community community, List<DemoHome> homes, String mediator,
			Instant outcomeAt, String end, boolean followUp, Random random) {
		Instant opened = outcomeAt.minus(Duration.ofDays(2 + random.nextInt(12)));
		UUID id = open(community, homes, mediator, opened, random.nextInt(4) == 0 ? CaseSource.SCREENING
				: CaseSource.WALK_IN, random);
		Instant sessionAt = opened.plus(Duration.between(opened, outcomeAt).dividedBy(2));
		at(sessionAt, mediator, () -> session(id, sessionAt, "社区调解室", "听取双方意见，查看现场"));
		at(outcomeAt, mediator, () -> {
			switch (end) {
				case "AGREED" -> acts.agree(id, "双方同意：责任方承担维修费用，于七日内修复；双方今后互相体谅，不再因此事争执。");
				case "PARTIAL" -> acts.partial(id, "漏水维修已达成一致；赔偿数额未达成一致。", Referral.JUDICIAL_CONFIRMATION,
						"赔偿部分引导申请司法确认");
				default -> acts.fail(id, random.nextBoolean() ? Referral.COURT : Referral.ARBITRATION, "一方不同意调解方案");
			}
			return null;
		});
		if (followUp && !"FAILED".equals(end)) {
			Instant visit = outcomeAt.plus(Duration.ofDays(30));
			at(visit, mediator, () -> {
				acts.followUp(id, day(visit), random.nextInt(20) != 0, "上门回访，双方关系缓和");
				return null;
			});
		}
	}

	private UUID open(DemoOrganization.Community community, List<DemoHome> homes, String mediator, Instant at,
			CaseSource source, Random random) {
		int kind = random.nextInt(DISPUTES.length);
		DemoHome applicant = homes.get(random.nextInt(homes.size()));
		DemoHome other = homes.get(random.nextInt(homes.size()));
		NewParty respondent = other.residentId().equals(applicant.residentId()) || random.nextInt(3) == 0
				? new NewParty(PartySide.RESPONDENT, null, OUTSIDERS[random.nextInt(OUTSIDERS.length)],
						random.nextBoolean() ? "139" + (10_000_000 + random.nextInt(89_999_999)) : null)
				: new NewParty(PartySide.RESPONDENT, other.residentId(), null, null);
		String opener = "mediator".equals(mediator) || "staff".equals(mediator) ? "head" : mediator;
		return at(at, opener, () -> intake.open(new NewCase(TYPES[kind], source, null, community.unit().id(),
				accountId(mediator), DISPUTES[kind], source == CaseSource.SCREENING ? "入户排查时发现" : null,
				List.of(new NewParty(PartySide.APPLICANT, applicant.residentId(), null, null), respondent))).id());
	}

	private Void session(UUID id, Instant at, String place, String note) {
		acts.session(id, day(at), place, note);
		return null;
	}

	private String streetMediator(DemoOrganization.Community community) {
		String username = "mediator." + community.plan().streetCode();
		identity.createAccount(new NewAccount(username, DemoAccounts.PASSWORD, "调解员" + community.plan().slug(),
				Role.MEDIATOR, community.unit().parentId(), null, List.of("zh")));
		return username;
	}

	private final Map<String, UUID> accounts = new java.util.HashMap<>();

	private UUID accountId(String username) {
		return accounts.computeIfAbsent(username, u -> identity.findAccounts(u, 5).stream().filter(a -> a.username().equals(u)).findFirst()
			.orElseThrow().id());
	}

	private static LocalDate day(Instant at) {
		return LocalDate.ofInstant(at, TimeConfiguration.DISPLAY_ZONE);
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
