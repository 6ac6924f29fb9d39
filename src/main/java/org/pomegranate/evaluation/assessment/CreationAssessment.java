package org.pomegranate.evaluation.assessment;

import static org.pomegranate.evaluation.assessment.AssessmentAccess.READERS;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.pomegranate.evaluation.assessment.AssessmentModel.Assessment;
import org.pomegranate.evaluation.assessment.AssessmentModel.Cycle;
import org.pomegranate.evaluation.assessment.AssessmentModel.Entry;
import org.pomegranate.evaluation.assessment.AssessmentModel.Evidence;
import org.pomegranate.evaluation.assessment.AssessmentModel.EvidenceFile;
import org.pomegranate.evaluation.assessment.AssessmentModel.Indicator;
import org.pomegranate.evaluation.assessment.AssessmentModel.ReviewEntry;
import org.pomegranate.evaluation.assessment.AssessmentModel.Row;
import org.pomegranate.evaluation.assessment.AssessmentModel.SelfEntry;
import org.pomegranate.evaluation.assessment.AssessmentModel.Status;
import org.pomegranate.evaluation.assessment.internal.AssessmentRepository;
import org.pomegranate.evaluation.assessment.internal.AssessmentRepository.Locked;
import org.pomegranate.evaluation.assessment.internal.AssessmentRepository.StoredEntry;
import org.pomegranate.evaluation.assessment.internal.AssessmentRules;
import org.pomegranate.identity.CurrentUser;
import org.pomegranate.identity.IdentityManagement;
import org.pomegranate.identity.Role;
import org.pomegranate.organization.OrgUnit;
import org.pomegranate.organization.OrganizationManagement;
import org.pomegranate.shared.web.InvalidInputException;
import org.pomegranate.shared.web.NotFoundException;
import org.pomegranate.shared.web.RuleViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One community's creation assessment (民族团结进步创建): the community's head scores the community
 * against every indicator of the year's cycle once, with a note and evidence, and submits; the street
 * or county then scores each indicator with a comment. The schemes and cycles are
 * {@link AssessmentSchemes}.
 */
@Service
@Transactional(readOnly = true)
public class CreationAssessment {

	static final Set<Role> REVIEWERS = Set.of(Role.STREET_OFFICER, Role.COUNTY_OFFICER);

	private final AssessmentRepository repository;
	private final AssessmentEvidence evidence;
	private final AssessmentAccess access;
	private final IdentityManagement identity;
	private final OrganizationManagement organization;
	private final Clock clock;

	CreationAssessment(AssessmentRepository repository, AssessmentEvidence evidence, AssessmentAccess access,
			IdentityManagement identity, OrganizationManagement organization, Clock clock) {
		this.repository = repository;
		this.evidence = evidence;
		this.access = access;
		this.identity = identity;
		this.organization = organization;
		this.clock = clock;
	}

	/** A community's assessments across the years, newest first. */
	public List<Row> history(UUID communityId) {
		CurrentUser user = access.user(READERS);
		access.requireCommunityInScope(user, communityId);
		OrgUnit community = organization.find(communityId).orElseThrow();
		List<Row> rows = new ArrayList<>();
		for (Cycle cycle : repository.cyclesOwnedBy(access.lineage(communityId))) {
			AssessmentRepository.Total t = repository.totals(cycle.id()).stream()
				.filter(x -> x.communityId().equals(communityId)).findFirst().orElse(null);
			rows.add(new Row(cycle.id(), cycle.year(), communityId, AssessmentAccess.texts(community),
					t == null ? Status.NOT_STARTED : t.status(), t == null ? null : t.selfTotal(),
					t == null ? null : t.reviewTotal()));
		}
		return rows;
	}

	// ---- one community's assessment ---------------------------------------------------------------

	public Assessment assessment(UUID cycleId, UUID communityId) {
		CurrentUser user = access.user(READERS);
		Cycle cycle = access.cycleOfCommunity(user, cycleId, communityId);
		List<Indicator> indicators = repository.indicators(cycle.schemeId());
		Locked found = repository.find(cycleId, communityId).orElse(null);
		Map<UUID, StoredEntry> stored = new LinkedHashMap<>();
		List<Evidence> files = List.of();
		if (found != null) {
			repository.entries(found.id()).forEach(e -> stored.put(e.indicatorId(), e));
			files = repository.evidence(found.id());
		}
		List<Entry> entries = new ArrayList<>();
		BigDecimal self = null, review = null;
		for (Indicator i : indicators) {
			StoredEntry e = stored.get(i.id());
			List<Evidence> mine = files.stream().filter(f -> f.indicatorId().equals(i.id())).toList();
			entries.add(new Entry(i, e == null ? null : e.selfScore(), e == null ? null : e.note(),
					e == null ? null : e.reviewScore(), e == null ? null : e.reviewComment(), mine));
			self = e == null || e.selfScore() == null ? self : (self == null ? e.selfScore() : self.add(e.selfScore()));
			review = e == null || e.reviewScore() == null ? review
					: (review == null ? e.reviewScore() : review.add(e.reviewScore()));
		}
		OrgUnit community = organization.find(communityId).orElseThrow();
		return new Assessment(cycleId, cycle.year(), communityId, AssessmentAccess.texts(community),
				found == null ? Status.NOT_STARTED : found.status(), entries, self, review);
	}

	/** The community head saves her scores and notes (any subset); refused once submitted (409). */
	@Transactional
	public void saveSelf(UUID cycleId, UUID communityId, List<SelfEntry> entries) {
		Cycle cycle = ownCommunity(cycleId, communityId);
		Map<UUID, Indicator> indicators = indicatorsById(cycle);
		Map<String, String> errors = new LinkedHashMap<>();
		Set<UUID> seen = new HashSet<>();
		for (int n = 0; n < entries.size(); n++) {
			SelfEntry e = entries.get(n);
			Indicator i = e == null ? null : indicators.get(e.indicatorId());
			if (i == null || !seen.add(i.id())) {
				errors.put("entries[" + n + "].indicatorId", "error.assessment.unknownIndicator");
				continue;
			}
			put(errors, "entries[" + n + "].score", e.score() == null ? null : AssessmentRules.scoreProblem(e.score(), i.weight()));
			put(errors, "entries[" + n + "].note", AssessmentRules.noteProblem(e.note()));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		Locked a = draft(cycleId, communityId);
		for (SelfEntry e : entries) {
			repository.saveSelf(a.id(), e.indicatorId(), e.score(), blankToNull(e.note()));
		}
	}

	/** Sends the assessment for review: every indicator needs a self score; afterwards nothing changes (409). */
	@Transactional
	public void submit(UUID cycleId, UUID communityId) {
		Cycle cycle = ownCommunity(cycleId, communityId);
		Locked a = draft(cycleId, communityId);
		Map<UUID, StoredEntry> stored = new LinkedHashMap<>();
		repository.entries(a.id()).forEach(e -> stored.put(e.indicatorId(), e));
		boolean complete = repository.indicators(cycle.schemeId()).stream()
			.allMatch(i -> stored.containsKey(i.id()) && stored.get(i.id()).selfScore() != null);
		if (!complete) {
			throw new InvalidInputException("entries", "error.assessment.incomplete");
		}
		repository.submit(a.id(), identity.currentUser().accountId(), clock.instant());
	}

	/** Adds a file (JPEG, PNG or PDF, judged by content) as evidence for one indicator of a draft. */
	@Transactional
	public void addFile(UUID cycleId, UUID communityId, UUID indicatorId, String name, byte[] content) {
		Cycle cycle = ownCommunity(cycleId, communityId);
		requireIndicator(cycle, indicatorId);
		evidence.checkFile(content);
		Locked a = draft(cycleId, communityId);
		evidence.checkRoom(a.id(), indicatorId);
		evidence.storeFile(a.id(), indicatorId, name, content);
	}

	/** Adds a link to a service request of this community, by its number, as evidence. */
	@Transactional
	public void addRequestLink(UUID cycleId, UUID communityId, UUID indicatorId, String number) {
		Cycle cycle = ownCommunity(cycleId, communityId);
		requireIndicator(cycle, indicatorId);
		evidence.checkRequest(number, communityId);
		Locked a = draft(cycleId, communityId);
		evidence.checkRoom(a.id(), indicatorId);
		evidence.storeLink(a.id(), indicatorId, number.strip());
	}

	public EvidenceFile file(UUID cycleId, UUID communityId, UUID evidenceId) {
		CurrentUser user = access.user(READERS);
		access.cycleOfCommunity(user, cycleId, communityId);
		Locked a = repository.find(cycleId, communityId).orElseThrow(() -> new NotFoundException("evidence"));
		return repository.file(a.id(), evidenceId).orElseThrow(() -> new NotFoundException("evidence"));
	}

	/**
	 * The street or county scores every indicator of a submitted assessment with a comment, in one go;
	 * a draft or an assessment already reviewed is refused (409).
	 */
	@Transactional
	public void review(UUID cycleId, UUID communityId, List<ReviewEntry> entries) {
		CurrentUser user = access.user(REVIEWERS);
		Cycle cycle = access.cycleOfCommunity(user, cycleId, communityId);
		Map<UUID, Indicator> indicators = indicatorsById(cycle);
		Map<String, String> errors = new LinkedHashMap<>();
		Set<UUID> seen = new HashSet<>();
		for (int n = 0; n < entries.size(); n++) {
			ReviewEntry e = entries.get(n);
			Indicator i = e == null ? null : indicators.get(e.indicatorId());
			if (i == null || !seen.add(i.id())) {
				errors.put("entries[" + n + "].indicatorId", "error.assessment.unknownIndicator");
				continue;
			}
			put(errors, "entries[" + n + "].score", AssessmentRules.scoreProblem(e.score(), i.weight()));
			put(errors, "entries[" + n + "].comment", AssessmentRules.noteProblem(e.comment()));
		}
		if (errors.isEmpty() && !seen.equals(indicators.keySet())) {
			errors.put("entries", "error.assessment.reviewIncomplete");
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		Locked a = repository.find(cycleId, communityId).orElse(null);
		if (a == null || a.status() == Status.DRAFT) {
			throw new RuleViolationException("error.assessment.notSubmitted");
		}
		a = repository.lockOrCreate(cycleId, communityId);
		if (a.status() != Status.SUBMITTED) {
			throw new RuleViolationException("error.assessment.reviewed");
		}
		for (ReviewEntry e : entries) {
			repository.saveReview(a.id(), e.indicatorId(), e.score(), blankToNull(e.comment()));
		}
		repository.reviewed(a.id(), user.accountId(), user.orgUnitId(), clock.instant());
	}

	// ---- helpers ----------------------------------------------------------------------------------

	/** The head of this very community, for a cycle that covers it. */
	private Cycle ownCommunity(UUID cycleId, UUID communityId) {
		CurrentUser user = access.user(Set.of(Role.COMMUNITY_HEAD));
		Cycle cycle = access.cycleOfCommunity(user, cycleId, communityId);
		if (!communityId.equals(user.orgUnitId())) {
			throw new NotFoundException("assessment");
		}
		return cycle;
	}

	private Locked draft(UUID cycleId, UUID communityId) {
		Locked a = repository.lockOrCreate(cycleId, communityId);
		if (a.status() != Status.DRAFT) {
			throw new RuleViolationException("error.assessment.submitted");
		}
		return a;
	}

	private Map<UUID, Indicator> indicatorsById(Cycle cycle) {
		Map<UUID, Indicator> byId = new LinkedHashMap<>();
		repository.indicators(cycle.schemeId()).forEach(i -> byId.put(i.id(), i));
		return byId;
	}

	private void requireIndicator(Cycle cycle, UUID indicatorId) {
		if (indicatorId == null || !indicatorsById(cycle).containsKey(indicatorId)) {
			throw new InvalidInputException("indicatorId", "error.assessment.unknownIndicator");
		}
	}

	private static void put(Map<String, String> errors, String field, String problem) {
		if (problem != null) {
			errors.put(field, problem);
		}
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}
}
