package org.pomegranate.safety.web;

import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

import org.pomegranate.shared.web.InvalidInputException;
import org.pomegranate.shared.web.RuleViolationException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A page form's act: done, it goes on to the page of what it made; refused (bad input, a step out of
 * turn), it goes back with the translated reason and nothing written.
 */
final class Acts {

	private Acts() {
	}

	static String run(RedirectAttributes redirect, String back, Function<UUID, String> next, Supplier<UUID> act) {
		try {
			UUID id = act.get();
			redirect.addFlashAttribute("saved", "casework.saved");
			return "redirect:" + next.apply(id);
		}
		catch (InvalidInputException e) {
			var error = e.fieldErrors().entrySet().iterator().next();
			redirect.addFlashAttribute("problem", error.getValue());
			redirect.addFlashAttribute("problemField", error.getKey());
		}
		catch (RuleViolationException e) {
			redirect.addFlashAttribute("problem", e.messageKey());
		}
		return "redirect:" + back;
	}

	/** A form's id, or {@code null} when it is missing or not an id (the service then names the field). */
	static UUID uuid(String value) {
		try {
			return value == null || value.isBlank() ? null : UUID.fromString(value.strip());
		}
		catch (IllegalArgumentException e) {
			return null;
		}
	}
}
