package org.pomegranate.volunteers.web;

import org.pomegranate.shared.web.InvalidInputException;
import org.pomegranate.shared.web.RuleViolationException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Runs a page's act and tells the person how it went on the page it returns to: a message key flashed
 * as {@code saved}, or the first problem's key as {@code problem} (the act wrote nothing then).
 */
final class PageActs {

	private PageActs() {
	}

	static void run(RedirectAttributes redirect, String savedKey, Runnable act) {
		try {
			act.run();
			redirect.addFlashAttribute("saved", savedKey);
		}
		catch (InvalidInputException e) {
			redirect.addFlashAttribute("problem", e.fieldErrors().values().iterator().next());
		}
		catch (RuleViolationException e) {
			redirect.addFlashAttribute("problem", e.messageKey());
		}
	}
}
