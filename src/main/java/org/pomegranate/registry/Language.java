package org.pomegranate.registry;

/** Languages a resident may prefer and staff may speak; codes are ISO 639-1. */
public enum Language {
	ZH("zh"), BO("bo"), MN("mn"), EN("en");

	private final String code;

	Language(String code) {
		this.code = code;
	}

	public String code() {
		return code;
	}

	public static Language ofCode(String code) {
		for (Language l : values()) {
			if (l.code.equalsIgnoreCase(code)) {
				return l;
			}
		}
		throw new IllegalArgumentException("Unknown language " + code);
	}
}
