package org.pomegranate.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Consumer;

import org.pomegranate.demo.DemoRequestTexts.Ask;
import org.pomegranate.organization.OrgLevel;
import org.pomegranate.servicedesk.Channel;
import org.pomegranate.servicedesk.Intake;
import org.pomegranate.servicedesk.IntakeReceipt;
import org.pomegranate.servicedesk.Rating;
import org.pomegranate.servicedesk.RequestHandling;
import org.pomegranate.servicedesk.ResolutionAnswer;
import org.pomegranate.servicedesk.SatisfactionAnswer;
import org.pomegranate.servicedesk.ServiceCatalogue;
import org.pomegranate.servicedesk.ServiceCategory;
import org.pomegranate.servicedesk.ServiceDesk;

/**
 * The acts the demo's request stories are told in: a request taken in, accepted, started, resolved,
 * rated, revisited, merged or rejected, each planned some time after the story's last act, by whoever
 * would have done it, and played in time order through {@link DemoReplay}. {@link DemoRequests} writes
 * the stories in these words; the seeded {@link Random} is drawn in the order the stories call them.
 */
class DemoActs {

	/** One request's life: its acts, each at its time by its actor. */
	static final class Story {

		final DemoHome home;
		final ServiceCategory category;
		final Ask ask;
		UUID id;
		/** When its latest planned act happens. */
		Instant last;

		Story(DemoHome home, ServiceCategory category, Ask ask) {
			this.home = home;
			this.category = category;
			this.ask = ask;
		}
	}

	final ServiceDesk desk;
	final RequestHandling handling;
	final Instant now;
	final Random random;
	final List<Story> stories = new ArrayList<>();
	final DemoReplay replay;
	final Map<UUID, String> portalLogins = new HashMap<>();
	final DemoStaff staff = new DemoStaff(DemoAccounts.plan());
	final DemoAsks asks;

	DemoActs(ServiceDesk desk, RequestHandling handling, DemoReplay replay, ServiceCatalogue catalogue, Instant now,
			Random random) {
		this.desk = desk;
		this.handling = handling;
		this.replay = replay;
		this.now = now;
		this.random = random;
		this.asks = new DemoAsks(catalogue, staff, random);
	}

	/** A resident's own request on the portal when they use it, else taken in by the nearest staff. */
	Story intake(DemoHome home, Ask ask, Instant at) {
		String login = portalLogins.get(home.residentId());
		return login != null ? story(home, ask, at)
				: staffStory(home, ask, at, pick(List.of(Channel.PHONE, Channel.WALK_IN, Channel.HOME_VISIT,
						Channel.HOTLINE_12345, Channel.PHONE)), null);
	}

	Story story(DemoHome home, Ask ask, Instant at) {
		Story s = new Story(home, asks.category(ask), ask);
		stories.add(s);
		add(at, portalLogins.get(home.residentId()), s, st -> st.id = receipt(desk.intake(new Intake(
				st.category.id(), st.ask.description(), st.ask.extra(), null, null, null, null, null, null, null,
				null, null), null)));
		return s;
	}

	/** @param taker {@code null}: the nearest staff member with the resident in scope */
	Story staffStory(DemoHome home, Ask ask, Instant at, Channel channel, String taker) {
		Story s = new Story(home, asks.category(ask), ask);
		stories.add(s);
		add(at, taker != null ? taker : handler(home, OrgLevel.GRID), s, st -> st.id = receipt(desk.intake(
				new Intake(st.category.id(), st.ask.description(), st.ask.extra(), channel, st.home.residentId(),
						null, null, null, null, null, null, null),
				null)));
		return s;
	}

	void accept(Story s, long minutes, String actor) {
		then(s, Duration.ofMinutes(minutes), actor, st -> handling.accept(st.id));
	}

	void start(Story s, Duration after) {
		then(s, after, null, st -> handling.start(st.id));
	}

	void resolve(Story s, Duration after, String actor) {
		then(s, after, actor, st -> handling.resolve(st.id, st.ask.resolution()));
	}

	void rate(Story s, Duration after, ResolutionAnswer resolution, SatisfactionAnswer satisfaction,
			String comment) {
		String resident = portalLogins.get(s.home.residentId());
		then(s, after, resident, st -> handling.rate(st.id,
				new Rating(resolution, satisfaction, comment.isEmpty() ? null : comment, null)));
	}

	/** How the resident feels after the call, when the head asked: mostly better, sometimes not. */
	SatisfactionAnswer afterCall() {
		int r = random.nextInt(6);
		return r == 0 ? null : r < 3 ? SatisfactionAnswer.BASICALLY_SATISFIED
				: r < 5 ? SatisfactionAnswer.SATISFIED : SatisfactionAnswer.UNSATISFIED;
	}

	void completeRevisit(Story s, Duration after, String actor) {
		then(s, after, actor, st -> desk.revisits(200).stream().filter(v -> v.requestId().equals(st.id))
			.findFirst().ifPresent(v -> handling.completeRevisit(v.id(), pick(DemoRequestTexts.REVISIT_OUTCOMES),
					afterCall())));
	}

	void merge(Story duplicate, Story into, Duration after, String actor) {
		then(duplicate, after, actor, st -> handling.merge(st.id, into.id));
	}

	void reject(Story s, Duration after, int which) {
		then(s, after, null, st -> handling.reject(st.id, DemoRequestTexts.REFERRALS.get(which)));
	}

	/**
	 * The next act of a story, some time after its last one.
	 *
	 * @param actor {@code null}: whoever handles the request where it is now
	 */
	void then(Story s, Duration after, String actor, Consumer<Story> act) {
		Instant at = s.last.plus(after);
		if (!at.isBefore(now)) {
			throw new IllegalStateException("demo request planned in the future: " + s.ask.description());
		}
		add(at, actor != null ? actor : handler(s.home, s.category.responsibleLevel()), s, act);
	}

	void add(Instant at, String actor, Story s, Consumer<Story> act) {
		replay.add(at, actor, () -> act.accept(s));
		s.last = at;
	}

	void play() {
		replay.play(now);
	}

	String handler(DemoHome home, OrgLevel level) {
		return staff.handler(home.community().plan(), home.gridIndex(), level);
	}

	Instant ago(Duration d) {
		return now.minus(d);
	}

	<T> T pick(List<T> list) {
		return list.get(random.nextInt(list.size()));
	}

	UUID receipt(IntakeReceipt receipt) {
		return receipt.id();
	}
}
