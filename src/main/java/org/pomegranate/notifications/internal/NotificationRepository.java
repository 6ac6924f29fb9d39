package org.pomegranate.notifications.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.pomegranate.notifications.Notification;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class NotificationRepository {

	private final JdbcClient jdbc;
	private final Clock clock;

	NotificationRepository(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public void insert(Collection<UUID> accountIds, String kind, List<String> args, String link) {
		jdbc.sql("""
				insert into notification (account_id, kind, args, link, created_at)
				select a, ?, ?, ?, ? from unnest(?::uuid[]) a""")
			.params(kind, args.toArray(String[]::new), link, Timestamp.from(clock.instant()),
					accountIds.toArray(UUID[]::new))
			.update();
	}

	/** Notices to these accounts, with these arguments and link. */
	public record Row(Collection<UUID> accountIds, List<String> args, String link) {
	}

	/** One row per account of each notice, all in one statement, in the order given. */
	public void insertAll(String kind, List<Row> rows) {
		List<UUID> accounts = new ArrayList<>();
		List<String> args = new ArrayList<>();
		List<String> links = new ArrayList<>();
		for (Row row : rows) {
			String literal = arrayLiteral(row.args());
			for (UUID account : row.accountIds()) {
				accounts.add(account);
				args.add(literal);
				links.add(row.link());
			}
		}
		jdbc.sql("""
				insert into notification (account_id, kind, args, link, created_at)
				select t.account, ?, t.args::varchar[], t.link, ?
				from unnest(?::uuid[], ?::text[], ?::text[]) with ordinality as t(account, args, link, n)
				order by t.n""")
			.params(kind, Timestamp.from(clock.instant()), accounts.toArray(UUID[]::new), args.toArray(String[]::new),
					links.toArray(String[]::new))
			.update();
	}

	/** The arguments as an array literal, each quoted, so that one statement can carry any number per row. */
	private static String arrayLiteral(List<String> args) {
		StringBuilder out = new StringBuilder("{");
		for (String arg : args) {
			out.append(out.length() > 1 ? "," : "").append('"')
				.append(arg.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
		}
		return out.append('}').toString();
	}

	public void insertOnce(UUID eventId, Collection<UUID> accountIds, String kind, List<String> args, String link,
			String language) {
		jdbc.sql("""
				insert into notification (account_id, kind, args, link, created_at, event_id, language)
				select a, ?, ?, ?, ?, ?, ? from unnest(?::uuid[]) a
				on conflict (event_id, account_id) where event_id is not null do nothing""")
			.params(kind, args.toArray(String[]::new), link, Timestamp.from(clock.instant()), eventId, language,
					accountIds.toArray(UUID[]::new))
			.update();
	}

	public void markDone(Collection<UUID> accountIds, String kind, String link) {
		Timestamp now = Timestamp.from(clock.instant());
		jdbc.sql("""
				update notification set done_at = ?, read_at = coalesce(read_at, ?)
				where account_id = any(?) and kind = ? and link = ? and done_at is null""")
			.params(now, now, accountIds.toArray(UUID[]::new), kind, link).update();
	}

	public long unreadCount(UUID accountId) {
		return jdbc.sql("select count(*) from notification where account_id = ? and read_at is null and done_at is null")
			.param(accountId).query(Long.class).single();
	}

	public List<Notification> recent(UUID accountId, int limit) {
		return jdbc.sql("""
				select id, kind, args, link, created_at, read_at is not null as read, language from notification
				where account_id = ? and done_at is null order by id desc limit ?""")
			.params(accountId, limit)
			.query((rs, n) -> new Notification(rs.getLong("id"), rs.getString("kind"),
					Arrays.asList((String[]) rs.getArray("args").getArray()), rs.getString("link"),
					rs.getTimestamp("created_at").toInstant(), rs.getBoolean("read"), rs.getString("language")))
			.list();
	}

	public void markRead(UUID accountId, long id) {
		jdbc.sql("update notification set read_at = ? where id = ? and account_id = ? and read_at is null")
			.params(Timestamp.from(clock.instant()), id, accountId).update();
	}

	public void markAllRead(UUID accountId) {
		jdbc.sql("update notification set read_at = ? where account_id = ? and read_at is null")
			.params(Timestamp.from(clock.instant()), accountId).update();
	}
}
