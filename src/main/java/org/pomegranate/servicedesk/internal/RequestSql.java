package org.pomegranate.servicedesk.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;

import org.pomegranate.servicedesk.Channel;
import org.pomegranate.servicedesk.RequestStatus;
import org.pomegranate.servicedesk.RequestSummary;
import org.pomegranate.servicedesk.Tier;
import org.pomegranate.shared.Names;

/** The SQL pieces the request repository and the queue search share: one rule each, written once. */
final class RequestSql {

	static final String SUMMARY_COLUMNS = """
			select r.id, r.number, r.category_id, c.tier, r.status, r.channel, r.address, r.unit_id,
			       u.name_zh as unit_zh, u.name_en as unit_en, u.name_bo as unit_bo, u.name_mn as unit_mn, r.assignee_id, a.display_name as assignee_name,
			       r.submitted_at, r.response_due, r.resolve_due, r.first_response_at, r.escalation_step""";

	static final String SUMMARY_JOINS = """
			join service_category c on c.id = r.category_id
			join org_unit u on u.id = r.unit_id
			left join account a on a.id = r.assignee_id""";

	static final String SUMMARY = SUMMARY_COLUMNS + "\nfrom service_request r\n" + SUMMARY_JOINS;

	/** The deadline that matters now: the response until someone answered, then the resolution. */
	static final String NEXT_DEADLINE = "case when r.first_response_at is null then r.response_due else r.resolve_due end";

	/** The open statuses as an SQL list, from the one rule in {@link RequestStatus#isOpen()}. */
	static final String OPEN = Arrays.stream(RequestStatus.values()).filter(RequestStatus::isOpen)
		.map(st -> "'" + st.name() + "'").collect(Collectors.joining(",", "(", ")"));

	/** Open emergencies (risk to life or property) come before any other request, overdue or not. */
	static final String EMERGENCY_FIRST = "(c.tier = 'EMERGENCY' and r.status in " + OPEN + ") desc";

	private RequestSql() {
	}

	static RequestSummary summary(ResultSet rs, Locale locale) throws SQLException {
		return new RequestSummary(rs.getObject("id", UUID.class), rs.getString("number"),
				rs.getObject("category_id", UUID.class), Tier.valueOf(rs.getString("tier")),
				RequestStatus.valueOf(rs.getString("status")), Channel.valueOf(rs.getString("channel")),
				rs.getString("address"), rs.getObject("unit_id", UUID.class),
				Names.inLanguage(locale, rs.getString("unit_zh"), rs.getString("unit_en"), rs.getString("unit_bo"),
						rs.getString("unit_mn")),
				rs.getObject("assignee_id", UUID.class), rs.getString("assignee_name"), instant(rs, "submitted_at"),
				instant(rs, "response_due"), instant(rs, "resolve_due"), instant(rs, "first_response_at"),
				rs.getInt("escalation_step"));
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp t = rs.getTimestamp(column);
		return t == null ? null : t.toInstant();
	}

	static Timestamp ts(Instant instant) {
		return instant == null ? null : Timestamp.from(instant);
	}
}
