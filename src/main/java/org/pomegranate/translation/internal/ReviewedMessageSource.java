package org.pomegranate.translation.internal;

import java.text.MessageFormat;
import java.util.Locale;

import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The message bundles with the reviewers' corrections on top: for Tibetan and Mongolian a reviewed text wins over
 * the machine-drafted one of the bundle.
 */
final class ReviewedMessageSource extends ResourceBundleMessageSource {

	private final ReviewedTexts reviewed;

	ReviewedMessageSource(ReviewedTexts reviewed) {
		this.reviewed = reviewed;
	}

	@Override
	protected String resolveCodeWithoutArguments(String code, Locale locale) {
		String text = reviewed.text(locale.getLanguage(), code);
		return text != null ? text : super.resolveCodeWithoutArguments(code, locale);
	}

	@Override
	protected MessageFormat resolveCode(String code, Locale locale) {
		String text = reviewed.text(locale.getLanguage(), code);
		return text != null ? createMessageFormat(text, locale) : super.resolveCode(code, locale);
	}
}
