package org.pomegranate.evaluation.survey;

import java.util.Locale;

/**
 * A text in the languages a resident may read: Chinese always, English, Tibetan and Mongolian when
 * given. A reader whose language is missing reads the Chinese.
 */
public record Texts(String zh, String en, String bo, String mn) {

	public Texts {
		zh = blankToNull(zh);
		en = blankToNull(en);
		bo = blankToNull(bo);
		mn = blankToNull(mn);
	}

	public static Texts zh(String zh) {
		return new Texts(zh, null, null, null);
	}

	public String in(Locale locale) {
		String text = switch (locale.getLanguage()) {
			case "en" -> en;
			case "bo" -> bo;
			case "mn" -> mn;
			default -> zh;
		};
		return text != null ? text : zh;
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}
}
