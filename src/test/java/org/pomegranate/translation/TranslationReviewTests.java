package org.pomegranate.translation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pomegranate.IntegrationTest;
import org.pomegranate.TestFixtures;
import org.pomegranate.TestFixtures.World;
import org.pomegranate.WebSession;
import org.pomegranate.identity.Role;
import org.pomegranate.shared.web.ForbiddenException;
import org.pomegranate.shared.web.InvalidInputException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.Locale;

/**
 * Reviewers correct a machine-drafted Tibetan or Mongolian text, or confirm it: the correction shows at once on
 * the pages, the state and the reviewer show on the translation page, every act is audited, and a bad text
 * (arguments not those of the Chinese, control characters, too long, unknown key) is refused with nothing written.
 * The texts touched are restored after each test: the bundles are shared by the whole suite.
 */
@IntegrationTest
class TranslationReviewTests {

	private static final Locale MONGOLIAN = Locale.forLanguageTag("mn");

	@Autowired
	TestFixtures fixtures;

	@Autowired
	TranslationReview review;

	@Autowired
	MessageSource messages;

	@Autowired
	JdbcClient jdbc;

	@LocalServerPort
	int port;

	@AfterEach
	void restoreBundles() {
		jdbc.sql("delete from translation_review where message_key in ('assessment.cycle', 'survey.results.responses', "
				+ "'workbench.yes', 'workbench.no')").update();
		TestFixtures.signOut();
	}

	@Test
	void aCorrectionOverridesTheMachineDraftAtOnceAndIsAudited() {
		World world = fixtures.world();
		String officer = fixtures.account("trc" + world.suffix(), "审校员" + world.suffix(), Role.COUNTY_OFFICER,
				world.county().id(), List.of("zh", "mn"));
		fixtures.signIn(officer);
		String draft = messages.getMessage("assessment.cycle", new Object[] { "2026" }, MONGOLIAN);
		assertThat(draft).contains("2026");
		assertThat(review.list("mn", null, "assessment.cycle", null, 10).entries()).first()
			.satisfies(e -> assertThat(e.state()).isEqualTo(ReviewState.MACHINE_DRAFTED));
		long audited = auditRows();

		review.correct("mn", "assessment.cycle", "{0} ᠣᠨ ᠤ ᠦᠨᠡᠯᠡᠯᠲᠡ");

		assertThat(messages.getMessage("assessment.cycle", new Object[] { "2026" }, MONGOLIAN)).isEqualTo("2026 ᠣᠨ ᠤ ᠦᠨᠡᠯᠡᠯᠲᠡ");
		assertThat(messages.getMessage("assessment.cycle", new Object[] { "2026" }, Locale.SIMPLIFIED_CHINESE))
			.doesNotContain("ᠣᠨ");
		TranslationEntry entry = review.list("mn", ReviewState.REVIEWED, "assessment.cycle", null, 10).entries().get(0);
		assertThat(entry.reviewedBy()).isEqualTo(officer);
		assertThat(entry.corrected()).isTrue();
		assertThat(auditRows()).isEqualTo(audited + 1);

		review.confirm("mn", "workbench.yes");
		assertThat(review.list("mn", ReviewState.REVIEWED, "workbench.yes", null, 10).entries()).first()
			.satisfies(e -> assertThat(e.corrected()).isFalse());
		assertThat(review.list("mn", ReviewState.MACHINE_DRAFTED, "workbench.yes", null, 10).entries()).isEmpty();
		assertThat(auditRows()).isEqualTo(audited + 2);
	}

	@Test
	void aBadTextIsRefusedAndNothingIsWritten() {
		World world = fixtures.world();
		fixtures.signIn(fixtures.account("tra" + world.suffix(), "管理员", Role.SYSTEM_ADMIN, null));
		long audited = auditRows();
		Map<String, String> bad = Map.of("ᠬᠠᠷᠢᠭᠤᠯᠲᠠ", "error.translation.placeholders", "{0} {1}",
				"error.translation.placeholders", "{0 ᠬᠠᠷᠢᠭᠤᠯᠲᠠ", "error.translation.placeholders", "{0}\u0007",
				"error.controlCharacters", "{0}" + "ᠠ".repeat(2000), "error.tooLong", " ", "error.required");
		bad.forEach((text, error) -> assertThatThrownBy(() -> review.correct("mn", "survey.results.responses", text))
			.as(text).isInstanceOfSatisfying(InvalidInputException.class,
					e -> assertThat(e.fieldErrors()).containsEntry("text", error)));
		assertThatThrownBy(() -> review.correct("mn", "no.such.key", "ᠠ")).isInstanceOfSatisfying(
				InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsKey("key"));
		assertThatThrownBy(() -> review.correct("en", "workbench.no", "No")).isInstanceOfSatisfying(
				InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsKey("language"));
		assertThat(auditRows()).isEqualTo(audited);
		assertThat(jdbc.sql("select count(*) from translation_review where message_key = 'survey.results.responses'")
			.query(Long.class).single()).isZero();
	}

	@Test
	void onlyReviewersOpenTheTranslationPage() {
		World world = fixtures.world();
		fixtures.signIn(world.head());
		assertThatThrownBy(() -> review.list("bo", null, null, null, 10)).isInstanceOf(ForbiddenException.class);
		TestFixtures.signOut();

		WebSession head = new WebSession(port);
		head.signIn(world.head(), TestFixtures.PASSWORD);
		assertThat(head.get("/admin/translations").statusCode()).isEqualTo(403);

		String officer = fixtures.account("trp" + world.suffix(), "审校员" + world.suffix(), Role.COUNTY_OFFICER,
				world.county().id());
		WebSession reviewer = new WebSession(port);
		reviewer.signIn(officer, TestFixtures.PASSWORD);
		HttpResponse<String> first = reviewer.get("/admin/translations?language=bo&state=MACHINE_DRAFTED");
		assertThat(first.statusCode()).isEqualTo(200);
		assertThat(first.body()).contains("lang=\"bo\"").contains("after=");
		// keyset paging: the next page starts after the last key shown
		String after = first.body().replaceAll("(?s).*after=([^\"&]+)\".*", "$1");
		HttpResponse<String> second = reviewer.get("/admin/translations?language=bo&state=MACHINE_DRAFTED&after=" + after);
		assertThat(second.statusCode()).isEqualTo(200);
		assertThat(second.body()).doesNotContain("id=\"t-" + java.net.URLDecoder.decode(after,
				java.nio.charset.StandardCharsets.UTF_8) + "\"");

		HttpResponse<String> refused = reviewer.post("/admin/translations/correct",
				Map.of("language", "bo", "key", "workbench.no", "text", "{3}"));
		assertThat(refused.statusCode()).isEqualTo(400);
		HttpResponse<String> saved = reviewer.post("/admin/translations/correct",
				Map.of("language", "bo", "key", "workbench.no", "text", "མིན་ནོ།"));
		assertThat(saved.statusCode()).isEqualTo(302);
		assertThat(reviewer.get("/admin/translations?language=bo&q=workbench.no").body()).contains("མིན་ནོ།")
			.contains(officer);
	}

	private long auditRows() {
		return jdbc.sql("select count(*) from audit_entry where subject_type = 'TRANSLATION'").query(Long.class)
			.single();
	}
}
