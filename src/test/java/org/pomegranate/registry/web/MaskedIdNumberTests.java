package org.pomegranate.registry.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.pomegranate.ApiClient;
import org.pomegranate.IntegrationTest;
import org.pomegranate.TestFixtures;
import org.pomegranate.TestFixtures.World;
import org.pomegranate.privacy.Masking;
import org.pomegranate.registry.Gender;
import org.pomegranate.registry.IdCandidates;
import org.pomegranate.registry.Language;
import org.pomegranate.registry.RegistryManagement;
import org.pomegranate.registry.ResidentForm;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.json.JsonMapper;

/**
 * The property behind the ID mask: whatever a staff member sees of a resident together, on any
 * page or API answer, leaves at least 10,000 ID numbers that fit it. Each view is read as an
 * attacker would: the masked number in it, the birth date if it shows anywhere in a usual form,
 * else the birth year (assumed known, as is the gender); the candidates are then counted exactly
 * ({@link IdCandidates}), not judged by the look of the mask.
 */
@IntegrationTest
class MaskedIdNumberTests {

	private static final Pattern MASK = Pattern.compile("[0-9Xx*]{18}");
	private static final long AT_LEAST = 10_000;

	@Autowired
	MockMvc mvc;

	@Autowired
	TestFixtures fixtures;

	@Autowired
	RegistryManagement registry;

	@Autowired
	UserDetailsService users;

	@Autowired
	JsonMapper json;

	@LocalServerPort
	int port;

	@Test
	void nothingShownTogetherNarrowsAMaskedIdNumberBelowTenThousand() throws Exception {
		World world = fixtures.world();
		String idNumber = TestFixtures.uniqueIdNumber();
		LocalDate born = LocalDate.parse(idNumber.substring(6, 14), DateTimeFormatter.BASIC_ISO_DATE);
		String name = "掩码测试" + world.suffix();
		UUID household = fixtures.as(world.head(),
				() -> registry.createHousehold(TestFixtures.household(world.buildingA1(), "1", "101")));
		UUID resident = fixtures.as(world.head(), () -> registry.createResident(new ResidentForm(household, name,
				Gender.FEMALE, born, "13912345678", idNumber, Language.ZH, null, Set.of(), false, Set.of())));

		Map<String, String> views = new LinkedHashMap<>();
		for (String path : List.of("/residents/" + resident, "/residents/" + resident + "/edit",
				"/households/" + household, "/residents?name=" + name, "/workbench/intake?residentId=" + resident)) {
			for (String language : List.of("zh", "en")) {
				views.put(path + " [" + language + "]", page(path, world.head(), language));
			}
		}
		views.put("/residents (htmx)", mvc.perform(get("/residents").param("name", name)
			.header("HX-Request", "true").with(user(users.loadUserByUsername(world.head())))).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
		ApiClient api = new ApiClient(port, json).as(world.head());
		for (String path : List.of("/api/v1/residents/" + resident, "/api/v1/households/" + household,
				"/api/v1/residents?name=" + java.net.URLEncoder.encode(name, StandardCharsets.UTF_8))) {
			ApiClient.Response answer = api.get(path);
			assertThat(answer.status()).as(path).isEqualTo(200);
			views.put(path, answer.body());
		}

		for (Map.Entry<String, String> view : views.entrySet()) {
			String shown = view.getValue();
			assertThat(shown).as(view.getKey()).contains(name).doesNotContain(idNumber);
			String mask = maskIn(shown);
			LocalDate dateSeen = dateShownIn(shown, born) ? born : null;
			long candidates = IdCandidates.count(mask, dateSeen, born.getYear(), false, LocalDate.now());
			assertThat(candidates).as("%s shows %s%s", view.getKey(), mask, dateSeen == null ? "" : " and " + born)
				.isGreaterThanOrEqualTo(AT_LEAST);
		}
	}

	@Test
	void theOldMaskBesideTheBirthDateLeftAHandful() {
		String id = "632802199001011234".substring(0, 17);
		String full = id + org.pomegranate.registry.IdNumber.checkCharacter(id);
		String oldMask = full.substring(0, 4) + "*".repeat(10) + full.substring(14);
		long old = IdCandidates.count(oldMask, LocalDate.of(1990, 1, 1), 1990, true, LocalDate.now());
		assertThat(old).isLessThan(10);

		String mask = Masking.idNumber(full);
		assertThat(IdCandidates.count(mask, null, 1990, true, LocalDate.now())).isGreaterThanOrEqualTo(1_000_000);
		// even an attacker who can guess the county from the address keeps enough
		String county = full.substring(0, 6) + mask.substring(6);
		assertThat(IdCandidates.count(county, null, 1990, true, LocalDate.now())).isGreaterThanOrEqualTo(AT_LEAST);
	}

	@Test
	void theCounterAgreesWithBruteForceOnASmallCase() {
		String full = "632802199001011234".substring(0, 17);
		full = full + org.pomegranate.registry.IdNumber.checkCharacter(full);
		String mask = full.substring(0, 3) + "***" + full.substring(6, 15) + "**" + full.charAt(17);
		long brute = 0;
		for (int region = 0; region < 1000; region++) {
			for (int seq = 0; seq < 100; seq++) {
				String first17 = full.substring(0, 3) + String.format("%03d", region) + full.substring(6, 15)
						+ String.format("%02d", seq);
				if (seq % 2 == 1 && org.pomegranate.registry.IdNumber.checkCharacter(first17) == full.charAt(17)) {
					brute++;
				}
			}
		}
		assertThat(IdCandidates.count(mask, LocalDate.of(1990, 1, 1), 1990, true, LocalDate.now())).isEqualTo(brute);
	}

	private String page(String path, String username, String language) throws Exception {
		MockHttpServletRequestBuilder request = get(path).param("lang", language)
			.with(user(users.loadUserByUsername(username)));
		var response = mvc.perform(request).andReturn().getResponse();
		assertThat(response.getStatus()).as(path).isEqualTo(200);
		return response.getContentAsString(StandardCharsets.UTF_8);
	}

	/** The masked number in the view, or all hidden when none is shown. */
	private static String maskIn(String shown) {
		Matcher m = MASK.matcher(shown);
		while (m.find()) {
			if (m.group().contains("*")) {
				return m.group();
			}
		}
		return "*".repeat(18);
	}

	/** Whether the birth date shows in any form a reader would recognise. */
	private static boolean dateShownIn(String shown, LocalDate born) {
		List<String> forms = new java.util.ArrayList<>(List.of(born.toString(),
				born.format(DateTimeFormatter.BASIC_ISO_DATE), born.format(DateTimeFormatter.ofPattern("yyyy.MM.dd")),
				born.format(DateTimeFormatter.ofPattern("yyyy/M/d")),
				"[" + born.getYear() + "," + born.getMonthValue() + "," + born.getDayOfMonth() + "]"));
		for (Locale locale : List.of(Locale.CHINA, Locale.ENGLISH)) {
			forms.add(born.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale)));
		}
		return forms.stream().anyMatch(shown::contains);
	}
}
