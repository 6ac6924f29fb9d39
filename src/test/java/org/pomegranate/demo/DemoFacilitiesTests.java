package org.pomegranate.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.pomegranate.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The demo's facilities, as loaded into the test database at start: 5 centres and 90 seed homes of
 * the demo prefecture with 1 to 3 rooms, and bookings in every state around today.
 */
@IntegrationTest
class DemoFacilitiesTests {

	private static final String DEMO = """
			from facility f join org_unit u on u.id = f.unit_id
			where u.path like (select path from org_unit where code = '632800') || '%'""";

	@Autowired
	JdbcClient jdbc;

	@Test
	void centresAndSeedHomesWithRoomsAndALivingCalendar() {
		assertThat(jdbc.sql("select count(*) " + DEMO + " and f.kind = 'SERVICE_CENTRE'").query(Integer.class).single())
			.isEqualTo(5);
		assertThat(jdbc.sql("select count(*) " + DEMO + " and f.kind = 'SEED_HOME'").query(Integer.class).single())
			.isEqualTo(90);
		assertThat(jdbc.sql("select count(distinct f.unit_id) " + DEMO + " and f.kind = 'SEED_HOME'")
			.query(Integer.class).single()).isGreaterThan(20);
		List<Integer> rooms = jdbc.sql("select (select count(*) from facility_room r where r.facility_id = f.id)::int "
				+ DEMO).query(Integer.class).list();
		assertThat(rooms).allSatisfy(n -> assertThat(n).isBetween(1, 3));
		List<String> statuses = jdbc.sql("select distinct b.status from booking b join facility_room r on r.id = b.room_id "
				+ "join facility f on f.id = r.facility_id join org_unit u on u.id = f.unit_id "
				+ "where u.path like (select path from org_unit where code = '632800') || '%'").query(String.class).list();
		assertThat(statuses).containsExactlyInAnyOrder("PENDING", "APPROVED", "DECLINED", "CANCELLED");
		// the busiest room (Kunlun's seed home) has bookings in the coming week
		assertThat(jdbc.sql("""
				select max(n) from (select count(*) as n from booking b
				where b.during && tstzrange(now(), now() + interval '7 days') and b.status in ('APPROVED', 'PENDING')
				group by b.room_id) c""").query(Integer.class).single()).isGreaterThanOrEqualTo(5);
	}
}
