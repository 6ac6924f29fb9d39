package org.pomegranate.translation.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.pomegranate.shared.web.InvalidInputException;
import org.pomegranate.translation.ReviewState;
import org.pomegranate.translation.TranslationReview;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The translation page: reviewers read the Tibetan or Mongolian texts beside the Chinese, machine-drafted ones
 * first if they filter so, correct a text or confirm the draft. After an act the same list comes back.
 */
@Controller
class TranslationPageController {

	private static final int PAGE_SIZE = 40;

	private final TranslationReview review;

	TranslationPageController(TranslationReview review) {
		this.review = review;
	}

	@GetMapping("/admin/translations")
	String list(@RequestParam(required = false) String language, @RequestParam(required = false) ReviewState state,
			@RequestParam(required = false) String q, @RequestParam(required = false) String after, Locale locale,
			Model model) {
		String lang = language != null ? language
				: TranslationReview.LANGUAGES.contains(locale.getLanguage()) ? locale.getLanguage() : "bo";
		model.addAttribute("language", lang);
		model.addAttribute("state", state);
		model.addAttribute("q", q == null ? "" : q);
		model.addAttribute("after", after);
		model.addAttribute("languages", TranslationReview.LANGUAGES);
		model.addAttribute("states", ReviewState.values());
		model.addAttribute("page", review.list(lang, state, q, after, PAGE_SIZE));
		return "translation/review";
	}

	@PostMapping("/admin/translations/correct")
	String correct(@RequestParam(required = false) String language, @RequestParam(required = false) String key,
			@RequestParam(required = false) String text, @RequestParam(required = false) ReviewState state,
			@RequestParam(required = false) String q, @RequestParam(required = false) String after, Locale locale,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		try {
			review.correct(language, key, text);
		}
		catch (InvalidInputException e) {
			return refused(e, language, key, text, state, q, after, locale, model, response);
		}
		redirect.addFlashAttribute("done", "translation.saved");
		return back(language, state, q, after, key);
	}

	@PostMapping("/admin/translations/confirm")
	String confirm(@RequestParam(required = false) String language, @RequestParam(required = false) String key,
			@RequestParam(required = false) ReviewState state, @RequestParam(required = false) String q,
			@RequestParam(required = false) String after, Locale locale, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		try {
			review.confirm(language, key);
		}
		catch (InvalidInputException e) {
			return refused(e, language, key, null, state, q, after, locale, model, response);
		}
		redirect.addFlashAttribute("done", "translation.confirmed");
		return back(language, state, q, after, key);
	}

	/** The same list again with the refusal and the text as typed, answered 400; nothing was written. */
	private String refused(InvalidInputException e, String language, String key, String text, ReviewState state,
			String q, String after, Locale locale, Model model, HttpServletResponse response) {
		response.setStatus(400);
		model.addAttribute("problem", e.fieldErrors().values().iterator().next());
		model.addAttribute("failedKey", key);
		model.addAttribute("typed", text);
		boolean badList = e.fieldErrors().containsKey("language");
		return list(badList ? null : language, state, q, after, locale, model);
	}

	private static String back(String language, ReviewState state, String q, String after, String key) {
		UriComponentsBuilder url = UriComponentsBuilder.fromPath("/admin/translations").queryParam("language", language);
		if (state != null) {
			url.queryParam("state", state);
		}
		if (q != null && !q.isBlank()) {
			url.queryParam("q", q);
		}
		if (after != null && !after.isBlank()) {
			url.queryParam("after", after);
		}
		return "redirect:" + url.fragment("t-" + key).encode().build().toUriString();
	}
}
