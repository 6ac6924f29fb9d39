package org.pomegranate.evaluation.survey;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.pomegranate.TestFixtures;
import org.pomegranate.TestFixtures.World;
import org.pomegranate.registry.RegistryManagement;

/** Residents with their own accounts in a fixture world, to answer surveys. */
public final class SurveyResidents {

	private SurveyResidents() {
	}

	/** {@code count} residents of the world's community (building A1, one household each), as usernames. */
	public static List<String> of(TestFixtures fixtures, RegistryManagement registry, World world, int count,
			String prefix) {
		List<String> usernames = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			int n = i;
			UUID household = fixtures.as(world.head(),
					() -> registry.createHousehold(TestFixtures.household(world.buildingA1(), "1", prefix + n)));
			UUID resident = fixtures.as(world.head(),
					() -> registry.createResident(TestFixtures.resident(household, "居民" + n, null, null)));
			usernames.add(fixtures.residentAccount(prefix + n + world.suffix(), "居民" + n, resident));
		}
		return usernames;
	}
}
