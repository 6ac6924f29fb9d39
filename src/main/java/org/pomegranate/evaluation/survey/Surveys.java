package org.pomegranate.evaluation.survey;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.pomegranate.evaluation.survey.internal.SurveyRepository;
import org.pomegranate.evaluation.survey.internal.SurveyRules;
import org.pomegranate.identity.CurrentUser;
import org.pomegranate.identity.IdentityManagement;
import org.pomegranate.identity.Role;
import org.pomegranate.identity.Scope;
import org.pomegranate.organization.OrgLevel;
import org.pomegranate.organization.OrganizationManagement;
import org.pomegranate.registry.Place;
import org.pomegranate.registry.Whereabouts;
import org.pomegranate.shared.TimeConfiguration;
import org.pomegranate.shared.web.ForbiddenException;
import org.pomegranate.shared.web.InvalidInputException;
import org.pomegranate.shared.web.NotFoundException;
import org.pomegranate.shared.web.RuleViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Satisfaction surveys (满意调查评估). Community heads and officers above them write a questionnaire
 * within their scope and publish it to communities for a period, after which it is fixed. Residents
 * of those communities answer once; who answered and what was answered are kept apart (see
 * {@code docs/evaluation.md}), so nobody, staff included, can tell which answer was hers.
 */
@Service
@Transactional(readOnly = true)
public class Surveys {

	/** The roles that write surveys and read their results. */
	static final Set<Role> AUTHORS = Set.of(Role.COMMUNITY_HEAD, Role.STREET_OFFICER, Role.COUNTY_OFFICER,
			Role.PREFECTURE_OFFICER);

	private final SurveyRepository surveys;
	private final IdentityManagement identity;
	private final OrganizationManagement organization;
	private final Whereabouts whereabouts;
	private final SurveyResultsBuilder resultsBuilder;
	private final Clock clock;

	Surveys(SurveyRepository surveys, IdentityManagement identity, OrganizationManagement organization,
			Whereabouts whereabouts, SurveyResultsBuilder resultsBuilder, Clock clock) {
		this.surveys = surveys;
		this.identity = identity;
		this.organization = organization;
		this.whereabouts = whereabouts;
		this.resultsBuilder = resultsBuilder;
		this.clock = clock;
	}

	// ---- staff ------------------------------------------------------------------------------------

	/** A new draft owned by the author's unit. Communities must lie in the author's scope. */
	@Transactional
	public UUID create(SurveyForm form) {
		CurrentUser author = author();
		checkForm(form, identity.scopeOf(author));
		UUID id = UUID.randomUUID();
		surveys.insert(id, author.orgUnitId(), form, author.accountId(), clock.instant());
		return id;
	}

	/** Replaces a draft; a published survey is fixed (409). */
	@Transactional
	public void update(UUID id, SurveyForm form) {
		Scope scope = identity.scopeOf(author());
		lockDraft(id, scope);
		checkForm(form, scope);
		surveys.update(id, form);
	}

	/** Adds one question at the end of a draft: the page's way of building a questionnaire. */
	@Transactional
	public void addQuestion(UUID id, SurveyForm.QuestionForm question) {
		Scope scope = identity.scopeOf(author());
		Survey draft = lockDraft(id, scope);
		List<SurveyForm.QuestionForm> questions = new java.util.ArrayList<>(asForm(draft).questions());
		questions.add(question);
		SurveyForm form = new SurveyForm(draft.title(), draft.opensOn(), draft.closesOn(), draft.communityIds(),
				questions);
		SurveyRules.checkForm(form);
		surveys.update(id, form);
	}

	/** Publishes a draft with at least one question and one community: from now on it cannot change. */
	@Transactional
	public void publish(UUID id) {
		Scope scope = identity.scopeOf(author());
		Survey draft = lockDraft(id, scope);
		SurveyRules.checkPublishable(draft);
		surveys.publish(id, clock.instant());
	}

	/** Surveys of the caller's scope, newest first; {@code after} is the id of the last one of the previous page. */
	public List<SurveySummary> list(UUID after, int size) {
		Scope scope = identity.scopeOf(author());
		Instant before = after == null ? null : surveys.createdAt(after).orElseThrow(() -> new NotFoundException("survey"));
		return surveys.visibleIn(scope.asArray(), before, after, Math.max(1, Math.min(100, size)));
	}

	public Survey get(UUID id) {
		return visible(id, identity.scopeOf(author()));
	}

	/** The results with small counts hidden. */
	public SurveyResults results(UUID id) {
		Survey survey = visible(id, identity.scopeOf(author()));
		return resultsBuilder.build(survey);
	}

	/** Communities the author may send a survey to. */
	public List<org.pomegranate.organization.OrgUnit> communitiesInScope() {
		Scope scope = identity.scopeOf(author());
		return organization.unitsAt(OrgLevel.COMMUNITY).stream().filter(u -> scope.contains(u.id())).toList();
	}

	// ---- residents --------------------------------------------------------------------------------

	/** The surveys open today in the signed-in resident's community that she has not answered. */
	public List<SurveySummary> openForMe() {
		CurrentUser me = identity.currentUser();
		return communityOf(me).map(c -> surveys.openFor(c, me.residentId(), today())).orElse(List.of());
	}

	/**
	 * A survey for the signed-in resident to answer. Not found unless published to her community; a
	 * survey outside its period or already answered is refused (409).
	 */
	public Survey toAnswer(UUID id) {
		CurrentUser me = identity.currentUser();
		Survey survey = forResident(id, me);
		checkOpen(survey);
		if (surveys.hasAnswered(id, me.residentId())) {
			throw new RuleViolationException("error.survey.alreadyAnswered");
		}
		return survey;
	}

	/**
	 * Records the signed-in resident's answers. The participation (survey, resident) and the answers
	 * (survey, community, day; no resident) are written in one transaction, the participation's primary
	 * key refusing a second answer even when two arrive at once.
	 */
	@Transactional
	public void answer(UUID id, AnswerForm form) {
		CurrentUser me = identity.currentUser();
		Survey survey = toAnswer(id);
		SurveyRules.checkAnswers(survey, form);
		UUID community = communityOf(me).orElseThrow(() -> new NotFoundException("survey"));
		try {
			surveys.participate(id, me.residentId());
		}
		catch (DuplicateKeyException e) {
			throw new RuleViolationException("error.survey.alreadyAnswered");
		}
		UUID response = UUID.randomUUID();
		surveys.insertResponse(response, id, community, today());
		for (AnswerForm.Answer a : form.answers()) {
			Survey.Question q = survey.questions().stream().filter(x -> x.id().equals(a.questionId())).findFirst()
				.orElseThrow();
			switch (q.kind()) {
				case SINGLE, MULTIPLE -> a.choices().forEach(c -> surveys.insertAnswer(response, q.id(), c, null, null));
				case SCALE -> surveys.insertAnswer(response, q.id(), null, a.scale(), null);
				case TEXT -> surveys.insertAnswer(response, q.id(), null, null, a.text().strip());
			}
		}
	}

	// ---- helpers ----------------------------------------------------------------------------------

	private CurrentUser author() {
		CurrentUser user = identity.currentUser();
		if (!AUTHORS.contains(user.role())) {
			throw new ForbiddenException("surveys are written by community heads and officers");
		}
		return user;
	}

	private void checkForm(SurveyForm form, Scope scope) {
		SurveyRules.checkForm(form);
		for (UUID community : form.communityIds()) {
			boolean isCommunity = organization.find(community).map(u -> u.level() == OrgLevel.COMMUNITY).orElse(false);
			if (!isCommunity || !scope.contains(community)) {
				throw new InvalidInputException("communityIds", "error.survey.communities");
			}
		}
	}

	private Survey visible(UUID id, Scope scope) {
		Survey survey = surveys.find(id).orElseThrow(() -> new NotFoundException("survey"));
		boolean inScope = scope.contains(survey.ownerUnitId())
				|| survey.communityIds().stream().anyMatch(scope::contains);
		if (!inScope) {
			throw new NotFoundException("survey");
		}
		return survey;
	}

	/** Only the owner's scope may change a survey, and only while it is a draft. */
	private Survey lockDraft(UUID id, Scope scope) {
		Survey.Status status = surveys.lockStatus(id).orElseThrow(() -> new NotFoundException("survey"));
		Survey survey = surveys.find(id).orElseThrow();
		if (!scope.contains(survey.ownerUnitId())) {
			throw new NotFoundException("survey");
		}
		if (status != Survey.Status.DRAFT) {
			throw new RuleViolationException("error.survey.published");
		}
		return survey;
	}

	private Survey forResident(UUID id, CurrentUser me) {
		if (me.residentId() == null) {
			throw new NotFoundException("survey");
		}
		Survey survey = surveys.find(id).orElseThrow(() -> new NotFoundException("survey"));
		UUID community = communityOf(me).orElse(null);
		if (survey.status() != Survey.Status.PUBLISHED || !survey.communityIds().contains(community)) {
			throw new NotFoundException("survey");
		}
		return survey;
	}

	private void checkOpen(Survey survey) {
		LocalDate today = today();
		if (today.isBefore(survey.opensOn())) {
			throw new RuleViolationException("error.survey.notYetOpen");
		}
		if (today.isAfter(survey.closesOn())) {
			throw new RuleViolationException("error.survey.closed");
		}
	}

	private java.util.Optional<UUID> communityOf(CurrentUser me) {
		return me.residentId() == null ? java.util.Optional.empty()
				: whereabouts.ofResident(me.residentId()).map(Place::communityId);
	}

	private LocalDate today() {
		return LocalDate.ofInstant(clock.instant(), TimeConfiguration.DISPLAY_ZONE);
	}

	private static SurveyForm asForm(Survey s) {
		return new SurveyForm(s.title(), s.opensOn(), s.closesOn(), s.communityIds(), s.questions().stream()
			.map(q -> new SurveyForm.QuestionForm(q.kind(), q.required(), q.text(),
					q.options().stream().map(Survey.Option::text).toList()))
			.toList());
	}
}
