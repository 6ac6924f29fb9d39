package org.pomegranate.registry.internal;

import java.util.Optional;
import java.util.UUID;

import org.pomegranate.identity.CurrentUser;
import org.pomegranate.identity.Scope;
import org.pomegranate.registry.IdNumber;
import org.pomegranate.shared.web.InvalidInputException;
import org.springframework.stereotype.Component;

/**
 * An ID number must pass GB 11643 and belong to nobody else: for staff edits and imports alike.
 * Staff get the same answer whether the holder is theirs or not (so the answer says no more than
 * uniqueness must); a hit outside their scope is audited, told and limited ({@link IdNumberProbes}).
 */
@Component
public class IdNumberRule {

	private final ResidentRepository residents;
	private final ResidentSealer sealer;
	private final IdNumberProbes probes;

	IdNumberRule(ResidentRepository residents, ResidentSealer sealer, IdNumberProbes probes) {
		this.residents = residents;
		this.sealer = sealer;
		this.probes = probes;
	}

	/** For imports by the application itself: no caller, no scope. */
	public void check(String idNumber, UUID residentId) {
		check(idNumber, residentId, null, null);
	}

	/**
	 * @param residentId the resident being changed, or {@code null} for a new one
	 * @param user       the staff member registering, or {@code null} for the application itself
	 * @param scope      the grids of that staff member
	 */
	public void check(String idNumber, UUID residentId, CurrentUser user, Scope scope) {
		if (idNumber == null) {
			return;
		}
		if (!IdNumber.isValid(idNumber)) {
			throw new InvalidInputException("idNumber", "error.idNumber");
		}
		if (user != null) {
			probes.requireNotBlocked(user);
		}
		Optional<UUID> holderGrid = residents.gridOfIdNumberHolder(sealer.idNumberHash(idNumber), residentId);
		if (holderGrid.isEmpty()) {
			return;
		}
		if (user != null && !scope.contains(holderGrid.get())) {
			probes.outOfScopeHit(user);
		}
		throw new InvalidInputException("idNumber", "error.idNumber.taken");
	}
}
