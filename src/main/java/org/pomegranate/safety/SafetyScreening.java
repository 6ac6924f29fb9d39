package org.pomegranate.safety;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

import org.pomegranate.identity.CurrentUser;
import org.pomegranate.identity.Scope;
import org.pomegranate.registry.Slice;
import org.pomegranate.safety.SafetyModel.Campaign;
import org.pomegranate.safety.SafetyModel.CampaignForm;
import org.pomegranate.safety.SafetyModel.CampaignSummary;
import org.pomegranate.safety.SafetyModel.Inspection;
import org.pomegranate.safety.SafetyModel.InspectionForm;
import org.pomegranate.safety.SafetyModel.InspectionStatus;
import org.pomegranate.safety.SafetyModel.Progress;
import org.pomegranate.safety.internal.CampaignRepository;
import org.pomegranate.safety.internal.EnterpriseRepository;
import org.pomegranate.safety.internal.FindingRepository;
import org.pomegranate.shared.web.InvalidInputException;
import org.pomegranate.shared.web.NotFoundException;
import org.pomegranate.shared.web.RuleViolationException;
import org.pomegranate.shared.web.TextInput;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Screening campaigns and their inspection tasks. A campaign names its theme, its period, the units
 * it screens and a checklist; tasks put places of those units (buildings, enterprises, facilities)
 * before an inspector, who records findings and marks the task done.
 */
@Service
@Transactional
public class SafetyScreening {

	static final int MAX_CHECKLIST = 30;

	private final CampaignRepository campaigns;
	private final FindingRepository findings;
	private final EnterpriseRepository enterprises;
	private final SafetyAccess access;
	private final Clock clock;

	SafetyScreening(CampaignRepository campaigns, FindingRepository findings, EnterpriseRepository enterprises,
			SafetyAccess access, Clock clock) {
		this.campaigns = campaigns;
		this.findings = findings;
		this.enterprises = enterprises;
		this.access = access;
		this.clock = clock;
	}

	/** A new campaign over units of the planner's scope; 400 naming the field on any bad value. */
	public UUID createCampaign(CampaignForm form) {
		Scope scope = access.plan();
		String theme = TextInput.required("theme", form.theme(), 100);
		TextInput.present("startsOn", form.startsOn());
		TextInput.present("endsOn", form.endsOn());
		if (form.endsOn().isBefore(form.startsOn()) || form.endsOn().isAfter(form.startsOn().plusYears(2))) {
			throw new InvalidInputException("endsOn", "error.safety.period");
		}
		List<UUID> units = new ArrayList<>(new LinkedHashSet<>(form.unitIds() == null ? List.of() : form.unitIds()));
		if (units.isEmpty() || units.size() > 50 || units.stream().anyMatch(u -> !scope.contains(u))) {
			throw new InvalidInputException("unitIds", "error.safety.units");
		}
		List<String> items = new ArrayList<>();
		for (String item : form.checklist() == null ? List.<String>of() : form.checklist()) {
			String text = TextInput.optional("checklist", item, 200);
			if (text != null) {
				items.add(text);
			}
		}
		if (items.isEmpty() || items.size() > MAX_CHECKLIST) {
			throw new InvalidInputException("checklist", "error.safety.checklist");
		}
		UUID id = UUID.randomUUID();
		campaigns.insert(id, theme, form.startsOn(), form.endsOn(), scope.root(), access.user().username(),
				clock.instant(), units, items);
		return id;
	}

	@Transactional(readOnly = true)
	public Campaign campaign(UUID id) {
		Scope scope = access.read();
		return campaigns.find(id, scope.asArray(), access.visible(scope))
			.orElseThrow(() -> new NotFoundException("campaign"));
	}

	/** Campaigns the caller is concerned with, newest first; {@code after} is the last id seen. */
	@Transactional(readOnly = true)
	public Slice<CampaignSummary> campaigns(String theme, UUID after, int size) {
		Scope scope = access.read();
		int limit = Paging.limit(size);
		String filter = TextInput.optional("theme", theme, 100);
		return Paging.slice(campaigns.list(scope.asArray(), access.visible(scope), filter, after, limit + 1), limit,
				CampaignSummary::id);
	}

	/** Tasks done, findings by severity, rectified on time: over the tasks in the caller's scope. */
	@Transactional(readOnly = true)
	public Progress progress(UUID campaignId) {
		campaign(campaignId);
		return findings.progress(campaignId, access.read().asArray(), clock.instant());
	}

	// ---- inspections ----------------------------------------------------------------------------

	/**
	 * A task to inspect a place of the campaign's units within the caller's scope; the same place
	 * twice in one campaign is 409 (the database refuses it, however close together they come).
	 */
	public UUID createInspection(InspectionForm form) {
		Scope scope = access.work();
		UUID campaignId = TextInput.present("campaignId", form.campaignId());
		Campaign campaign = campaigns.find(campaignId, scope.asArray(), access.visible(scope))
			.orElseThrow(() -> new InvalidInputException("campaignId", "error.safety.unknownCampaign"));
		TextInput.present("placeKind", form.placeKind());
		CampaignRepository.Place place = switch (form.placeKind()) {
			case BUILDING -> campaigns.building(TextInput.present("placeId", form.placeId()))
				.orElseThrow(() -> new InvalidInputException("placeId", "error.safety.unknownPlace"));
			case ENTERPRISE -> enterprises.find(TextInput.present("placeId", form.placeId()), scope.asArray())
				.map(e -> new CampaignRepository.Place(e.unitId(), e.name()))
				.orElseThrow(() -> new InvalidInputException("placeId", "error.safety.unknownPlace"));
			case FACILITY -> new CampaignRepository.Place(TextInput.present("unitId", form.unitId()),
					TextInput.required("placeLabel", form.placeLabel(), 200));
		};
		if (!scope.contains(place.unitId())) {
			throw new InvalidInputException(form.placeKind() == SafetyModel.PlaceKind.FACILITY ? "unitId" : "placeId",
					"error.safety.unknownPlace");
		}
		if (campaign.unitIds().stream().noneMatch(u -> access.within(place.unitId(), u))) {
			throw new InvalidInputException("placeId", "error.safety.outsideCampaign");
		}
		UUID placeId = form.placeKind() == SafetyModel.PlaceKind.FACILITY && form.placeId() == null ? UUID.randomUUID()
				: form.placeId();
		UUID id = UUID.randomUUID();
		try {
			campaigns.insertInspection(id, campaignId, form.placeKind(), placeId, place.label(), place.unitId(),
					clock.instant());
		}
		catch (org.springframework.dao.DuplicateKeyException e) {
			throw new RuleViolationException("error.safety.inspection.duplicate");
		}
		return id;
	}

	@Transactional(readOnly = true)
	public Inspection inspection(UUID id) {
		return campaigns.inspection(id, access.read().asArray()).orElseThrow(() -> new NotFoundException("inspection"));
	}

	@Transactional(readOnly = true)
	public Slice<Inspection> inspections(UUID campaignId, InspectionStatus status, UUID after, int size) {
		int limit = Paging.limit(size);
		return Paging.slice(campaigns.inspections(access.read().asArray(), campaignId, status, after, limit + 1), limit,
				Inspection::id);
	}

	/** The inspector is through the checklist: PLANNED → DONE; done already is 409. */
	public void completeInspection(UUID id, String note) {
		Scope scope = access.work();
		campaigns.inspection(id, scope.asArray()).orElseThrow(() -> new NotFoundException("inspection"));
		String text = TextInput.optional("note", note, 1000);
		CurrentUser user = access.user();
		if (!campaigns.complete(id, user.username(), text, clock.instant())) {
			throw new RuleViolationException("error.safety.inspection.done");
		}
	}

	Instant now() {
		return clock.instant();
	}
}
