package org.pomegranate.servicedesk.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.pomegranate.organization.OrgLevel;
import org.pomegranate.servicedesk.CategoryField;
import org.pomegranate.servicedesk.CategoryField.Choice;
import org.pomegranate.servicedesk.FieldKind;
import org.pomegranate.servicedesk.ServiceCategory;
import org.pomegranate.servicedesk.Tier;
import org.pomegranate.servicedesk.Translated;
import org.pomegranate.shared.web.InvalidInputException;

class ExtraFieldsTests {

	static final ServiceCategory CATEGORY = new ServiceCategory(UUID.randomUUID(), "TEST",
			new Translated(Map.of("zh", "测试")), Tier.GENERAL, 1440, 10080, OrgLevel.GRID,
			List.of(field("utility", FieldKind.SINGLE_CHOICE, true, "water", "power"),
					field("since", FieldKind.DATE, false), field("people", FieldKind.NUMBER, false),
					field("note", FieldKind.TEXT, false),
					field("services", FieldKind.MULTIPLE_CHOICE, false, "meals", "bathing", "company")),
			true);

	@Test
	void goodAnswersAreKeptInPlainForm() {
		Map<String, Object> clean = ExtraFields.check(CATEGORY, Map.of("utility", " water ", "since", "2026-03-01",
				"people", 4, "note", "三楼", "services", List.of("meals", "company", "meals")));
		assertThat(clean).containsEntry("utility", "water").containsEntry("since", "2026-03-01")
			.containsEntry("people", "4").containsEntry("note", "三楼")
			.containsEntry("services", List.of("meals", "company"));
	}

	@Test
	void blankOptionalAnswersAreDropped() {
		assertThat(ExtraFields.check(CATEGORY, Map.of("utility", "power", "note", " ", "services", List.of())))
			.containsOnlyKeys("utility");
	}

	@Test
	void aMissingRequiredFieldIsNamed() {
		assertErrors(Map.of(), Map.of("extra.utility", "error.required"));
		assertErrors(Map.of("utility", "  "), Map.of("extra.utility", "error.required"));
	}

	@Test
	void anUnknownFieldIsRefused() {
		assertErrors(Map.of("utility", "water", "colour", "red"), Map.of("extra.colour", "error.extra.unknown"));
	}

	@Test
	void badNumbersAndDatesAreRefused() {
		assertErrors(Map.of("utility", "water", "people", "four"), Map.of("extra.people", "error.field.type"));
		assertErrors(Map.of("utility", "water", "since", "2026-02-30"), Map.of("extra.since", "error.field.type"));
		assertErrors(Map.of("utility", "water", "since", "yesterday"), Map.of("extra.since", "error.field.type"));
		assertErrors(Map.of("utility", "water", "note", List.of("a")), Map.of("extra.note", "error.field.type"));
	}

	@Test
	void choicesOutsideTheOptionsAreRefused() {
		assertErrors(Map.of("utility", "gas"), Map.of("extra.utility", "error.extra.choice"));
		assertErrors(Map.of("utility", "water", "services", List.of("meals", "massage")),
				Map.of("extra.services", "error.extra.choice"));
	}

	@Test
	void aMultipleChoiceTakesOneAnswerOrSeveral() {
		assertThat(ExtraFields.check(CATEGORY, Map.of("utility", "water", "services", "bathing")))
			.containsEntry("services", List.of("bathing"));
		assertThat(ExtraFields.check(CATEGORY, Map.of("utility", "water", "services", List.of("bathing", "meals"))))
			.containsEntry("services", List.of("bathing", "meals"));
	}

	@Test
	void tooLongATextIsRefused() {
		assertErrors(Map.of("utility", "water", "note", "长".repeat(ExtraFields.MAX_TEXT + 1)),
				Map.of("extra.note", "error.extra.tooLong"));
	}

	@Test
	void everyProblemIsReportedAtOnce() {
		Map<String, Object> answers = new HashMap<>();
		answers.put("people", "many");
		answers.put("colour", "red");
		assertErrors(answers, Map.of("extra.utility", "error.required", "extra.people", "error.field.type",
				"extra.colour", "error.extra.unknown"));
	}

	private static void assertErrors(Map<String, Object> answers, Map<String, String> errors) {
		assertThatThrownBy(() -> ExtraFields.check(CATEGORY, answers)).isInstanceOf(InvalidInputException.class)
			.extracting(e -> ((InvalidInputException) e).fieldErrors())
			.isEqualTo(errors);
	}

	private static CategoryField field(String code, FieldKind kind, boolean required, String... options) {
		return new CategoryField(code, kind, required, new Translated(Map.of("zh", code)),
				java.util.Arrays.stream(options).map(o -> new Choice(o, new Translated(Map.of("zh", o)))).toList());
	}
}
