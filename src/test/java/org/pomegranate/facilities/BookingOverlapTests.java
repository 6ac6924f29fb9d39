package org.pomegranate.facilities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.pomegranate.facilities.FacilityWorld.at;

import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pomegranate.ApiClient;
import org.pomegranate.IntegrationTest;
import org.pomegranate.TestFixtures;
import org.pomegranate.registry.RegistryManagement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * The guarantee that two approved bookings of one room never overlap lies in the database: rows
 * written straight with SQL are refused by the exclusion constraint, and of 20 overlapping
 * bookings approved at the same moment exactly one is approved.
 */
@IntegrationTest
class BookingOverlapTests {

	@LocalServerPort
	int port;

	@Autowired
	JsonMapper json;

	@Autowired
	TestFixtures fixtures;

	@Autowired
	Facilities facilities;

	@Autowired
	RegistryManagement registry;

	@Autowired
	JdbcClient jdbc;

	FacilityWorld place;

	@BeforeEach
	void setUp() {
		place = FacilityWorld.create(fixtures, facilities, registry);
	}

	@AfterEach
	void signOut() {
		TestFixtures.signOut();
	}

	@Test
	void theDatabaseRefusesTwoApprovedOverlappingRowsWhateverTheCode() {
		insertApproved(at(20, 10), at(20, 12));
		assertThatThrownBy(() -> insertApproved(at(20, 11), at(20, 13)))
			.isInstanceOf(DataIntegrityViolationException.class)
			.satisfies(e -> assertThat(sqlState(e)).isEqualTo("23P01"))
			.hasMessageContaining("booking_no_overlap");
		// touching slots, other statuses and other rooms are fine
		insertApproved(at(20, 12), at(20, 13));
		insert(at(20, 10), at(20, 12), "PENDING");
		insert(at(20, 10), at(20, 12), "DECLINED");
		assertThat(jdbc.sql("select count(*) from booking where room_id = ?").param(place.roomId()).query(Long.class)
			.single()).isEqualTo(4);
	}

	@Test
	void ofTwentyOverlappingBookingsApprovedAtOnceExactlyOneIsApproved() throws Exception {
		ApiClient head = new ApiClient(port, json).as(place.world().head());
		List<String> ids = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			// each overlaps every other one: all contain 15:00–15:30
			var asked = head.post("/api/v1/bookings", place.booking(at(21, 14).plusMinutes(i), at(21, 16).minusMinutes(i),
					"并发 " + i));
			assertThat(asked.status()).as(asked.body()).isEqualTo(201);
			ids.add(asked.json().path("id").asString());
		}
		ExecutorService pool = Executors.newFixedThreadPool(20);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<Integer>> answers = new ArrayList<>();
		for (String id : ids) {
			answers.add(pool.submit(() -> {
				start.await();
				return head.post("/api/v1/bookings/" + id + "/approve", null).status();
			}));
		}
		start.countDown();
		List<Integer> statuses = new ArrayList<>();
		for (Future<Integer> f : answers) {
			statuses.add(f.get());
		}
		pool.shutdown();
		assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
		assertThat(statuses).filteredOn(s -> s == 409).hasSize(19);
		assertThat(jdbc.sql("select count(*) from booking where room_id = ? and status = 'APPROVED'")
			.param(place.roomId()).query(Long.class).single()).isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from booking where room_id = ? and status = 'PENDING'")
			.param(place.roomId()).query(Long.class).single()).isEqualTo(19);
	}

	private void insertApproved(java.time.OffsetDateTime start, java.time.OffsetDateTime end) {
		insert(start, end, "APPROVED");
	}

	private void insert(java.time.OffsetDateTime start, java.time.OffsetDateTime end, String status) {
		jdbc.sql("""
				insert into booking (id, room_id, during, purpose, status, requester_kind, requester_account_id, requested_at)
				values (?, ?, tstzrange(?, ?, '[)'), '直接写入', ?, 'STAFF', ?, now())""")
			.params(UUID.randomUUID(), place.roomId(), Timestamp.from(start.toInstant()), Timestamp.from(end.toInstant()),
					status, fixtures.accountId(place.world().head()))
			.update();
	}

	private static String sqlState(Throwable e) {
		for (Throwable t = e; t != null; t = t.getCause()) {
			if (t instanceof SQLException sql) {
				return sql.getSQLState();
			}
		}
		return null;
	}
}
