package org.pomegranate.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;

import org.pomegranate.servicedesk.Channel;
import org.pomegranate.servicedesk.Intake;
import org.pomegranate.servicedesk.ResidentActs;
import org.pomegranate.servicedesk.ServiceCatalogue;
import org.pomegranate.servicedesk.ServiceDesk;
import org.pomegranate.servicedesk.ServiceDeskHistory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * The resident's side in the demo, on top of the requests {@link DemoRequests} played: 才让卓玛
 * ({@code resident}) has a message thread with her grid worker on the request in progress, added a
 * line to it, withdrew one request she no longer needed, and follows a neighbour's report of a leak
 * in her building instead of sending the same again. The acts are the ordinary service calls, by
 * whoever did them, at their past moments.
 */
@Component
class DemoResidentSide {

	private static final Duration HOUR = Duration.ofHours(1);

	private final ServiceDesk desk;
	private final ResidentActs acts;
	private final ServiceCatalogue catalogue;
	private final ServiceDeskHistory history;
	private final UserDetailsService users;
	private final JdbcClient jdbc;

	DemoResidentSide(ServiceDesk desk, ResidentActs acts, ServiceCatalogue catalogue, ServiceDeskHistory history,
			UserDetailsService users, JdbcClient jdbc) {
		this.desk = desk;
		this.acts = acts;
		this.catalogue = catalogue;
		this.history = history;
		this.users = users;
		this.jdbc = jdbc;
	}

	void load(UUID designatedResident, Instant now, Random random) {
		DemoReplay replay = new DemoReplay(history, users);
		inProgress(designatedResident).ifPresent(r -> {
			replay.add(now.minus(HOUR.multipliedBy(30)), "resident",
					() -> acts.message(r.id(), "请问翻译大概什么时候能到？我白天在家，下午四点以后要去接孩子。"));
			replay.add(now.minus(HOUR.multipliedBy(29)), r.assignee(),
					() -> acts.replyToResident(r.id(), "已经联系到会藏语的志愿者，明天上午十点陪您去医院，请带好病历。"));
			replay.add(now.minus(HOUR.multipliedBy(28)), "resident",
					() -> acts.message(r.id(), "好的，谢谢！明天上午在家等。"));
			replay.add(now.minus(HOUR.multipliedBy(20)), "resident",
					() -> acts.addInformation(r.id(), "医院是州人民医院，挂的是内科，上午十点半的号。"));
		});

		DemoRequestTexts.Ask noise = DemoRequestTexts.HOME.get(8 + random.nextInt(2));
		UUID[] withdrawn = new UUID[1];
		replay.add(now.minus(HOUR.multipliedBy(50)), "resident",
				() -> withdrawn[0] = desk.intake(intake(noise, null, null), null).id());
		replay.add(now.minus(HOUR.multipliedBy(26)), "resident",
				() -> acts.withdraw(withdrawn[0], "已经和邻居当面说好了，不用再麻烦社区。"));

		// a neighbour in her building told the grid worker of a leak yesterday; she follows it
		neighbourOf(designatedResident).ifPresent(neighbour -> {
			UUID[] leak = new UUID[1];
			replay.add(now.minus(HOUR.multipliedBy(22)), "grid", () -> leak[0] = desk.intake(
					intake(DemoRequestTexts.HOME.get(4), Channel.HOME_VISIT, neighbour), null).id());
			replay.add(now.minus(HOUR.multipliedBy(6)), "resident", () -> acts.follow(leak[0]));
		});
		replay.play(now);
	}

	private Intake intake(DemoRequestTexts.Ask ask, Channel channel, UUID residentId) {
		return new Intake(catalogue.byCode(ask.category()).id(), ask.description(), Map.copyOf(ask.extra()), channel,
				residentId, null, null, null, null, null, null, null);
	}

	private record Open(UUID id, String assignee) {
	}

	/** Her request in progress, with the username of the worker who holds it. */
	private Optional<Open> inProgress(UUID resident) {
		List<Open> open = jdbc.sql("""
				select r.id, a.username from service_request r join account a on a.id = r.assignee_id
				where r.resident_id = ? and r.status = 'IN_PROGRESS' order by r.submitted_at desc limit 1""")
			.param(resident).query((rs, n) -> new Open(rs.getObject(1, UUID.class), rs.getString(2))).list();
		return open.stream().findFirst();
	}

	/** Someone else living in her building (of another household where there is one). */
	private Optional<UUID> neighbourOf(UUID resident) {
		return jdbc.sql("""
				select n.id from resident n join household h on h.id = n.household_id
				where h.building_id = (select h2.building_id from resident me join household h2 on h2.id = me.household_id
				                       where me.id = ?)
				  and n.id <> ?
				-- another household first; in a small demo, someone of her own household
				order by n.household_id = (select household_id from resident where id = ?), n.id limit 1""")
			.params(resident, resident, resident).query(UUID.class).optional();
	}
}
