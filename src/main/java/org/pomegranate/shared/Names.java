package org.pomegranate.shared;

import java.util.Locale;

/**
 * The one rule for showing a name kept in four languages (units of the tree, wherever they
 * appear): the reader's language where the name was given in it, Chinese otherwise.
 */
public final class Names {

	private Names() {
	}

	public static String inLanguage(Locale locale, String zh, String en, String bo, String mn) {
		String wanted = switch (locale == null ? "zh" : locale.getLanguage()) {
			case "en" -> en;
			case "bo" -> bo;
			case "mn" -> mn;
			default -> zh;
		};
		return wanted == null || wanted.isBlank() ? zh : wanted;
	}
}
