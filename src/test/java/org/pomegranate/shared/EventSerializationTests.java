package org.pomegranate.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.pomegranate.IntegrationTest;
import org.pomegranate.servicedesk.RequestSnapshot;
import org.pomegranate.servicedesk.RequestSubmitted;
import org.pomegranate.servicedesk.Tier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.events.core.EventSerializer;

/** The publication registry writes and reads events with the application's serializer, losing nothing. */
@IntegrationTest
class EventSerializationTests {

	@Autowired
	EventSerializer serializer;

	@Test
	void anEventReadsBackAsItWasWritten() {
		Instant at = Instant.now().truncatedTo(ChronoUnit.MICROS);
		RequestSubmitted event = new RequestSubmitted(UUID.randomUUID(),
				new RequestSnapshot(UUID.randomUUID(), "HX-2026-000001", UUID.randomUUID(), "/1/2/", null, "REPAIR",
						Tier.GENERAL),
				at.plusSeconds(3600), at.plusSeconds(86400), at);
		Object json = serializer.serialize(event);
		// ours, which holds the mapper, not Spring Modulith's default, which looks it up on every event
		assertThat(serializer.getClass().getEnclosingClass()).isEqualTo(EventSerialization.class);
		assertThat(json.toString()).contains("HX-2026-000001").contains("\"tier\":\"GENERAL\"");
		assertThat(serializer.deserialize(json, RequestSubmitted.class)).isEqualTo(event);
	}
}
