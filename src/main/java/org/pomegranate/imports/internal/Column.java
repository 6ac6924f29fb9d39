package org.pomegranate.imports.internal;

import java.util.List;

/**
 * One column of an import sheet. The Chinese header is part of the file format (an uploaded sheet
 * must carry it), so it lives here and not in the translated bundles.
 *
 * @param choices the allowed values, offered as a drop-down in the template; empty for free text
 */
public record Column(String zh, String en, boolean required, int maxLength, List<String> choices, String example,
		String helpZh, String helpEn) {

	static Column text(String zh, String en, boolean required, int maxLength, String example, String helpZh,
			String helpEn) {
		return new Column(zh, en, required, maxLength, List.of(), example, helpZh, helpEn);
	}

	static Column choice(String zh, String en, boolean required, List<String> choices, String example, String helpZh,
			String helpEn) {
		return new Column(zh, en, required, 20, choices, example, helpZh, helpEn);
	}
}
