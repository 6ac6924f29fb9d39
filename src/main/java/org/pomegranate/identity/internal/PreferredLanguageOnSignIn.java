package org.pomegranate.identity.internal;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationSuccessHandler;
import org.springframework.web.servlet.LocaleResolver;

/**
 * After signing in the interface speaks the account's preferred language (the first it lists), whatever the
 * sign-in page was read in: a Tibetan-speaking resident who signs in on a shared office computer left in Chinese
 * gets Tibetan. Choosing another language afterwards ({@code ?lang=}) keeps working as before.
 */
final class PreferredLanguageOnSignIn extends SimpleUrlAuthenticationSuccessHandler {

	private static final Map<String, Locale> SUPPORTED = Map.of("zh", Locale.SIMPLIFIED_CHINESE, "en", Locale.ENGLISH,
			"bo", Locale.forLanguageTag("bo"), "mn", Locale.forLanguageTag("mn"));

	private final LocaleResolver locales;
	private final AccountRepository accounts;

	PreferredLanguageOnSignIn(LocaleResolver locales, AccountRepository accounts) {
		super("/");
		setAlwaysUseDefaultTargetUrl(true);
		this.locales = locales;
		this.accounts = accounts;
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws IOException, ServletException {
		if (authentication.getPrincipal() instanceof AccountPrincipal principal) {
			accounts.languages(principal.user().accountId()).stream().map(SUPPORTED::get)
				.filter(java.util.Objects::nonNull).findFirst()
				.ifPresent(locale -> locales.setLocale(request, response, locale));
		}
		super.onAuthenticationSuccess(request, response, authentication);
	}
}
