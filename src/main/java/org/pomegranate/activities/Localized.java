package org.pomegranate.activities;

import java.util.Locale;

import org.pomegranate.shared.Names;

/** A text in Chinese (always) and optionally English, Tibetan and Mongolian; a reader without hers reads the Chinese. */
public record Localized(String zh, String en, String bo, String mn) {

	public Localized {
		zh = blankToNull(zh);
		en = blankToNull(en);
		bo = blankToNull(bo);
		mn = blankToNull(mn);
	}

	public static Localized zh(String zh) {
		return new Localized(zh, null, null, null);
	}

	public String in(Locale locale) {
		return Names.inLanguage(locale, zh, en, bo, mn);
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}
}
