package org.pomegranate.activities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.pomegranate.ApiClient;
import org.pomegranate.IntegrationTest;
import org.pomegranate.TestFixtures;
import org.pomegranate.TestFixtures.World;
import org.pomegranate.TestImages;
import org.pomegranate.WebSession;
import org.pomegranate.servicedesk.Upload;
import org.pomegranate.shared.TimeConfiguration;
import org.pomegranate.shared.web.InvalidInputException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * An activity's report carries photos under the service desk's photo rules, cleaned of their GPS
 * position; a refused photo refuses the whole report and writes nothing.
 */
@IntegrationTest
class ActivityReportPhotosTests {

	@LocalServerPort
	int port;

	@Autowired
	JsonMapper json;

	@Autowired
	TestFixtures fixtures;

	@Autowired
	Activities activities;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theReportKeepsCleanPhotosAndARefusedOneChangesNothing() {
		World world = fixtures.world();
		var start = ZonedDateTime.now(TimeConfiguration.DISPLAY_ZONE).plusHours(1).toLocalDateTime().withNano(0);
		ApiClient.Response created = new ApiClient(port, json).as(world.head()).post("/api/v1/activities",
				Map.of("kind", "LEGAL_EDUCATION", "title", Map.of("zh", "普法讲座"), "venueAddress", "社区会议室", "startsAt",
						start.toString(), "endsAt", start.plusHours(1).toString(), "capacity", 30, "audienceCommunityId",
						world.community().id().toString(), "coOrganisers", List.of()));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		UUID activity = UUID.fromString(created.json().get("id").asString());
		// the lecture took place yesterday
		jdbc.sql("update activity set starts_at = starts_at - interval '2 days', ends_at = ends_at - interval '2 days' "
				+ "where id = ?").param(activity).update();

		ActivityReport report = fixtures.as(world.head(), () -> activities.writeReport(activity, "讲解了民法典相邻关系",
				List.of(new Upload("lecture.jpg", TestImages.jpegWithGps()))));
		assertThat(report.photoIds()).hasSize(1);
		byte[] kept = jdbc.sql("select content from activity_photo where activity_id = ?").param(activity)
			.query(byte[].class).single();
		assertThat(TestImages.hasExif(kept)).isFalse();

		assertThatThrownBy(() -> fixtures.as(world.head(), () -> activities.writeReport(activity, "改写的总结",
				List.of(new Upload("a.jpg", TestImages.jpeg()), new Upload("b.jpg", TestImages.jpeg()),
						new Upload("c.png", TestImages.png())))))
			.isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(() -> fixtures.as(world.head(), () -> activities.writeReport(activity, "改写的总结",
				List.of(new Upload("notes.jpg", "not a picture".getBytes())))))
			.isInstanceOf(InvalidInputException.class);
		assertThat(jdbc.sql("select count(*) from activity_photo where activity_id = ?").param(activity)
			.query(Integer.class).single()).isEqualTo(1);
		assertThat(jdbc.sql("select summary from activity_report where activity_id = ?").param(activity)
			.query(String.class).single()).isEqualTo("讲解了民法典相邻关系");

		WebSession page = new WebSession(port);
		page.openSignIn().signIn(world.head(), TestFixtures.PASSWORD);
		var photo = page.get("/activities/" + activity + "/photos/" + report.photoIds().get(0));
		assertThat(photo.statusCode()).isEqualTo(200);
		assertThat(photo.headers().firstValue("Content-Type")).hasValue("image/jpeg");
		assertThat(page.get("/activities/" + activity).body()).contains("/photos/" + report.photoIds().get(0));
		WebSession stranger = new WebSession(port);
		stranger.openSignIn().signIn(fixtures.world().head(), TestFixtures.PASSWORD);
		assertThat(stranger.get("/activities/" + activity + "/photos/" + report.photoIds().get(0)).statusCode())
			.isEqualTo(404);
	}
}
