package org.pomegranate.activities;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.pomegranate.activities.internal.FestivalDates;

/**
 * Lunar festivals and Qingming for several years against the published dates (the State Council's
 * holiday notices and the Purple Mountain Observatory's almanac), including 2025 with its leap sixth month.
 */
class FestivalDatesTests {

	@Test
	void springFestival() {
		assertThat(FestivalDates.lunar(2024, 1, 1)).isEqualTo(LocalDate.of(2024, 2, 10));
		assertThat(FestivalDates.lunar(2025, 1, 1)).isEqualTo(LocalDate.of(2025, 1, 29));
		assertThat(FestivalDates.lunar(2026, 1, 1)).isEqualTo(LocalDate.of(2026, 2, 17));
		assertThat(FestivalDates.lunar(2027, 1, 1)).isEqualTo(LocalDate.of(2027, 2, 6));
	}

	@Test
	void lanternDragonBoatMidAutumnDoubleNinth() {
		assertThat(FestivalDates.lunar(2026, 1, 15)).isEqualTo(LocalDate.of(2026, 3, 3));
		assertThat(FestivalDates.lunar(2025, 5, 5)).isEqualTo(LocalDate.of(2025, 5, 31));
		assertThat(FestivalDates.lunar(2026, 5, 5)).isEqualTo(LocalDate.of(2026, 6, 19));
		assertThat(FestivalDates.lunar(2024, 8, 15)).isEqualTo(LocalDate.of(2024, 9, 17));
		// after 2025's leap sixth month: the regular eighth month, not the leap one
		assertThat(FestivalDates.lunar(2025, 8, 15)).isEqualTo(LocalDate.of(2025, 10, 6));
		assertThat(FestivalDates.lunar(2026, 8, 15)).isEqualTo(LocalDate.of(2026, 9, 25));
		assertThat(FestivalDates.lunar(2025, 9, 9)).isEqualTo(LocalDate.of(2025, 10, 29));
	}

	@Test
	void qingmingFromTheSun() {
		assertThat(FestivalDates.solarTerm(2024, 15)).isEqualTo(LocalDate.of(2024, 4, 4));
		assertThat(FestivalDates.solarTerm(2025, 15)).isEqualTo(LocalDate.of(2025, 4, 4));
		assertThat(FestivalDates.solarTerm(2026, 15)).isEqualTo(LocalDate.of(2026, 4, 5));
		assertThat(FestivalDates.solarTerm(2027, 15)).isEqualTo(LocalDate.of(2027, 4, 5));
	}
}
