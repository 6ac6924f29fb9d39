package org.pomegranate.demo;

import static org.pomegranate.demo.DemoPeople.Heritage.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.pomegranate.demo.DemoPeople.Heritage;
import org.pomegranate.registry.Gender;
import org.pomegranate.registry.Language;
import org.pomegranate.registry.NewcomerNeed;
import org.pomegranate.registry.ResidentForm;
import org.pomegranate.registry.SupportNeed;

/**
 * Who lives in a synthetic household: families, elderly people alone or in pairs, newcomers.
 * Proportions are rough guesses meant to give every page of the application something to show.
 */
final class DemoHouseholds {

	/** Ages are computed against a fixed date so the demo comes out the same on every day. */
	static final LocalDate REFERENCE_DATE = LocalDate.of(2026, 1, 1);

	/** Name of the resident who gets the demo resident login: fixed so it can be documented. */
	static final String DESIGNATED_NAME = "才让卓玛";

	/** Region codes of places newcomers come from (Xining, Haidong, Lanzhou, Linxia, Yinchuan). */
	private static final String[] NEWCOMER_ORIGINS = { "630102", "630105", "630222", "620102", "622901", "640104" };

	private static final Heritage[] HERITAGES = Heritage.values();

	private static final NewcomerNeed[] FIRST_NEEDS = { NewcomerNeed.WORK, NewcomerNeed.BUSINESS, NewcomerNeed.RIGHTS };

	private final DemoPeople people;

	DemoHouseholds(DemoPeople people) {
		this.people = people;
	}

	/** The members of one household, head first; {@code designated} makes the first one 才让卓玛. */
	List<ResidentForm> residents(UUID householdId, String countyCode, boolean resettled, boolean designated) {
		Family family = new Family(householdId, countyCode, resettled);
		if (designated) {
			family.fixed(DESIGNATED_NAME, Gender.FEMALE, 38);
			family.spouseAndChildren(TIBETAN, Gender.MALE, 41, null);
			return family.members;
		}
		switch (people.weighted(7, 7, resettled ? 0 : 13, 73)) {
			case 0 -> family.elderly(heritage(countyCode, resettled), 1);
			case 1 -> family.elderly(heritage(countyCode, resettled), 2);
			case 2 -> family.newcomers();
			default -> family.regular(heritage(countyCode, resettled));
		}
		return family.members;
	}

	private Heritage heritage(String countyCode, boolean resettled) {
		int[] weights = resettled ? new int[] { 10, 5, 45, 35, 5, 0 } : switch (countyCode) {
			case "632801" -> new int[] { 50, 15, 18, 8, 5, 4 };
			case "632802" -> new int[] { 45, 12, 13, 22, 5, 3 };
			case "632821", "632822" -> new int[] { 35, 10, 25, 25, 5, 0 };
			case "632823" -> new int[] { 25, 8, 55, 8, 4, 0 };
			default -> new int[] { 60, 15, 10, 10, 3, 2 };
		};
		return HERITAGES[people.weighted(weights)];
	}

	/** Builds one household's members; household-wide facts are decided once, up front. */
	private final class Family {

		final UUID householdId;
		final String region;
		final boolean resettled;
		final boolean subsistence;
		final List<ResidentForm> members = new ArrayList<>();

		Family(UUID householdId, String region, boolean resettled) {
			this.householdId = householdId;
			this.region = region;
			this.resettled = resettled;
			this.subsistence = people.chance(resettled ? 15 : 5);
		}

		void fixed(String name, Gender gender, int age) {
			LocalDate birth = people.birthDate(age);
			members.add(new ResidentForm(householdId, name, gender, birth, people.phone(),
					people.idNumber(region, birth, gender), Language.BO, TIBETAN.ethnicity, supportNeeds(age), false, null));
		}

		void elderly(Heritage heritage, int count) {
			Gender first = people.chance(65) ? Gender.FEMALE : Gender.MALE;
			String surname = people.surname(heritage);
			if (count == 1) {
				int age = people.between(68, 92);
				Set<SupportNeed> needs = supportNeeds(age);
				needs.add(SupportNeed.ELDERLY_ALONE);
				add(heritage, first, age, surname, needs);
				return;
			}
			int age = people.between(60, 85);
			add(heritage, Gender.MALE, age, surname, supportNeeds(age));
			add(heritage, Gender.FEMALE, Math.max(58, age - people.between(0, 5)), null, supportNeeds(age));
		}

		void regular(Heritage heritage) {
			int husbandAge = people.between(26, 58);
			String surname = people.surname(heritage);
			add(heritage, Gender.MALE, husbandAge, surname, supportNeeds(husbandAge));
			// about one family in twelve joins two heritages
			Heritage wife = people.chance(8) ? people.pick(HERITAGES) : heritage;
			spouseAndChildren(wife, Gender.FEMALE, Math.max(22, husbandAge - people.between(-2, 5)), surname);
			if (people.chance(22)) {
				int age = Math.min(92, Math.max(58, husbandAge + people.between(22, 32)));
				add(heritage, people.chance(60) ? Gender.FEMALE : Gender.MALE, age, null, supportNeeds(age));
			}
		}

		/** Adds a spouse and their children; children take the first member's surname when there is one. */
		void spouseAndChildren(Heritage heritage, Gender gender, int age, String surname) {
			add(heritage, gender, age, null, supportNeeds(age));
			int children = people.weighted(20, 35, 35, 10);
			for (int i = 0; i < children; i++) {
				int childAge = people.between(0, Math.max(0, Math.min(age - 21, 24)));
				Set<SupportNeed> needs = supportNeeds(childAge);
				if (childAge < 16 && people.chance(3)) {
					needs.add(SupportNeed.LEFT_BEHIND_CHILD);
				}
				add(heritage, people.chance(50) ? Gender.FEMALE : Gender.MALE, childAge, surname, needs);
			}
		}

		void newcomers() {
			Heritage heritage = HERITAGES[people.weighted(45, 25, 10, 5, 8, 7)];
			String origin = people.pick(NEWCOMER_ORIGINS);
			String surname = people.surname(heritage);
			int shape = people.weighted(40, 30, 30);
			int age = people.between(19, 45);
			Set<NewcomerNeed> needs = newcomerNeeds(shape == 2);
			Gender first = people.chance(60) ? Gender.MALE : Gender.FEMALE;
			addNewcomer(heritage, first, age, surname, origin, needs);
			if (shape > 0) {
				Gender second = first == Gender.MALE ? Gender.FEMALE : Gender.MALE;
				addNewcomer(heritage, second, Math.max(19, age + people.between(-4, 4)), null, origin, needs);
			}
			if (shape == 2) {
				addNewcomer(heritage, people.chance(50) ? Gender.FEMALE : Gender.MALE, people.between(3, 15), surname,
						origin, EnumSet.of(NewcomerNeed.SCHOOLING));
			}
		}

		private Set<NewcomerNeed> newcomerNeeds(boolean withChild) {
			Set<NewcomerNeed> needs = EnumSet.noneOf(NewcomerNeed.class);
			if (people.chance(85)) {
				needs.add(FIRST_NEEDS[people.weighted(60, 25, 15)]);
			}
			if (people.chance(15)) {
				needs.add(NewcomerNeed.RIGHTS);
			}
			if (withChild) {
				needs.add(NewcomerNeed.SCHOOLING);
			}
			return needs;
		}

		private Set<SupportNeed> supportNeeds(int age) {
			Set<SupportNeed> needs = EnumSet.noneOf(SupportNeed.class);
			if (subsistence) {
				needs.add(SupportNeed.SUBSISTENCE_ALLOWANCE);
			}
			if (people.chance(age >= 70 ? 12 : 3)) {
				needs.add(SupportNeed.DISABILITY);
			}
			if (age >= 45 && people.chance(3)) {
				needs.add(SupportNeed.SERIOUS_ILLNESS);
			}
			if (age >= 55 && people.chance(3)) {
				needs.add(SupportNeed.VETERAN_FAMILY);
			}
			return needs;
		}

		private void add(Heritage heritage, Gender gender, int age, String surname, Set<SupportNeed> needs) {
			members.add(person(heritage, gender, age, surname, region, needs, false, null));
		}

		private void addNewcomer(Heritage heritage, Gender gender, int age, String surname, String origin,
				Set<NewcomerNeed> needs) {
			members.add(person(heritage, gender, age, surname, origin, supportNeeds(age), true, needs));
		}

		private ResidentForm person(Heritage heritage, Gender gender, int age, String surname, String idRegion,
				Set<SupportNeed> needs, boolean newcomer, Set<NewcomerNeed> newcomerNeeds) {
			LocalDate birth = people.birthDate(age);
			boolean adult = age >= 18;
			String phone = adult && people.chance(age >= 75 ? 55 : 90) ? people.phone() : null;
			String id = people.chance(newcomer ? 90 : adult ? 80 : 55) ? people.idNumber(idRegion, birth, gender) : null;
			// about a third leave ethnicity undeclared: it is optional and self-declared
			var ethnicity = people.chance(67) ? heritage.ethnicity : null;
			return new ResidentForm(householdId, people.name(heritage, gender, surname), gender, birth, phone, id,
					language(heritage, age), ethnicity, needs, newcomer, newcomerNeeds);
		}

		private Language language(Heritage heritage, int age) {
			int bonus = resettled ? 15 : 0;
			if (heritage == TIBETAN && people.chance((age >= 50 ? 80 : age >= 18 ? 45 : 25) + bonus)) {
				return Language.BO;
			}
			if (heritage == MONGOL && people.chance((age >= 50 ? 60 : age >= 18 ? 25 : 10) + bonus)) {
				return Language.MN;
			}
			return Language.ZH;
		}
	}
}
