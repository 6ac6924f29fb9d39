package org.pomegranate.shared.web;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Chinese first. Pages remember the language chosen with {@code ?lang=} in a cookie; API
 * clients choose with {@code Accept-Language}. Browsers always send an Accept-Language, so pages
 * ignore it: a newcomer in a Chinese office sees Chinese whatever the browser was set up with.
 */
@Configuration(proxyBeanMethods = false)
public class LocaleConfiguration implements WebMvcConfigurer {

	static final List<Locale> SUPPORTED = List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH,
			Locale.forLanguageTag("bo"), Locale.forLanguageTag("mn"));

	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new CookieLocaleResolver("lang");
		resolver.setCookieMaxAge(Duration.ofDays(365));
		resolver.setDefaultLocaleFunction(request -> request.getRequestURI().startsWith(request.getContextPath() + "/api/")
				? bestMatch(request.getHeader("Accept-Language")) : Locale.SIMPLIFIED_CHINESE);
		return resolver;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
		interceptor.setParamName("lang");
		interceptor.setIgnoreInvalidLocale(true);
		registry.addInterceptor(interceptor);
	}

	/** The supported language closest to an {@code Accept-Language} header; Chinese when none fits. */
	public static Locale bestMatch(String acceptLanguage) {
		if (acceptLanguage == null || acceptLanguage.isBlank()) {
			return Locale.SIMPLIFIED_CHINESE;
		}
		try {
			Locale match = Locale.lookup(Locale.LanguageRange.parse(acceptLanguage), SUPPORTED);
			return match != null ? match : Locale.SIMPLIFIED_CHINESE;
		}
		catch (IllegalArgumentException e) {
			return Locale.SIMPLIFIED_CHINESE;
		}
	}
}
