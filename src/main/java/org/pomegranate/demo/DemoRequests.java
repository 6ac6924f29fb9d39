package org.pomegranate.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.pomegranate.demo.DemoRequestTexts.Ask;
import org.pomegranate.identity.IdentityManagement;
import org.pomegranate.identity.NewAccount;
import org.pomegranate.identity.Role;
import org.pomegranate.organization.OrgLevel;
import org.pomegranate.servicedesk.Channel;
import org.pomegranate.servicedesk.Intake;
import org.pomegranate.servicedesk.RequestHandling;
import org.pomegranate.servicedesk.ResolutionAnswer;
import org.pomegranate.servicedesk.SatisfactionAnswer;
import org.pomegranate.servicedesk.ServiceCatalogue;
import org.pomegranate.rights.RightsRequest;
import org.pomegranate.rights.RightsRequests;
import org.pomegranate.servicedesk.ServiceDesk;
import org.pomegranate.servicedesk.ServiceDeskHistory;
import org.pomegranate.shared.TimeConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Service requests of the last two months in every state, and a year of finished work before them,
 * written as they happened: each act
 * (intake, accept, start, resolve, rate, transfer, merge, reject, reopen, revisit) is the ordinary
 * service call by the person who did it, at the time it happened, through {@link ServiceDeskHistory};
 * the SLA clock ticks in between, so requests left waiting climb the ladder when they would have.
 * All acts are planned first and then played in time order. The plan is fixed by the seed; only
 * "now" moves, so the demo always looks current.
 * <p>
 * The demo logins get something to see: 才让卓玛 ({@code resident}) has a request resolved and
 * awaiting her rating, one closed, one in progress and one she reopened; {@code grid} (扎西多杰) has
 * overdue work in his queue; {@code head} (索南才让) has revisits and escalated requests.
 */
@Component
class DemoRequests {

	private static final Logger log = LoggerFactory.getLogger(DemoRequests.class);

	/** Residents who use the portal themselves, besides the demo resident. */
	static final int PORTAL_RESIDENTS = 4;
	private static final Duration HOUR = Duration.ofHours(1);
	private static final Duration DAY = Duration.ofDays(1);

	private final ServiceDesk desk;
	private final RequestHandling handling;
	private final ServiceCatalogue catalogue;
	private final ServiceDeskHistory history;
	private final IdentityManagement identity;
	private final UserDetailsService users;

	private final RightsRequests rights;

	DemoRequests(ServiceDesk desk, RequestHandling handling, ServiceCatalogue catalogue, ServiceDeskHistory history,
			IdentityManagement identity, UserDetailsService users, RightsRequests rights) {
		this.rights = rights;
		this.desk = desk;
		this.handling = handling;
		this.catalogue = catalogue;
		this.history = history;
		this.identity = identity;
		this.users = users;
	}

	/** Loads the requests; answers how many. Runs inside the demo's transaction. */
	int load(List<DemoHome> homes, UUID designatedResident, Instant now, Random random) {
		long started = System.nanoTime();
		Plan plan = new Plan(homes, designatedResident, now, random);
		plan.scripted();
		plan.rightsRequests();
		plan.bulk(Math.max(30, Math.min(450, homes.size() / 6)));
		plan.year(Math.min(2400, homes.size()));
		plan.play();
		log.info("{} service requests played in {} ms", plan.stories.size(), (System.nanoTime() - started) / 1_000_000);
		return plan.stories.size();
	}

	private final class Plan extends DemoActs {

		final List<DemoHome> homes;
		final DemoHome designated;
		final DemoOrganization.Community first;

		Plan(List<DemoHome> homes, UUID designatedResident, Instant now, Random random) {
			super(DemoRequests.this.desk, DemoRequests.this.handling, new DemoReplay(history, users), catalogue, now, random);
			this.homes = homes;
			this.designated = homes.stream().filter(h -> h.residentId().equals(designatedResident)).findFirst()
				.orElseThrow();
			this.first = designated.community();
			portalLogins.put(designatedResident, "resident");
			// a few more residents of the first community file their own requests on the portal
			int added = 0;
			for (DemoHome home : homes) {
				if (added < PORTAL_RESIDENTS && home.community() == first && home != designated && home.gridIndex() == added
						% first.grids().size() + 1) {
					String username = "portal" + (++added);
					identity.createAccount(new NewAccount(username, UUID.randomUUID() + "-Pm", home.name(), Role.RESIDENT,
							null, home.residentId(), List.of(home.language().code())));
					portalLogins.put(home.residentId(), username);
				}
			}
		}

		// ---- the stories the demo logins show ---------------------------------------------------

		void scripted() {
			DemoHome me = designated;
			// 才让卓玛: closed, resolved awaiting her rating, in progress, reopened
			Story heating = story(me, DemoRequestTexts.HOME.get(0), ago(DAY.multipliedBy(25)));
			accept(heating, 40, null);
			resolve(heating, HOUR.multipliedBy(9), null);
			rate(heating, HOUR.multipliedBy(20), ResolutionAnswer.RESOLVED, SatisfactionAnswer.SATISFIED, "师傅很快就来了，谢谢");

			Story pipe = story(me, DemoRequestTexts.HOME.get(4), ago(DAY.multipliedBy(4)));
			accept(pipe, 180, null);
			start(pipe, HOUR.multipliedBy(20));
			resolve(pipe, DAY, null);

			Story interpreter = story(me, DemoRequestTexts.interpreter(me.language()), ago(DAY.multipliedBy(2)));
			accept(interpreter, 50, null);
			start(interpreter, HOUR.multipliedBy(3));

			Story light = story(me, DemoRequestTexts.HOME.get(7), ago(DAY.multipliedBy(12)));
			accept(light, 120, null);
			resolve(light, DAY.multipliedBy(3), null);
			then(light, DAY.multipliedBy(6), "resident", s -> handling.reopen(s.id, "楼道灯又不亮了，晚上还是看不见"));

			// 扎西多杰's grid: overdue work waiting for him, which climbs the ladder
			List<DemoHome> gridOne = homesIn(first, 0);
			staffStory(gridOne.get(1 % gridOne.size()), DemoRequestTexts.HOME.get(5), ago(DAY.multipliedBy(3)),
					Channel.HOTLINE_12345, "staff");
			staffStory(gridOne.get(2 % gridOne.size()), DemoRequestTexts.HOME.get(8), ago(HOUR.multipliedBy(30)),
					Channel.PHONE, "staff");
			staffStory(gridOne.get(3 % gridOne.size()), DemoRequestTexts.HOME.get(1), ago(HOUR.multipliedBy(5)),
					Channel.HOTLINE_12345, "staff");
			Story visit = staffStory(gridOne.get(0), DemoRequestTexts.HOME.get(12), ago(DAY.multipliedBy(9)),
					Channel.HOME_VISIT, "grid");
			accept(visit, 90, null);
			start(visit, DAY);
			story(designated, DemoRequestTexts.NEWCOMER.get(1), ago(HOUR.multipliedBy(3)));

			// every answer to the two rating questions, the unhappy ones revisited by the head
			int n = 0;
			for (ResolutionAnswer resolution : ResolutionAnswer.values()) {
				for (SatisfactionAnswer satisfaction : SatisfactionAnswer.values()) {
					DemoHome home = homesIn(first, n % first.grids().size()).get(0);
					Story s = staffStory(home, DemoRequestTexts.HOME.get((n * 3) % DemoRequestTexts.HOME.size()),
							ago(DAY.multipliedBy(30 - n * 2)), Channel.PHONE, null);
					accept(s, 30 + n * 20, null);
					resolve(s, HOUR.multipliedBy(6 + n * 4), null);
					boolean unhappy = resolution == ResolutionAnswer.NOT_RESOLVED
							|| satisfaction == SatisfactionAnswer.UNSATISFIED;
					rate(s, HOUR.multipliedBy(10), resolution, satisfaction,
							unhappy ? pick(DemoRequestTexts.UNHAPPY) : pick(DemoRequestTexts.THANKS));
					if (unhappy && n % 2 == 0) {
						completeRevisit(s, DAY, "head");
					}
					n++;
				}
			}

			// a transfer to the right grid, a merged duplicate, a rejection with its referral
			DemoHome three = homesIn(first, 2).get(0);
			Story wrongGrid = staffStory(three, DemoRequestTexts.HOME.get(9), ago(HOUR.multipliedBy(6)),
					Channel.WALK_IN, "grid3");
			then(wrongGrid, HOUR, "grid3", s -> handling.transfer(s.id, first.grids().get(1).id(),
					"该楼道由第二网格负责清理"));
			Story original = staffStory(homesIn(first, 3).get(0), DemoRequestTexts.HOME.get(0), ago(DAY.multipliedBy(2)),
					Channel.PHONE, "grid4");
			Story duplicate = staffStory(homesIn(first, 3).get(0), DemoRequestTexts.HOME.get(0),
					ago(DAY.multipliedBy(2).minus(HOUR.multipliedBy(3))), Channel.HOTLINE_12345, "staff");
			accept(original, 60, null);
			merge(duplicate, original, HOUR, "grid4");
			start(original, HOUR.multipliedBy(5));
			Story refused = intake(homesIn(first, 4).get(0), asks.rejected(0), ago(DAY.multipliedBy(6)));
			reject(refused, HOUR.multipliedBy(2), 0);
			for (int p = 2; p <= PORTAL_RESIDENTS; p += 2) {
				// portal residents who reopened a repair
				DemoHome home = portalHome(p);
				Story again = story(home, DemoRequestTexts.HOME.get(6), ago(DAY.multipliedBy(10 + p)));
				accept(again, 200, null);
				resolve(again, DAY.multipliedBy(2), null);
				then(again, DAY.multipliedBy(4), portalLogins.get(home.residentId()),
						s -> handling.reopen(s.id, "维修后还是漏风"));
			}
		}

		// ---- the bulk: requests across the demo's grids -----------------------------------------

		void bulk(int count) {
			// where a grid worker or the community's own staff serve: the county does not take the phone
			List<DemoHome> served = homes.stream().filter(this::servedLocally).toList();
			for (int i = 0; i < count; i++) {
				DemoHome home = served.get(random.nextInt(served.size()));
				Ask ask = asks.askFor(home);
				int fate = weighted(50, 9, 8, 6, 6, 4, 4, 4, 3);
				switch (fate) {
					case 0 -> closed(home, ask);
					case 1 -> resolvedAwaitingRating(home, ask);
					case 2 -> inProgress(home, ask);
					case 3 -> accepted(home, ask);
					case 4 -> waiting(home, ask);
					case 5 -> transferred(home, ask);
					case 6 -> mergedPair(home, ask);
					case 7 -> rejected(home);
					default -> unattended(ask);
				}
			}
		}

		// ---- a year of finished work, so the evaluation's trends have something to show ---------

		/**
		 * Requests of the ten months before the bulk, most closed with a rating, some never rated
		 * (they close by themselves). Winter brings the heating season: more requests, a third of
		 * them about heating. Responses were late more often a year ago than lately.
		 */
		void year(int count) {
			List<DemoHome> served = homes.stream().filter(this::servedLocally).toList();
			for (int i = 0; i < count; i++) {
				int daysBack = 60 + random.nextInt(305);
				int month = now.minus(DAY.multipliedBy(daysBack)).atZone(TimeConfiguration.DISPLAY_ZONE).getMonthValue();
				boolean winter = month >= 11 || month <= 3;
				if (!winter && random.nextInt(5) < 2) {
					continue;
				}
				DemoHome home = served.get(random.nextInt(served.size()));
				Ask ask = winter && random.nextInt(3) == 0 ? DemoRequestTexts.HOME.get(0) : asks.askFor(home);
				// a late first response: one in four a year ago, one in twelve of late
				Duration respond = random.nextInt(365) < daysBack / 4 ? asks.lateResponse(ask) : asks.respondIn(ask);
				if (random.nextInt(10) == 0) {
					Story s = intake(home, ask, ago(DAY.multipliedBy(daysBack)));
					accept(s, respond.toMinutes(), null);
					resolve(s, asks.resolveIn(ask, respond).minus(respond), null);
				}
				else {
					closed(home, ask, respond, DAY.multipliedBy(daysBack));
				}
			}
		}

		void closed(DemoHome home, Ask ask) {
			Duration respond = asks.respondIn(ask);
			closed(home, ask, respond, DAY.multipliedBy(4 + random.nextInt(50)));
		}

		/** Accepted, resolved and rated, the rating {@code before} before now. */
		void closed(DemoHome home, Ask ask, Duration respond, Duration before) {
			Duration resolveIn = asks.resolveIn(ask, respond);
			Duration rateIn = HOUR.multipliedBy(2 + random.nextInt(70));
			Instant submitted = ago(respond.plus(resolveIn).plus(rateIn).plus(before));
			Story s = intake(home, ask, submitted);
			accept(s, respond.toMinutes(), null);
			Duration working = resolveIn.minus(respond);
			if (random.nextBoolean()) {
				start(s, working.dividedBy(3));
				working = working.minus(working.dividedBy(3));
			}
			resolve(s, working, null);
			int answer = weighted(70, 12, 8, 3, 2, 2, 1, 1, 1);
			ResolutionAnswer[] resolutions = { ResolutionAnswer.RESOLVED, ResolutionAnswer.RESOLVED,
					ResolutionAnswer.PARTLY_RESOLVED, ResolutionAnswer.PARTLY_RESOLVED, ResolutionAnswer.NOT_RESOLVED,
					ResolutionAnswer.RESOLVED, ResolutionAnswer.NOT_RESOLVED, ResolutionAnswer.PARTLY_RESOLVED,
					ResolutionAnswer.NOT_RESOLVED };
			SatisfactionAnswer[] satisfactions = { SatisfactionAnswer.SATISFIED, SatisfactionAnswer.BASICALLY_SATISFIED,
					SatisfactionAnswer.BASICALLY_SATISFIED, SatisfactionAnswer.SATISFIED, SatisfactionAnswer.UNSATISFIED,
					SatisfactionAnswer.UNSATISFIED, SatisfactionAnswer.BASICALLY_SATISFIED,
					SatisfactionAnswer.UNSATISFIED, SatisfactionAnswer.SATISFIED };
			boolean unhappy = answer >= 4 && answer <= 7;
			rate(s, rateIn, resolutions[answer], satisfactions[answer],
					unhappy ? pick(DemoRequestTexts.UNHAPPY) : pick(DemoRequestTexts.THANKS));
			String revisitor = unhappy ? revisitor(home) : null;
			if (revisitor != null && random.nextInt(3) > 0) {
				completeRevisit(s, HOUR.multipliedBy(4 + random.nextInt(40)), revisitor);
			}
		}

		void resolvedAwaitingRating(DemoHome home, Ask ask) {
			Duration respond = asks.respondIn(ask);
			Duration resolveIn = asks.resolveIn(ask, respond);
			Story s = intake(home, ask, ago(resolveIn.plus(HOUR.multipliedBy(1 + random.nextInt(100)))));
			accept(s, respond.toMinutes(), null);
			resolve(s, resolveIn.minus(respond), null);
		}

		void inProgress(DemoHome home, Ask ask) {
			Duration respond = asks.respondIn(ask);
			// mostly within the resolution deadline; one in six runs over and climbs
			Duration age = random.nextInt(6) == 0 ? asks.resolveTime(ask).plus(HOUR.multipliedBy(1 + random.nextInt(30)))
					: respond.plus(HOUR.multipliedBy(2)).plus(asks.fraction(asks.resolveTime(ask), 0.5));
			Story s = intake(home, ask, ago(age));
			accept(s, respond.toMinutes(), null);
			start(s, HOUR);
		}

		void accepted(DemoHome home, Ask ask) {
			Duration respond = asks.respondIn(ask);
			Story s = intake(home, ask, ago(respond.plus(asks.fraction(asks.resolveTime(ask), 0.3)).plus(HOUR)));
			accept(s, respond.toMinutes(), null);
		}

		/** Not yet answered: most within the response time, one in four already overdue. */
		void waiting(DemoHome home, Ask ask) {
			Duration response = asks.category(ask).responseTime();
			Duration age = random.nextInt(4) == 0 ? response.plus(asks.fraction(response, 1.5)).plusMinutes(10)
					: asks.fraction(response, 0.9);
			intake(home, ask, ago(age));
		}

		/** Sent on to the neighbouring grid that the building really belongs to, with the reason. */
		void transferred(DemoHome home, Ask ask) {
			if (asks.category(ask).responsibleLevel() != OrgLevel.GRID) {
				accepted(home, ask);
				return;
			}
			int grids = home.community().grids().size();
			int target = (home.gridIndex() + 1 + random.nextInt(grids - 1)) % grids;
			Story s = intake(home, ask, ago(HOUR.multipliedBy(3 + random.nextInt(18))));
			then(s, Duration.ofMinutes(30 + random.nextInt(90)), null,
					st -> handling.transfer(st.id, home.community().grids().get(target).id(),
							"所说楼栋由" + DemoCommunities.GRID_NAMES_ZH[target] + "负责"));
		}

		void mergedPair(DemoHome home, Ask ask) {
			Duration respond = asks.respondIn(ask);
			Instant submitted = ago(respond.plus(DAY.multipliedBy(1 + random.nextInt(20))));
			Story original = intake(home, ask, submitted);
			accept(original, respond.toMinutes(), null);
			Story duplicate = staffStory(home, ask, submitted.plus(respond).plus(HOUR), Channel.HOTLINE_12345, null);
			merge(duplicate, original, Duration.ofMinutes(40), handler(home, asks.category(ask).responsibleLevel()));
			start(original, HOUR.multipliedBy(3));
			resolve(original, HOUR.multipliedBy(10), null);
		}

		void rejected(DemoHome home) {
			int which = random.nextInt(DemoRequestTexts.REJECTED_ASKS.size());
			Story s = intake(home, asks.rejected(which), ago(DAY.multipliedBy(1 + random.nextInt(40))));
			reject(s, HOUR.multipliedBy(1 + random.nextInt(10)), which);
		}

		/** Someone writes in from a grid nobody serves yet: it waits and climbs to the county. */
		void unattended(Ask ask) {
			List<DemoHome> unserved = homes.stream().filter(h -> handler(h, OrgLevel.GRID) == null).toList();
			if (unserved.isEmpty()) {
				return;
			}
			DemoHome home = unserved.get(random.nextInt(unserved.size()));
			Ask local = asks.category(ask).responsibleLevel() == OrgLevel.GRID ? ask : DemoRequestTexts.HOME.get(8);
			Story s = new Story(home, asks.category(local), local);
			stories.add(s);
			// on the portal without signing in: a name, a phone, and the address as they write it
			String address = home.address() + (1 + random.nextInt(2)) + "单元";
			String phone = phone(home);
			add(ago(HOUR.multipliedBy(2 + random.nextInt(72))), null, s, st -> st.id = desk.intake(new Intake(
					st.category.id(), st.ask.description(), st.ask.extra(), null, null, null, address, null,
					st.home.name(), phone, st.home.language().code(), null), null).id());
		}

		/**
		 * The designated resident asked her community twice to change what is kept about her: a
		 * correction the head has done, and a deletion still waiting, its 15 days counting down.
		 */
		void rightsRequests() {
			UUID[] corrected = new UUID[1];
			replay.add(now.minus(DAY.multipliedBy(20)), "resident", () -> corrected[0] = rights.file(
					RightsRequest.Kind.CORRECTION, "我的常用语言应登记为藏文和汉文", "社区通知用藏文我读得更清楚"));
			replay.add(now.minus(DAY.multipliedBy(17)), "head", () -> rights.answer(corrected[0],
					RightsRequest.Status.DONE, "已核实，常用语言已更正为藏文，通知将用藏文发送"));
			replay.add(now.minus(DAY.multipliedBy(3)), "resident", () -> rights.file(RightsRequest.Kind.DELETION,
					"删除我以前用过的手机号码", "那个号码已经停用，现在是别人在用"));
		}

		boolean servedLocally(DemoHome home) {
			return staff.servesLocally(home.community().plan(), home.gridIndex());
		}

		String revisitor(DemoHome home) {
			return staff.revisitor(home.community().plan(), home.gridIndex());
		}

		int weighted(int... weights) {
			return DemoPeople.weighted(random, weights);
		}

		List<DemoHome> homesIn(DemoOrganization.Community community, int grid) {
			return homes.stream().filter(h -> h.community() == community && h.gridIndex() == grid
					&& !portalLogins.containsKey(h.residentId())).toList();
		}

		DemoHome portalHome(int p) {
			String login = "portal" + p;
			return homes.stream().filter(h -> login.equals(portalLogins.get(h.residentId()))).findFirst().orElseThrow();
		}

		String phone(DemoHome home) {
			return home.phone() != null ? home.phone() : "139" + String.format("%08d", random.nextInt(100_000_000));
		}
	}
}
