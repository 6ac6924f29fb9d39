package org.pomegranate.volunteers;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.pomegranate.identity.CurrentUser;
import org.pomegranate.identity.IdentityManagement;
import org.pomegranate.identity.Permission;
import org.pomegranate.privacy.AuditAction;
import org.pomegranate.privacy.AuditLog;
import org.pomegranate.registry.Place;
import org.pomegranate.registry.RegistryManagement;
import org.pomegranate.registry.Whereabouts;
import org.pomegranate.shared.web.ForbiddenException;
import org.pomegranate.shared.web.InvalidInputException;
import org.pomegranate.shared.web.NotFoundException;
import org.pomegranate.shared.web.RuleViolationException;
import org.pomegranate.volunteers.internal.Texts;
import org.pomegranate.volunteers.internal.VolunteerAccess;
import org.pomegranate.volunteers.internal.VolunteerRepository;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Volunteer registrations: a resident registers herself on the portal, or staff register a resident of
 * their scope; either way only with her explicit consent, recorded with its time. Withdrawing consent
 * ends the registration (hours and points stay, as a record of what she did). Staff see registrations of
 * their scope with names masked; each of their reads is audited.
 */
@Service
@Transactional
public class Volunteers {

	private static final Set<String> KNOWN_LANGUAGES = Set.of("zh", "bo", "mn", "en");

	private final VolunteerRepository volunteers;
	private final VolunteerAccess access;
	private final Whereabouts whereabouts;
	private final RegistryManagement registry;
	private final IdentityManagement identity;
	private final AuditLog audit;
	private final Clock clock;

	Volunteers(VolunteerRepository volunteers, VolunteerAccess access, Whereabouts whereabouts,
			RegistryManagement registry, IdentityManagement identity, AuditLog audit, Clock clock) {
		this.volunteers = volunteers;
		this.access = access;
		this.whereabouts = whereabouts;
		this.registry = registry;
		this.identity = identity;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Registers a volunteer. A resident registers herself ({@code residentId} absent or her own); staff
	 * with {@code EDIT_RESIDENTS} register a resident of their scope (an unknown or out-of-scope resident
	 * is a 400 naming {@code residentId}). A standing registration answers 409.
	 */
	public UUID register(VolunteerForm form) {
		CurrentUser user = access.user();
		if (form == null) {
			throw new InvalidInputException("consent", "error.required");
		}
		UUID resident = residentFor(user, form.residentId());
		List<String> skills = skills(form.skills());
		List<String> languages = languages(form.languages());
		String availability = Texts.check("availability", form.availability(), 200, false);
		if (!Boolean.TRUE.equals(form.consent())) {
			throw new InvalidInputException("consent", "volunteers.error.consent");
		}
		Place home = whereabouts.ofResident(resident)
			.orElseThrow(() -> new InvalidInputException("residentId", "error.resident.notActive"));
		UUID id = UUID.randomUUID();
		try {
			volunteers.insert(id, resident, home.communityId(), home.gridId(), skills, languages, availability, clock.instant(),
					user.accountId());
		}
		catch (DuplicateKeyException e) {
			throw new RuleViolationException("volunteers.error.registered");
		}
		audit.record(AuditAction.CREATE, VolunteerAccess.SUBJECT, id, resident, "consent given", null);
		return id;
	}

	/** One volunteer: to herself whole, to staff in scope masked and audited. */
	@Transactional
	public Volunteer get(UUID id) {
		return access.read(id, null);
	}

	/** One volunteer with her name whole, for her certificate: to herself, or to staff in scope (audited). */
	public Volunteer forCertificate(UUID id) {
		return access.readWhole(id, "certificate");
	}

	/** The signed-in resident's standing registration, if she has one. */
	@Transactional(readOnly = true)
	public java.util.Optional<Volunteer> mine() {
		UUID resident = access.user().residentId();
		return resident == null ? java.util.Optional.empty() : volunteers.activeOfResident(resident);
	}

	/**
	 * Registrations of the caller's scope, newest first, names masked; keyset paging by the id of the last
	 * one seen. The volunteers shown are audited as a search.
	 */
	public Page<Volunteer> list(UUID after, int size, boolean includeEnded) {
		CurrentUser user = identity.require(Permission.VIEW_RESIDENTS);
		int limit = Math.min(Math.max(size, 1), 100);
		List<Volunteer> rows = volunteers.inUnits(identity.scopeOf(user).asArray(), after, includeEnded, limit + 1);
		List<Volunteer> shown = new ArrayList<>(rows.subList(0, Math.min(limit, rows.size())));
		audit.recordSearch(VolunteerAccess.SUBJECT, shown.stream().map(Volunteer::residentId).toList(),
				"volunteers" + (after == null ? "" : " after " + after));
		return new Page<>(shown.stream().map(VolunteerAccess::masked).toList(),
				rows.size() > limit ? shown.get(limit - 1).id() : null);
	}

	/**
	 * Withdraws consent: the registration ends now. She does it herself, or staff for her (when she asks at
	 * the office). A second withdrawal answers 409.
	 */
	public void withdrawConsent(UUID id) {
		Volunteer volunteer = access.act(id, true);
		if (!volunteers.end(id, clock.instant())) {
			throw new RuleViolationException("volunteers.error.ended");
		}
		audit.record(AuditAction.UPDATE, VolunteerAccess.SUBJECT, id, volunteer.residentId(), "consent withdrawn", null);
	}

	/**
	 * For another module's act on a volunteer (a vanguard team's membership): staff with
	 * {@code EDIT_RESIDENTS} in her scope; answers her community. An ended registration is 409.
	 */
	public UUID communityOfActive(UUID id) {
		Volunteer volunteer = access.act(id, false);
		if (!volunteer.active()) {
			throw new RuleViolationException("volunteers.error.ended");
		}
		return volunteer.communityId();
	}

	/** The locale of her certificate: her preferred language. */
	public static Locale localeOf(Volunteer volunteer) {
		return Locale.forLanguageTag(volunteer.language() == null ? "zh" : volunteer.language());
	}

	private UUID residentFor(CurrentUser user, UUID asked) {
		if (!user.role().isStaff()) {
			if (user.residentId() == null || (asked != null && !asked.equals(user.residentId()))) {
				throw new NotFoundException("resident");
			}
			return user.residentId();
		}
		if (!user.can(Permission.EDIT_RESIDENTS)) {
			throw new ForbiddenException("volunteer");
		}
		if (asked == null) {
			throw new InvalidInputException("residentId", "error.required");
		}
		try {
			registry.requireResidentVisible(asked);
		}
		catch (NotFoundException e) {
			throw new InvalidInputException("residentId", "volunteers.error.resident");
		}
		return asked;
	}

	private static List<String> skills(List<String> given) {
		Set<String> skills = new LinkedHashSet<>();
		for (String s : given == null ? List.<String>of() : given) {
			String skill = Texts.check("skills", s, 40, false);
			if (skill != null) {
				skills.add(skill);
			}
		}
		if (skills.size() > 10) {
			throw new InvalidInputException("skills", "volunteers.error.skills");
		}
		return List.copyOf(skills);
	}

	private static List<String> languages(List<String> given) {
		Set<String> codes = new LinkedHashSet<>();
		for (String l : given == null ? List.<String>of() : given) {
			String code = l == null ? "" : l.strip().toLowerCase(Locale.ROOT);
			if (!code.matches("[a-z]{2,3}")) {
				throw new InvalidInputException("languages", "volunteers.error.language");
			}
			codes.add(code);
		}
		if (codes.size() > 8) {
			throw new InvalidInputException("languages", "volunteers.error.language");
		}
		// the four languages of the platform first, in their usual order
		List<String> sorted = new ArrayList<>(codes.stream().filter(KNOWN_LANGUAGES::contains).sorted(
				java.util.Comparator.comparing(List.of("zh", "bo", "mn", "en")::indexOf)).toList());
		codes.stream().filter(c -> !KNOWN_LANGUAGES.contains(c)).forEach(sorted::add);
		return sorted;
	}
}
