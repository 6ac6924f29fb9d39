package org.pomegranate.registry;

import java.util.Optional;
import java.util.UUID;

import org.pomegranate.registry.internal.PlaceRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds where a resident, a household or a typed address belongs, so that work reaches the
 * right grid. Callers need no scope, as routing runs for residents and the SLA clock too; the
 * only personal datum it returns is the name of the resident asked about, which the caller
 * already knows or records on the request that answers them.
 */
@Service
@Transactional(readOnly = true)
public class Whereabouts {

	private final PlaceRepository places;

	Whereabouts(PlaceRepository places) {
		this.places = places;
	}

	/** The household's building grid and address. */
	public Optional<Place> ofHousehold(UUID householdId) {
		return places.ofHousehold(householdId);
	}

	/** The place of the resident's current household, with their preferred language. */
	public Optional<Place> ofResident(UUID residentId) {
		return places.ofResident(residentId);
	}

	/**
	 * The compound (and building, if named) that a free-text address mentions: its grid when the
	 * building is named or the compound lies in one grid, otherwise only its community.
	 */
	public Optional<Place> ofAddress(String address) {
		return address == null || address.isBlank() ? Optional.empty() : places.ofAddress(address.strip());
	}
}
