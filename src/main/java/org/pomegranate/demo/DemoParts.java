package org.pomegranate.demo;

import static org.pomegranate.demo.DemoDataLoader.SEED;

import java.time.Instant;
import java.util.List;
import java.util.Random;

import org.springframework.stereotype.Component;

/**
 * The demo beyond the registry and the year of requests: the phone workbench, the resident's side,
 * community life and casework. Each part draws from a random of its own, so adding or changing one
 * leaves the others (and the registry) as they were.
 */
@Component
class DemoParts {

	private final DemoWorkbench workbench;
	private final DemoResidentSide residentSide;
	private final DemoFacilities facilities;
	private final DemoCasework casework;
	private final DemoMediation mediation;
	private final DemoActivities activities;
	private final DemoVolunteers volunteers;

	DemoParts(DemoWorkbench workbench, DemoResidentSide residentSide, DemoFacilities facilities,
			DemoCasework casework, DemoMediation mediation, DemoActivities activities,
			DemoVolunteers volunteers) {
		this.volunteers = volunteers;
		this.mediation = mediation;
		this.activities = activities;
		this.workbench = workbench;
		this.residentSide = residentSide;
		this.facilities = facilities;
		this.casework = casework;
	}

	/** Runs inside the demo's one transaction, after the registry, the accounts and the year of requests. */
	void load(List<DemoOrganization.Community> communities, DemoHousing.Result loaded) {
		Instant now = Instant.now();
		workbench.load(loaded.homes(), loaded.designatedResident(), new Random(SEED + 8));
		residentSide.load(loaded.designatedResident(), now, new Random(SEED + 9));
		facilities.load(communities, loaded.designatedResident(), new Random(SEED + 10));
		activities.load(loaded.homes(), loaded.designatedResident(), new Random(SEED + 11));
		volunteers.load(loaded.homes(), loaded.designatedResident(), new Random(SEED + 12));
		mediation.load(loaded.homes(), new Random(SEED + 13));
		casework.load(loaded.homes(), loaded.designatedResident(), new Random(SEED + 14));
	}
}
