package org.pomegranate.servicedesk;

import java.util.List;

/**
 * An extra question a category asks on its form, e.g. which utility failed.
 *
 * @param options for the choice kinds: the allowed answers in order; empty otherwise
 */
public record CategoryField(String code, FieldKind kind, boolean required, Translated label, List<Choice> options) {

	public CategoryField {
		options = options == null ? List.of() : List.copyOf(options);
	}

	public boolean isChoice() {
		return kind == FieldKind.SINGLE_CHOICE || kind == FieldKind.MULTIPLE_CHOICE;
	}

	public boolean allows(String choice) {
		return options.stream().anyMatch(o -> o.code().equals(choice));
	}

	/** One allowed answer of a choice field. */
	public record Choice(String code, Translated label) {
	}
}
