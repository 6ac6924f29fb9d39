package org.pomegranate.pairing;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.pomegranate.identity.CurrentUser;
import org.pomegranate.identity.IdentityManagement;
import org.pomegranate.identity.Permission;
import org.pomegranate.identity.Scope;
import org.pomegranate.organization.OrgLevel;
import org.pomegranate.organization.OrgUnit;
import org.pomegranate.organization.OrganizationManagement;
import org.pomegranate.pairing.PairingModel.Coverage;
import org.pomegranate.pairing.PairingModel.Kind;
import org.pomegranate.pairing.PairingModel.Pair;
import org.pomegranate.pairing.PairingModel.PairDetails;
import org.pomegranate.pairing.PairingModel.PairForm;
import org.pomegranate.pairing.PairingModel.Status;
import org.pomegranate.pairing.PairingModel.VisitForm;
import org.pomegranate.pairing.internal.PairRepository;
import org.pomegranate.registry.HouseholdDetails;
import org.pomegranate.registry.Place;
import org.pomegranate.registry.RegistryManagement;
import org.pomegranate.registry.Slice;
import org.pomegranate.registry.Whereabouts;
import org.pomegranate.shared.TimeConfiguration;
import org.pomegranate.shared.web.InvalidInputException;
import org.pomegranate.shared.web.NotFoundException;
import org.pomegranate.shared.web.RuleViolationException;
import org.pomegranate.shared.web.TextInput;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The pairing programme (结对子·一家亲). Staff who see residents read the pairs of their scope; those
 * who edit residents make pairs and log visits. A household's full address is shown on the pair's own
 * page only, read through the registry, which audits it as a view of every member.
 */
@Service
@Transactional
public class Pairing {

	private static final int MAX_PAGE = 100;

	private final PairRepository pairs;
	private final RegistryManagement registry;
	private final Whereabouts whereabouts;
	private final IdentityManagement identity;
	private final OrganizationManagement organization;
	private final Clock clock;

	Pairing(PairRepository pairs, RegistryManagement registry, Whereabouts whereabouts, IdentityManagement identity,
			OrganizationManagement organization, Clock clock) {
		this.pairs = pairs;
		this.registry = registry;
		this.whereabouts = whereabouts;
		this.identity = identity;
		this.organization = organization;
		this.clock = clock;
	}

	/** A new pair for a household of the caller's scope; the same pair twice while active is 409. */
	public UUID create(PairForm form) {
		CurrentUser user = identity.require(Permission.EDIT_RESIDENTS);
		Scope scope = identity.scopeOf(user);
		Kind kind = TextInput.present("kind", form.kind());
		Place home = household("householdId", form.householdId());
		UUID owner = form.ownerAccountId() == null ? user.accountId() : form.ownerAccountId();
		switch (kind) {
			case HOUSEHOLDS -> {
				household("partnerHouseholdId", form.partnerHouseholdId());
				if (form.partnerHouseholdId().equals(form.householdId())) {
					throw new InvalidInputException("partnerHouseholdId", "error.pairing.samePartner");
				}
			}
			case STAFF -> {
				staffInScope("partnerAccountId", form.partnerAccountId(), scope);
				owner = form.partnerAccountId();
			}
			case RESIDENT -> {
				UUID resident = TextInput.present("partnerResidentId", form.partnerResidentId());
				try {
					registry.requireResidentVisible(resident);
				}
				catch (NotFoundException e) {
					throw new InvalidInputException("partnerResidentId", "error.pairing.unknownPartner");
				}
			}
		}
		if (!owner.equals(user.accountId())) {
			staffInScope("ownerAccountId", owner, scope);
		}
		String goals = TextInput.required("goals", form.goals(), 500);
		LocalDate started = form.startedOn() == null ? today() : form.startedOn();
		if (started.isAfter(today())) {
			throw new InvalidInputException("startedOn", "error.pairing.future");
		}
		PairForm clean = new PairForm(kind, form.householdId(), kind == Kind.HOUSEHOLDS ? form.partnerHouseholdId() : null,
				kind == Kind.STAFF ? form.partnerAccountId() : null,
				kind == Kind.RESIDENT ? form.partnerResidentId() : null, owner, goals, started);
		UUID id = UUID.randomUUID();
		try {
			pairs.insert(id, clean, owner, home.gridId(), home.communityId(), goals, clock.instant());
		}
		catch (org.springframework.dao.DuplicateKeyException e) {
			throw new RuleViolationException("error.pairing.duplicate");
		}
		return id;
	}

	/** Pairs of the caller's scope, newest first; {@code after} is the last id seen. */
	@Transactional(readOnly = true)
	public Slice<Pair> pairs(Status status, boolean lapsingOnly, UUID after, int size) {
		Scope scope = readScope();
		int limit = Math.max(1, Math.min(MAX_PAGE, size));
		List<Pair> rows = pairs.list(scope.asArray(), status, lapsingOnly, after, limit + 1, today());
		return rows.size() <= limit ? new Slice<>(rows, null)
				: new Slice<>(List.copyOf(rows.subList(0, limit)), rows.get(limit - 1).id());
	}

	/** One pair with its households in full and its visits: audited by the registry as views. */
	public PairDetails pair(UUID id) {
		Pair pair = visible(id);
		HouseholdDetails home = registry.household(pair.householdId());
		HouseholdDetails partner = pair.partnerHouseholdId() == null ? null
				: registry.household(pair.partnerHouseholdId());
		return new PairDetails(pair, home.address(), partner == null ? null : partner.address(), pairs.visits(id));
	}

	/** A visit: dated today or before (never in the future), by whom, with what help; an ended pair is 409. */
	public UUID visit(UUID pairId, VisitForm form) {
		CurrentUser user = identity.require(Permission.EDIT_RESIDENTS);
		Pair pair = pairs.find(pairId, identity.scopeOf(user).asArray(), today())
			.orElseThrow(() -> new NotFoundException("pair"));
		LocalDate on = TextInput.present("visitedOn", form.visitedOn());
		if (on.isAfter(today())) {
			throw new InvalidInputException("visitedOn", "error.pairing.future");
		}
		if (on.isBefore(pair.startedOn())) {
			throw new InvalidInputException("visitedOn", "error.pairing.beforeStart");
		}
		String visitor = TextInput.required("visitor", form.visitor(), 50);
		String help = TextInput.required("help", form.help(), 500);
		UUID id = UUID.randomUUID();
		if (!pairs.visit(pairId, id, form, visitor, help, user.username(), clock.instant())) {
			throw new RuleViolationException("error.pairing.ended");
		}
		return id;
	}

	/** The visits of a pair of the caller's scope, newest first. */
	@Transactional(readOnly = true)
	public List<PairingModel.Visit> visits(UUID id) {
		visible(id);
		return pairs.visits(id);
	}

	/** Ends an active pair; ended already is 409. */
	public void end(UUID id) {
		identity.require(Permission.EDIT_RESIDENTS);
		visible(id);
		if (!pairs.end(id, today())) {
			throw new RuleViolationException("error.pairing.ended");
		}
	}

	/** Active pairs, lapsing pairs and visits per month (the last six) of each community in scope. */
	@Transactional(readOnly = true)
	public List<Coverage> coverage() {
		Scope scope = readScope();
		Map<UUID, OrgUnit> communities = scope.unitIds().stream().map(organization::find)
			.flatMap(java.util.Optional::stream).filter(u -> u.level() == OrgLevel.COMMUNITY)
			.collect(Collectors.toMap(OrgUnit::id, Function.identity()));
		if (communities.isEmpty() && scope.root() != null) {
			// a grid worker: her community's figures
			organization.lineage(scope.root()).stream().filter(u -> u.level() == OrgLevel.COMMUNITY)
				.forEach(u -> communities.put(u.id(), u));
		}
		List<UUID> ordered = communities.values().stream()
			.sorted(java.util.Comparator.comparing(OrgUnit::code, java.util.Comparator.nullsLast(String::compareTo)))
			.map(OrgUnit::id).toList();
		Map<UUID, String> names = communities.values().stream()
			.collect(Collectors.toMap(OrgUnit::id, u -> u.name(org.springframework.context.i18n.LocaleContextHolder
				.getLocale())));
		return pairs.coverage(ordered, names, YearMonth.from(today()).minusMonths(5), today());
	}

	private Pair visible(UUID id) {
		return pairs.find(id, readScope().asArray(), today()).orElseThrow(() -> new NotFoundException("pair"));
	}

	private Scope readScope() {
		return identity.scopeOf(identity.require(Permission.VIEW_RESIDENTS));
	}

	private Place household(String field, UUID id) {
		TextInput.present(field, id);
		try {
			registry.requireHouseholdVisible(id);
		}
		catch (NotFoundException e) {
			throw new InvalidInputException(field, "error.pairing.unknownHousehold");
		}
		return whereabouts.ofHousehold(id).orElseThrow(() -> new InvalidInputException(field,
				"error.pairing.unknownHousehold"));
	}

	private void staffInScope(String field, UUID account, Scope scope) {
		TextInput.present(field, account);
		UUID unit = pairs.staffUnit(account).orElse(null);
		boolean near = unit != null && (scope.contains(unit)
				|| organization.lineage(scope.root()).stream().anyMatch(u -> u.id().equals(unit)));
		if (!near) {
			throw new InvalidInputException(field, "error.pairing.unknownPartner");
		}
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(TimeConfiguration.DISPLAY_ZONE));
	}
}
