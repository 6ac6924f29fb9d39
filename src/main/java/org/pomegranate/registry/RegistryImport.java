package org.pomegranate.registry;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import org.pomegranate.privacy.AuditAction;
import org.pomegranate.privacy.AuditLog;
import org.pomegranate.registry.internal.HouseholdRepository;
import org.pomegranate.registry.internal.IdNumberRule;
import org.pomegranate.registry.internal.ImportLookups;
import org.pomegranate.registry.internal.ResidentRepository;
import org.pomegranate.registry.internal.ResidentSealer;
import org.pomegranate.shared.web.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bulk loading by the application itself (demo data, later file imports): no signed-in user and
 * no scope, but the same validation, encryption and audit trail (actor "system") as staff edits.
 * Callers run it inside their own transaction so that a file loads all or nothing.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class RegistryImport {

	private final HouseholdRepository households;
	private final ResidentRepository residents;
	private final ResidentSealer sealer;
	private final IdNumberRule idNumbers;
	private final AuditLog audit;
	private final ImportLookups lookups;

	RegistryImport(HouseholdRepository households, ResidentRepository residents, ResidentSealer sealer, IdNumberRule idNumbers,
			AuditLog audit, ImportLookups lookups) {
		this.lookups = lookups;
		this.households = households;
		this.residents = residents;
		this.sealer = sealer;
		this.idNumbers = idNumbers;
		this.audit = audit;
	}

	public UUID addCompound(UUID communityId, String name, String address) {
		UUID id = UUID.randomUUID();
		households.insertCompound(id, communityId, name, address);
		return id;
	}

	/** @param gridId the grid the building belongs to: it decides who serves its households */
	public UUID addBuilding(UUID compoundId, UUID gridId, String name) {
		UUID id = UUID.randomUUID();
		households.insertBuilding(id, compoundId, gridId, name);
		return id;
	}

	public UUID addHousehold(HouseholdForm form) {
		UUID id = UUID.randomUUID();
		households.insertHousehold(id, form);
		audit.record(AuditAction.IMPORT, RegistryManagement.HOUSEHOLD, id, null, "import", null);
		return id;
	}

	/** @param since the day the resident came to live in the household */
	public UUID addResident(ResidentForm form, LocalDate since) {
		if (form.birthDate() == null) {
			throw new InvalidInputException("birthDate", "error.required");
		}
		idNumbers.check(form.idNumber(), null);
		UUID id = UUID.randomUUID();
		residents.insertResident(id, sealer.seal(id, form), since);
		audit.record(AuditAction.IMPORT, RegistryManagement.RESIDENT, id, id, "import", null);
		return id;
	}

	/** Whether the registry holds any household yet. */
	@Transactional(readOnly = true)
	public boolean isEmpty() {
		return !households.anyHousehold();
	}

	// ---- look-ups by the names a file carries ----------------------------------------------------

	/** The compound of this name in the community, if there is one. */
	@Transactional(readOnly = true)
	public Optional<UUID> compoundNamed(UUID communityId, String name) {
		return lookups.compound(communityId, name);
	}

	/** The building named by community, compound name and building name, with its grid. */
	@Transactional(readOnly = true)
	public Optional<BuildingOption> buildingNamed(UUID communityId, String compoundName, String buildingName) {
		return lookups.building(communityId, compoundName, buildingName);
	}

	/** The household at this address, if one is registered. */
	@Transactional(readOnly = true)
	public Optional<UUID> householdAt(UUID buildingId, String unitNo, String room) {
		return lookups.household(buildingId, unitNo, room);
	}

	/**
	 * The keyed hash the register uses for an ID number: lets an import find duplicates inside a
	 * file without keeping the numbers themselves in clear.
	 */
	@Transactional(propagation = Propagation.SUPPORTS)
	public String idNumberKey(String idNumber) {
		return sealer.idNumberHash(IdNumber.normalize(idNumber));
	}

	/** Whether a resident with this ID number is registered already. */
	@Transactional(readOnly = true)
	public boolean idNumberRegistered(String idNumber) {
		return lookups.idNumberHashTaken(idNumberKey(idNumber));
	}
}
