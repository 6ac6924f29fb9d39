package org.pomegranate.registry;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.pomegranate.identity.CurrentUser;
import org.pomegranate.identity.IdentityManagement;
import org.pomegranate.identity.Permission;
import org.pomegranate.identity.Scope;
import org.pomegranate.privacy.AuditAction;
import org.pomegranate.privacy.AuditLog;
import org.pomegranate.privacy.RevealReason;
import org.pomegranate.shared.web.ForbiddenException;
import org.pomegranate.registry.internal.HouseholdRepository;
import org.pomegranate.registry.internal.IdNumberRule;
import org.pomegranate.registry.internal.ResidentRepository;
import org.pomegranate.registry.internal.ResidentSealer;
import org.pomegranate.registry.internal.StoredResident;
import org.pomegranate.shared.web.ConflictException;
import org.pomegranate.shared.web.InvalidInputException;
import org.pomegranate.shared.web.NotFoundException;
import org.pomegranate.shared.web.Slice;
import org.pomegranate.shared.web.Total;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Households and residents as staff work with them. Every method checks the caller's permission
 * and scope, and writes an audit entry for each view or change of personal data in the same
 * transaction as the act itself.
 */
@Service
@Transactional
public class RegistryManagement {

	static final String HOUSEHOLD = "HOUSEHOLD";
	static final String RESIDENT = "RESIDENT";

	private final HouseholdRepository households;
	private final ResidentRepository residents;
	private final ResidentSealer sealer;
	private final IdNumberRule idNumbers;
	private final IdentityManagement identity;
	private final AuditLog audit;
	private final Clock clock;

	RegistryManagement(HouseholdRepository households, ResidentRepository residents, ResidentSealer sealer, IdNumberRule idNumbers, IdentityManagement identity,
			AuditLog audit, Clock clock) {
		this.households = households;
		this.residents = residents;
		this.sealer = sealer;
		this.idNumbers = idNumbers;
		this.identity = identity;
		this.audit = audit;
		this.clock = clock;
	}

	// ---- households -----------------------------------------------------------------------------

	/**
	 * A page of the caller's households in address order, holding {@code address} when given, after the cursor
	 * {@code after} (the {@link Slice#next()} of the page before, {@code null} for the first).
	 *
	 * @param exact count every household of the list (on demand), not only up to {@value Total#EXACT_UP_TO}
	 */
	public Slice<HouseholdSummary> findHouseholds(String address, String after, int size, boolean exact) {
		return households.findHouseholds(scopeFor(Permission.VIEW_RESIDENTS).asArray(), address, after, size, exact);
	}

	public HouseholdDetails household(UUID id) {
		HouseholdDetails household = households.household(id, scopeFor(Permission.VIEW_RESIDENTS).asArray())
			.map(h -> h.withResidents(residents.ofHousehold(id)))
			.orElseThrow(() -> new NotFoundException("household"));
		// the page shows every member, so each of them sees this view on their own "my data" page
		household.residents().forEach(r -> audit.record(AuditAction.VIEW, HOUSEHOLD, id, r.id(), household.address(), null));
		return household;
	}

	/**
	 * A household's address and facts for its edit form: no members, so no one's data is shown
	 * and nothing is audited.
	 */
	@Transactional(readOnly = true)
	public HouseholdDetails householdForEdit(UUID id) {
		return households.household(id, scopeFor(Permission.EDIT_RESIDENTS).asArray())
			.orElseThrow(() -> new NotFoundException("household"));
	}

	public UUID createHousehold(HouseholdForm form) {
		Scope scope = scopeFor(Permission.EDIT_RESIDENTS);
		checkHousehold(form, scope);
		UUID id = UUID.randomUUID();
		households.insertHousehold(id, form);
		audit.record(AuditAction.CREATE, HOUSEHOLD, id, null, null, null);
		return id;
	}

	/** Changes a household; a new building, unit or room is a move and keeps the old address on record. */
	public void updateHousehold(UUID id, HouseholdForm form) {
		updateHousehold(id, form, null);
	}

	/** As {@link #updateHousehold(UUID, HouseholdForm)}, refused if the household is no longer at {@code expectedVersion}. */
	public void updateHousehold(UUID id, HouseholdForm form, Integer expectedVersion) {
		Scope scope = scopeFor(Permission.EDIT_RESIDENTS);
		// lock before reading, so that what is compared and kept is what is being changed
		int version = households.lockVersion(id).orElseThrow(() -> new NotFoundException("household"));
		HouseholdDetails current = households.household(id, scope.asArray())
			.orElseThrow(() -> new NotFoundException("household"));
		requireVersion(version, expectedVersion, "household");
		checkHousehold(form, scope);
		boolean moved = !current.buildingId().equals(form.buildingId()) || !current.unitNo().equals(form.unitNo())
				|| !current.room().equals(form.room());
		if (moved) {
			households.recordMove(id, identity.currentUser().username());
		}
		households.updateHousehold(id, form);
		if (moved) {
			residents.householdMoved(id, LocalDate.now(clock));
		}
		audit.record(moved ? AuditAction.MOVE : AuditAction.UPDATE, HOUSEHOLD, id, null,
				moved ? "from " + current.address() : null, null);
	}

	public List<BuildingOption> buildingsInScope() {
		return households.buildingsIn(scopeFor(Permission.VIEW_RESIDENTS).asArray());
	}

	// ---- residents ------------------------------------------------------------------------------

	public ResidentDetails resident(UUID id) {
		Scope scope = scopeFor(Permission.VIEW_RESIDENTS);
		residents.stored(id, scope.asArray()).orElseThrow(() -> new NotFoundException("resident"));
		audit.record(AuditAction.VIEW, RESIDENT, id, id, null, null);
		return details(id);
	}

	public UUID createResident(ResidentForm form) {
		Scope scope = scopeFor(Permission.EDIT_RESIDENTS);
		requireHouseholdIn(form.householdId(), scope);
		requireBirthDate(form);
		idNumbers.check(form.idNumber(), null, identity.currentUser(), scope);
		UUID id = UUID.randomUUID();
		residents.insertResident(id, sealer.seal(id, form), LocalDate.now(clock));
		audit.record(AuditAction.CREATE, RESIDENT, id, id, null, null);
		return id;
	}

	/**
	 * Changes a resident. Phone, ID number and ethnicity left empty keep their stored values,
	 * since staff never see them unmasked in a form; {@link ResidentForm#clear()} removes them
	 * (a resident may withdraw a declared ethnicity). A different household is a move.
	 */
	public void updateResident(UUID id, ResidentForm form) {
		updateResident(id, form, null);
	}

	/** As {@link #updateResident(UUID, ResidentForm)}, refused if the resident is no longer at {@code expectedVersion}. */
	public void updateResident(UUID id, ResidentForm form, Integer expectedVersion) {
		Scope scope = scopeFor(Permission.EDIT_RESIDENTS);
		// lock before reading, so that the sensitive fields kept are the ones stored now
		int version = residents.lockVersion(id).orElseThrow(() -> new NotFoundException("resident"));
		StoredResident current = residents.stored(id, scope.asArray())
			.orElseThrow(() -> new NotFoundException("resident"));
		requireVersion(version, expectedVersion, "resident");
		requireActive(id);
		idNumbers.check(form.idNumber(), id, identity.currentUser(), scope);
		if (!current.householdId().equals(form.householdId())) {
			requireHouseholdIn(form.householdId(), scope);
			residents.moveResident(id, form.householdId(), LocalDate.now(clock));
		}
		residents.updateResident(id, sealer.sealOver(current, form));
		audit.record(AuditAction.UPDATE, RESIDENT, id, id, clearedDetail(form), null);
	}

	/** Ends a residence (moved away, deceased). The record and its history stay. */
	public void endResidence(UUID id, EndReason reason, LocalDate on) {
		Scope scope = scopeFor(Permission.EDIT_RESIDENTS);
		residents.lockVersion(id).orElseThrow(() -> new NotFoundException("resident"));
		residents.stored(id, scope.asArray()).orElseThrow(() -> new NotFoundException("resident"));
		LocalDate started = requireActive(id);
		LocalDate date = on == null ? LocalDate.now(clock) : on;
		if (date.isAfter(LocalDate.now(clock))) {
			throw new InvalidInputException("endedOn", "error.date.future");
		}
		if (date.isBefore(started)) {
			throw new InvalidInputException("endedOn", "error.date.beforeStart");
		}
		residents.endResidence(id, Objects.requireNonNull(reason).name(), date);
		audit.record(AuditAction.END_RESIDENCE, RESIDENT, id, id, reason.name(), null);
	}

	/**
	 * Shows a masked phone or ID number in full. Needs the reveal permission and a reason (a
	 * purpose and a note), which go into the audit log and onto the resident's own "my data"
	 * page. Ethnicity is the resident's own: staff never see it, whatever their role.
	 *
	 * @throws ForbiddenException for {@link SensitiveField#ETHNICITY}
	 */
	public String reveal(UUID residentId, SensitiveField field, RevealReason reason) {
		Scope scope = scopeFor(Permission.REVEAL_SENSITIVE);
		if (field == SensitiveField.ETHNICITY) {
			throw new ForbiddenException("ethnicity is the resident's own");
		}
		RevealReason why = AuditLog.revealReason(reason);
		StoredResident stored = residents.stored(residentId, scope.asArray())
			.orElseThrow(() -> new NotFoundException("resident"));
		audit.recordReveal(RESIDENT, residentId, residentId, field.name(), why);
		String value = sealer.plain(stored, field);
		return value == null ? "" : value;
	}

	/**
	 * The signed-in resident's own record, decrypted for her; not an access by staff, so not
	 * audited (her own acts are left off her access list anyway).
	 */
	@Transactional(readOnly = true)
	public OwnRecord ownRecord() {
		UUID id = ownId();
		StoredResident stored = residents.storedById(id).orElseThrow(() -> new NotFoundException("resident"));
		String ethnicity = sealer.plain(stored, SensitiveField.ETHNICITY);
		return new OwnRecord(details(id), stored.birthDate(), sealer.plain(stored, SensitiveField.PHONE),
				sealer.plain(stored, SensitiveField.ID_NUMBER), ethnicity == null ? null : Ethnicity.valueOf(ethnicity));
	}

	/**
	 * The signed-in resident declares her ethnicity, changes it or withdraws it ({@code null}).
	 * It stays encrypted; the audit entry is her own act and names no value.
	 */
	public void changeOwnEthnicity(Ethnicity ethnicity) {
		UUID id = ownId();
		residents.lockVersion(id).orElseThrow(() -> new NotFoundException("resident"));
		residents.updateEthnicity(id, sealer.sealEthnicity(id, ethnicity));
		audit.record(AuditAction.UPDATE, RESIDENT, id, id, "self-declared", null);
	}

	private UUID ownId() {
		CurrentUser user = identity.currentUser();
		if (user.residentId() == null) {
			throw new NotFoundException("resident");
		}
		return user.residentId();
	}

	private ResidentDetails details(UUID id) {
		return residents.details(id, sealer::masks).orElseThrow(() -> new NotFoundException("resident"));
	}

	// ---- checks ---------------------------------------------------------------------------------

	/**
	 * Throws {@link NotFoundException} unless the household is in the caller's scope. For pages
	 * that only need to know that (a form about it), without showing or auditing its members.
	 */
	@Transactional(readOnly = true)
	public void requireHouseholdVisible(UUID id) {
		if (!scopeFor(Permission.VIEW_RESIDENTS).contains(households.gridOfHousehold(id).orElse(null))) {
			throw new NotFoundException("household");
		}
	}

	/**
	 * A staff form opened for a named resident (the service desk's intake) shows her name and
	 * address: checked against the caller's scope like {@link #resident(UUID)}, and audited as a
	 * view, with the form named in the detail.
	 */
	public void recordShownOnForm(UUID id, String form) {
		requireResidentVisible(id);
		audit.record(AuditAction.VIEW, RESIDENT, id, id, form, null);
	}

	/** Like {@link #requireHouseholdVisible(UUID)}, for a resident. */
	@Transactional(readOnly = true)
	public void requireResidentVisible(UUID id) {
		residents.stored(id, scopeFor(Permission.VIEW_RESIDENTS).asArray())
			.orElseThrow(() -> new NotFoundException("resident"));
	}

	/**
	 * Names a removed phone or ID number; a withdrawn ethnicity is left unnamed, since saying so
	 * would tell every auditor that one had been declared.
	 */
	private static String clearedDetail(ResidentForm form) {
		List<String> named = form.clear().stream().filter(f -> f != SensitiveField.ETHNICITY).map(Enum::name)
			.sorted().toList();
		return named.isEmpty() ? null : "cleared " + String.join(",", named);
	}

	private static void requireBirthDate(ResidentForm form) {
		if (form.birthDate() == null) {
			throw new InvalidInputException("birthDate", "error.required");
		}
	}

	private static void requireVersion(int actual, Integer expected, String what) {
		if (expected != null && expected != actual) {
			throw new ConflictException(what);
		}
	}

	/** The start of the resident's current stay; refuses a resident who no longer lives here. */
	private LocalDate requireActive(UUID residentId) {
		return residents.currentResidenceStart(residentId)
			.orElseThrow(() -> new InvalidInputException("status", "error.alreadyEnded"));
	}

	private Scope scopeFor(Permission permission) {
		CurrentUser user = identity.require(permission);
		return identity.scopeOf(user);
	}

	private void checkHousehold(HouseholdForm form, Scope scope) {
		UUID grid = households.gridOfBuilding(form.buildingId()).orElse(null);
		if (!scope.contains(grid)) {
			throw new InvalidInputException("buildingId", "error.unknownBuilding");
		}
		if (form.resettled() && (form.resettlementProject() == null || form.resettlementProject().isBlank())) {
			throw new InvalidInputException("resettlementProject", "error.resettlementProject");
		}
	}

	private void requireHouseholdIn(UUID householdId, Scope scope) {
		if (!scope.contains(households.gridOfHousehold(householdId).orElse(null))) {
			throw new InvalidInputException("householdId", "error.unknownHousehold");
		}
	}
}
