package org.pomegranate.registry.internal;

import java.util.UUID;

import org.pomegranate.registry.IdNumber;
import org.pomegranate.shared.web.InvalidInputException;
import org.springframework.stereotype.Component;

/** An ID number must pass GB 11643 and belong to nobody else: for staff edits and imports alike. */
@Component
public class IdNumberRule {

	private final ResidentRepository residents;
	private final ResidentSealer sealer;

	IdNumberRule(ResidentRepository residents, ResidentSealer sealer) {
		this.residents = residents;
		this.sealer = sealer;
	}

	/** @param residentId the resident being changed, or {@code null} for a new one */
	public void check(String idNumber, UUID residentId) {
		if (idNumber == null) {
			return;
		}
		if (!IdNumber.isValid(idNumber)) {
			throw new InvalidInputException("idNumber", "error.idNumber");
		}
		if (residents.idNumberTaken(sealer.idNumberHash(idNumber), residentId)) {
			throw new InvalidInputException("idNumber", "error.idNumber.taken");
		}
	}
}
