package org.pomegranate.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.pomegranate.identity.Role;
import org.pomegranate.registry.IdNumber;
import org.pomegranate.registry.Language;
import org.pomegranate.registry.ResidentForm;

class DemoGeneratorsTests {

	@Test
	void communitiesSitUnderRealTownshipsWithEnoughGrids() {
		Set<String> townships = org.pomegranate.organization.DivisionsFile.bundled().rows().stream()
			.filter(row -> row.level() == org.pomegranate.organization.OrgLevel.STREET)
			.map(org.pomegranate.organization.DivisionsFile.Row::code)
			.collect(Collectors.toSet());
		assertThat(townships).hasSize(43);
		assertThat(DemoCommunities.ALL).hasSizeGreaterThanOrEqualTo(20)
			.allSatisfy(c -> assertThat(townships).contains(c.streetCode()))
			.allSatisfy(c -> assertThat(c.code()).hasSize(12).startsWith(c.streetCode()));
		assertThat(DemoCommunities.ALL.stream().mapToInt(DemoCommunities.Plan::grids).sum()).isGreaterThanOrEqualTo(100);
		assertThat(DemoCommunities.ALL.stream().map(DemoCommunities.Plan::code).distinct()).hasSameSizeAs(DemoCommunities.ALL);
	}

	@Test
	void accountsCoverEveryRoleWithUniqueNames() {
		List<DemoLogin> plan = DemoAccounts.plan();
		assertThat(plan.stream().map(DemoLogin::role).collect(Collectors.toSet())).isEqualTo(EnumSet.allOf(Role.class));
		assertThat(plan.stream().map(DemoLogin::username).distinct()).hasSameSizeAs(plan);
		assertThat(plan).hasSizeLessThanOrEqualTo(60);
		assertThat(plan).filteredOn(l -> l.username().startsWith("grid"))
			.extracting(DemoLogin::unitCode)
			.doesNotHaveDuplicates();
	}

	@Test
	void generatedResidentsAreValidAndTheSameEveryTime() {
		List<ResidentForm> first = generate();
		assertThat(generate()).isEqualTo(first);
		Set<String> ids = new HashSet<>();
		for (ResidentForm r : first) {
			assertThat(r.name()).isNotBlank().hasSizeLessThanOrEqualTo(50);
			if (r.phone() != null) {
				assertThat(r.phone()).matches("1[358]\\d{9}");
			}
			if (r.idNumber() != null) {
				assertThat(IdNumber.isValid(r.idNumber())).as(r.idNumber()).isTrue();
				assertThat(ids.add(r.idNumber())).isTrue();
			}
		}
		assertThat(first).extracting(ResidentForm::preferredLanguage).contains(Language.ZH, Language.BO, Language.MN);
		assertThat(first).anyMatch(ResidentForm::newcomer);
	}

	@Test
	void theDesignatedResidentSpeaksTibetanAndHasPhoneAndIdNumber() {
		DemoHouseholds households = new DemoHouseholds(new DemoPeople(new Random(1)));
		ResidentForm resident = households.residents(UUID.randomUUID(), DemoCommunities.GOLMUD, false, true).get(0);
		assertThat(resident.name()).isEqualTo(DemoHouseholds.DESIGNATED_NAME);
		assertThat(resident.preferredLanguage()).isEqualTo(Language.BO);
		assertThat(resident.phone()).isNotNull();
		assertThat(IdNumber.isValid(resident.idNumber())).isTrue();
	}

	private static List<ResidentForm> generate() {
		DemoHouseholds households = new DemoHouseholds(new DemoPeople(new Random(DemoDataLoader.SEED)));
		UUID household = new UUID(0, 0);
		return java.util.stream.IntStream.range(0, 2000)
			.boxed()
			.flatMap(i -> households.residents(household, i % 2 == 0 ? "632801" : "632823", i % 7 == 0, false).stream())
			.toList();
	}
}
