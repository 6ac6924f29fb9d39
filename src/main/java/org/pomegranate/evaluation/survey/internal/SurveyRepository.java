package org.pomegranate.evaluation.survey.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.pomegranate.evaluation.survey.QuestionKind;
import org.pomegranate.evaluation.survey.Survey;
import org.pomegranate.evaluation.survey.SurveyForm;
import org.pomegranate.evaluation.survey.SurveySummary;
import org.pomegranate.evaluation.survey.Texts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Surveys, their questions and communities, participations and the unlinked answers. */
@Repository
public class SurveyRepository {

	private static final TypeReference<List<Survey.Option>> OPTIONS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;
	private final JsonMapper json;

	SurveyRepository(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	public void insert(UUID id, UUID ownerUnitId, SurveyForm form, UUID createdBy, Instant now) {
		jdbc.sql("""
				insert into survey (id, owner_unit_id, title_zh, title_en, title_bo, title_mn, opens_on, closes_on,
				                    status, created_by, created_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, 'DRAFT', ?, ?)""")
			.params(id, ownerUnitId, form.title().zh(), form.title().en(), form.title().bo(), form.title().mn(),
					form.opensOn(), form.closesOn(), createdBy, Timestamp.from(now))
			.update();
		replaceContent(id, form);
	}

	/** Overwrites a draft's title, period, communities and questions. */
	public void update(UUID id, SurveyForm form) {
		jdbc.sql("""
				update survey set title_zh = ?, title_en = ?, title_bo = ?, title_mn = ?, opens_on = ?, closes_on = ?,
				       version = version + 1 where id = ?""")
			.params(form.title().zh(), form.title().en(), form.title().bo(), form.title().mn(), form.opensOn(),
					form.closesOn(), id)
			.update();
		jdbc.sql("delete from survey_question where survey_id = ?").param(id).update();
		jdbc.sql("delete from survey_community where survey_id = ?").param(id).update();
		replaceContent(id, form);
	}

	private void replaceContent(UUID id, SurveyForm form) {
		for (UUID community : form.communityIds()) {
			jdbc.sql("insert into survey_community (survey_id, community_id) values (?, ?)").params(id, community)
				.update();
		}
		int position = 0;
		for (SurveyForm.QuestionForm q : form.questions()) {
			List<Survey.Option> options = new ArrayList<>();
			for (int i = 0; i < q.options().size(); i++) {
				options.add(new Survey.Option("o" + (i + 1), q.options().get(i)));
			}
			jdbc.sql("""
					insert into survey_question (id, survey_id, position, kind, required, text_zh, text_en, text_bo,
					                             text_mn, options)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb)""")
				.params(UUID.randomUUID(), id, ++position, q.kind().name(), q.required(), q.text().zh(), q.text().en(),
						q.text().bo(), q.text().mn(), json.writeValueAsString(options))
				.update();
		}
	}

	/** The survey's status, with the row locked against a concurrent edit or publication. */
	public Optional<Survey.Status> lockStatus(UUID id) {
		return jdbc.sql("select status from survey where id = ? for update").param(id)
			.query((rs, n) -> Survey.Status.valueOf(rs.getString(1))).optional();
	}

	public void publish(UUID id, Instant now) {
		jdbc.sql("update survey set status = 'PUBLISHED', published_at = ?, version = version + 1 where id = ?")
			.params(Timestamp.from(now), id).update();
	}

	public Optional<Survey> find(UUID id) {
		return jdbc.sql("select * from survey where id = ?").param(id)
			.query((rs, n) -> new Survey(id, rs.getObject("owner_unit_id", UUID.class), title(rs),
					rs.getObject("opens_on", LocalDate.class), rs.getObject("closes_on", LocalDate.class),
					Survey.Status.valueOf(rs.getString("status")), List.of(), List.of(), rs.getInt("version")))
			.optional()
			.map(s -> new Survey(s.id(), s.ownerUnitId(), s.title(), s.opensOn(), s.closesOn(), s.status(),
					communities(id), questions(id), s.version()));
	}

	private List<UUID> communities(UUID id) {
		return jdbc.sql("select community_id from survey_community where survey_id = ? order by community_id")
			.param(id).query(UUID.class).list();
	}

	private List<Survey.Question> questions(UUID id) {
		return jdbc.sql("select * from survey_question where survey_id = ? order by position").param(id)
			.query((rs, n) -> new Survey.Question(rs.getObject("id", UUID.class), rs.getInt("position"),
					QuestionKind.valueOf(rs.getString("kind")), rs.getBoolean("required"),
					new Texts(rs.getString("text_zh"), rs.getString("text_en"), rs.getString("text_bo"),
							rs.getString("text_mn")),
					json.readValue(rs.getString("options"), OPTIONS)))
			.list();
	}

	/**
	 * Surveys made within the scope or sent to a community of it, newest first, from a keyset cursor
	 * (the created time and id of the last one seen).
	 */
	public List<SurveySummary> visibleIn(UUID[] scope, Instant beforeCreated, UUID beforeId, int limit) {
		return jdbc.sql("""
				select s.* from survey s
				where (s.owner_unit_id = any(:scope)
				       or exists (select 1 from survey_community c where c.survey_id = s.id and c.community_id = any(:scope)))
				  and (cast(:before as timestamptz) is null or (s.created_at, s.id) < (cast(:before as timestamptz), :beforeId))
				order by s.created_at desc, s.id desc limit :limit""")
			.param("scope", scope).param("before", beforeCreated == null ? null : Timestamp.from(beforeCreated))
			.param("beforeId", beforeId == null ? new UUID(0, 0) : beforeId).param("limit", limit)
			.query((rs, n) -> summary(rs)).list();
	}

	public Optional<Instant> createdAt(UUID id) {
		return jdbc.sql("select created_at from survey where id = ?").param(id)
			.query((rs, n) -> rs.getTimestamp(1).toInstant()).optional();
	}

	/** Published surveys of the community open on the day that the resident has not answered yet. */
	public List<SurveySummary> openFor(UUID communityId, UUID residentId, LocalDate day) {
		return jdbc.sql("""
				select s.* from survey s join survey_community c on c.survey_id = s.id
				where c.community_id = ? and s.status = 'PUBLISHED' and ? between s.opens_on and s.closes_on
				  and not exists (select 1 from survey_participation p where p.survey_id = s.id and p.resident_id = ?)
				order by s.closes_on, s.id""")
			.params(communityId, day, residentId).query((rs, n) -> summary(rs)).list();
	}

	public boolean hasAnswered(UUID surveyId, UUID residentId) {
		return jdbc.sql("select count(*) from survey_participation where survey_id = ? and resident_id = ?")
			.params(surveyId, residentId).query(Long.class).single() > 0;
	}

	/** Throws the database's duplicate-key error when the resident has answered already, even in parallel. */
	public void participate(UUID surveyId, UUID residentId) {
		jdbc.sql("insert into survey_participation (survey_id, resident_id) values (?, ?)").params(surveyId, residentId)
			.update();
	}

	public void insertResponse(UUID responseId, UUID surveyId, UUID communityId, LocalDate day) {
		jdbc.sql("insert into survey_response (id, survey_id, community_id, answered_on) values (?, ?, ?, ?)")
			.params(responseId, surveyId, communityId, day).update();
	}

	public void insertAnswer(UUID responseId, UUID questionId, String choice, Integer scale, String text) {
		jdbc.sql("insert into survey_answer (response_id, question_id, choice, scale, text) values (?, ?, ?, ?, ?)")
			.params(responseId, questionId, choice, scale, text).update();
	}

	/** Responses per community. */
	public Map<UUID, Long> responsesByCommunity(UUID surveyId) {
		Map<UUID, Long> out = new java.util.HashMap<>();
		jdbc.sql("select community_id, count(*) from survey_response where survey_id = ? group by community_id")
			.param(surveyId).query(rs -> {
				out.put(rs.getObject(1, UUID.class), rs.getLong(2));
			});
		return out;
	}

	/** Counts per question, community and value (option code or scale number). */
	public List<Count> counts(UUID surveyId) {
		return jdbc.sql("""
				select a.question_id, r.community_id, coalesce(a.choice, a.scale::text) as value, count(*) as n
				from survey_answer a join survey_response r on r.id = a.response_id
				where r.survey_id = ? and a.text is null
				group by a.question_id, r.community_id, coalesce(a.choice, a.scale::text)""")
			.param(surveyId)
			.query((rs, n) -> new Count(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
					rs.getLong(4)))
			.list();
	}

	/** The free texts of a question, in text order so that the order of answering is not shown. */
	public List<String> texts(UUID questionId) {
		return jdbc.sql("select text from survey_answer where question_id = ? and text is not null order by text")
			.param(questionId).query(String.class).list();
	}

	public record Count(UUID questionId, UUID communityId, String value, long n) {
	}

	private static SurveySummary summary(ResultSet rs) throws SQLException {
		return new SurveySummary(rs.getObject("id", UUID.class), title(rs), rs.getObject("opens_on", LocalDate.class),
				rs.getObject("closes_on", LocalDate.class), Survey.Status.valueOf(rs.getString("status")));
	}

	private static Texts title(ResultSet rs) throws SQLException {
		return new Texts(rs.getString("title_zh"), rs.getString("title_en"), rs.getString("title_bo"),
				rs.getString("title_mn"));
	}
}
