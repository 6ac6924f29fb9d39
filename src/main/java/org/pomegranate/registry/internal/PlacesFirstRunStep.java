package org.pomegranate.registry.internal;

import java.util.List;

import org.pomegranate.organization.FirstRunStep;
import org.springframework.stereotype.Component;

/** The first buildings, added by hand or imported from Excel (the import page is the import module's). */
@Component
class PlacesFirstRunStep implements FirstRunStep.Contributor {

	private final PlaceRegister places;

	PlacesFirstRunStep(PlaceRegister places) {
		this.places = places;
	}

	@Override
	public List<FirstRunStep> steps() {
		return List.of(new FirstRunStep(30, "setup.step.buildings", "/places", places.anyBuilding(),
				"setup.step.import", "/admin/imports"));
	}
}
