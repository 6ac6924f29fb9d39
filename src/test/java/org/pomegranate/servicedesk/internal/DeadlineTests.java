package org.pomegranate.servicedesk.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pomegranate.organization.OrgLevel;
import org.pomegranate.servicedesk.ServiceCategory;
import org.pomegranate.servicedesk.Tier;
import org.pomegranate.servicedesk.Translated;

/** The deadlines of each tier as the service-desk rules set them, and as a category carries them. */
class DeadlineTests {

	@ParameterizedTest
	@CsvSource({ "EMERGENCY, PT1H, PT2H", "UTILITIES, PT2H, PT24H", "GENERAL, PT24H, P7D", "COMPLEX, PT24H, P15D" })
	void tierDefaultsFollowTheRules(Tier tier, Duration response, Duration resolve) {
		assertThat(tier.defaultResponse()).isEqualTo(response);
		assertThat(tier.defaultResolve()).isEqualTo(resolve);
	}

	@ParameterizedTest
	@CsvSource({ "EMERGENCY", "UTILITIES", "GENERAL", "COMPLEX" })
	void aCategoryWithItsTiersDefaultsHasTheTiersDeadlines(Tier tier) {
		ServiceCategory category = category(tier, (int) tier.defaultResponse().toMinutes(),
				(int) tier.defaultResolve().toMinutes());
		assertThat(category.responseTime()).isEqualTo(tier.defaultResponse());
		assertThat(category.resolveTime()).isEqualTo(tier.defaultResolve());
	}

	@ParameterizedTest
	@CsvSource({ "90, 600", "1, 1", "1440, 527040" })
	void aCategoryCanChangeItsDeadlines(int responseMinutes, int resolveMinutes) {
		ServiceCategory category = category(Tier.GENERAL, responseMinutes, resolveMinutes);
		assertThat(category.responseTime()).isEqualTo(Duration.ofMinutes(responseMinutes));
		assertThat(category.resolveTime()).isEqualTo(Duration.ofMinutes(resolveMinutes));
	}

	static ServiceCategory category(Tier tier, int responseMinutes, int resolveMinutes) {
		return new ServiceCategory(UUID.randomUUID(), "TEST", new Translated(Map.of("zh", "测试")), tier,
				responseMinutes, resolveMinutes, OrgLevel.GRID, List.of(), true);
	}
}
