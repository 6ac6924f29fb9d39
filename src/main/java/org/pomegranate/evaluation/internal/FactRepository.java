package org.pomegranate.evaluation.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.pomegranate.servicedesk.ResolutionAnswer;
import org.pomegranate.servicedesk.SatisfactionAnswer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Each request's facts (what it counts in and for whom), and the ids of the events applied. */
@Repository
public class FactRepository {

	private static final String COLUMNS = """
			request_id, number, category_code, tier,
			response_month, response_unit_id, response_path, response_worker_id, response_on_time, response_at,
			resolved_month, resolved_unit_id, resolved_path, resolved_worker_id, resolved_on_time, resolved_at,
			rated_month, rated_unit_id, rated_path, rated_worker_id, rated_at, resolution, satisfaction,
			final_satisfaction, final_at""";

	private static final String UPSERT = "insert into evaluation_request (" + COLUMNS + ") values ("
			+ "?, ".repeat(24) + "?) on conflict (request_id) do update set "
			+ java.util.Arrays.stream(COLUMNS.split(",")).map(String::strip).filter(c -> !c.equals("request_id"))
				.map(c -> c + " = excluded." + c).collect(java.util.stream.Collectors.joining(", "));

	private final JdbcTemplate jdbc;

	FactRepository(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Records the events as applied, in one statement; answers those applied for the first time now
	 * (apply only these). Two transactions recording the same ids wait for each other, so each id is
	 * answered to one of them.
	 */
	public Set<UUID> firstTimes(Collection<UUID> eventIds) {
		return new HashSet<>(jdbc.queryForList("""
				insert into evaluation_applied_event (event_id, applied_at)
				select distinct e, now() from unnest(?::uuid[]) e order by e
				on conflict do nothing returning event_id""", UUID.class, (Object) eventIds.toArray(UUID[]::new)));
	}

	public void markApplied(Collection<UUID> eventIds) {
		jdbc.batchUpdate("insert into evaluation_applied_event (event_id, applied_at) values (?, now()) "
				+ "on conflict do nothing", eventIds.stream().map(id -> new Object[] { id }).toList());
	}

	/**
	 * The requests' facts, locked so that two events of one request apply one after the other. A
	 * placeholder row is made first where there is none, so there is always a row to lock; rows are
	 * made and locked in key order, so two transactions locking some of the same requests cannot
	 * deadlock.
	 */
	public Map<UUID, RequestFact> lock(Collection<RequestFact> empties) {
		jdbc.update("""
				insert into evaluation_request (request_id, number, category_code, tier)
				select * from unnest(?::uuid[], ?::text[], ?::text[], ?::text[]) order by 1
				on conflict do nothing""", empties.stream().map(RequestFact::requestId).toArray(UUID[]::new),
				empties.stream().map(RequestFact::number).toArray(String[]::new),
				empties.stream().map(RequestFact::categoryCode).toArray(String[]::new),
				empties.stream().map(RequestFact::tier).toArray(String[]::new));
		Map<UUID, RequestFact> facts = new HashMap<>();
		jdbc.query("select " + COLUMNS + " from evaluation_request where request_id = any(?) order by request_id for update",
				FactRepository::fact, (Object) empties.stream().map(RequestFact::requestId).toArray(UUID[]::new))
			.forEach(f -> facts.put(f.requestId(), f));
		return facts;
	}

	public void save(Collection<RequestFact> facts) {
		List<Object[]> rows = new ArrayList<>();
		for (RequestFact f : facts) {
			List<Object> row = new ArrayList<>(List.of(f.requestId(), f.number(), f.categoryCode(), f.tier()));
			addFigure(row, f.response());
			addFigure(row, f.resolved());
			RequestFact.Rated r = f.rated();
			row.add(r == null ? null : Date.valueOf(r.month()));
			row.add(r == null ? null : r.holder().unitId());
			row.add(r == null ? null : r.holder().path());
			row.add(r == null ? null : r.holder().workerId());
			row.add(r == null ? null : Timestamp.from(r.at()));
			row.add(r == null ? null : r.resolution().name());
			row.add(r == null ? null : r.satisfaction().name());
			row.add(f.finalSatisfaction() == null ? null : f.finalSatisfaction().name());
			row.add(f.finalAt() == null ? null : Timestamp.from(f.finalAt()));
			rows.add(row.toArray());
		}
		jdbc.batchUpdate(UPSERT, rows);
	}

	private static void addFigure(List<Object> row, RequestFact.Figure f) {
		row.add(f == null ? null : Date.valueOf(f.month()));
		row.add(f == null ? null : f.holder().unitId());
		row.add(f == null ? null : f.holder().path());
		row.add(f == null ? null : f.holder().workerId());
		row.add(f == null ? null : f.onTime());
		row.add(f == null ? null : Timestamp.from(f.at()));
	}

	private static RequestFact fact(ResultSet rs, int n) throws SQLException {
		RequestFact.Rated rated = rs.getDate("rated_month") == null ? null
				: new RequestFact.Rated(rs.getDate("rated_month").toLocalDate(),
						new Holder(rs.getObject("rated_unit_id", UUID.class), rs.getString("rated_path"),
								rs.getObject("rated_worker_id", UUID.class)),
						instant(rs, "rated_at"), ResolutionAnswer.valueOf(rs.getString("resolution")),
						SatisfactionAnswer.valueOf(rs.getString("satisfaction")));
		String finalAnswer = rs.getString("final_satisfaction");
		return new RequestFact(rs.getObject("request_id", UUID.class), rs.getString("number"),
				rs.getString("category_code"), rs.getString("tier"), figure(rs, "response"), figure(rs, "resolved"),
				rated, finalAnswer == null ? null : SatisfactionAnswer.valueOf(finalAnswer), instant(rs, "final_at"));
	}

	private static RequestFact.Figure figure(ResultSet rs, String prefix) throws SQLException {
		Date month = rs.getDate(prefix + "_month");
		if (month == null) {
			return null;
		}
		LocalDate m = month.toLocalDate();
		return new RequestFact.Figure(m, new Holder(rs.getObject(prefix + "_unit_id", UUID.class),
				rs.getString(prefix + "_path"), rs.getObject(prefix + "_worker_id", UUID.class)),
				rs.getBoolean(prefix + "_on_time"), instant(rs, prefix + "_at"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp t = rs.getTimestamp(column);
		return t == null ? null : t.toInstant();
	}
}
