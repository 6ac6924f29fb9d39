package org.pomegranate.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.pomegranate.IntegrationTest;
import org.pomegranate.TestFixtures;
import org.pomegranate.servicedesk.MyRequestCard;
import org.pomegranate.servicedesk.RequestStatus;
import org.pomegranate.servicedesk.ResidentActs;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the demo resident (才让卓玛) shows of her side: requests in several states, one waiting for
 * her rating, one withdrawn, a neighbour's report she follows, and a message thread with her worker.
 */
@IntegrationTest
class DemoResidentSideTests {

	@Autowired
	TestFixtures fixtures;

	@Autowired
	ResidentActs acts;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theDemoResidentHasSomethingOfEveryKindToShow() {
		List<MyRequestCard> cards = fixtures.as("resident", () -> acts.myCards());
		assertThat(cards).extracting(MyRequestCard::status).contains(RequestStatus.RESOLVED, RequestStatus.CLOSED,
				RequestStatus.IN_PROGRESS, RequestStatus.REOPENED, RequestStatus.WITHDRAWN);
		assertThat(cards).filteredOn(MyRequestCard::awaitingRating).isNotEmpty();
		assertThat(cards).filteredOn(MyRequestCard::followed).singleElement()
			.satisfies(c -> assertThat(c.number()).isNull());
		assertThat(cards).allSatisfy(c -> assertThat(c.firstLine()).isNotBlank());

		List<String> thread = jdbc.sql("""
				select e.kind from service_request_event e join service_request r on r.id = e.request_id
				join account a on a.resident_id = r.resident_id
				where a.username = 'resident' and e.kind in ('RESIDENT_MESSAGE', 'WORKER_MESSAGE', 'INFO_ADDED')
				order by e.id""").query(String.class).list();
		assertThat(thread).containsExactly("RESIDENT_MESSAGE", "WORKER_MESSAGE", "RESIDENT_MESSAGE", "INFO_ADDED");
	}
}
