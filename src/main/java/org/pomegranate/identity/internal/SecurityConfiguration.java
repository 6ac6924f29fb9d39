package org.pomegranate.identity.internal;

import java.time.Clock;

import org.pomegranate.shared.web.ApiErrorWriter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;

/**
 * Three chains. The JSON API and the actuator authenticate every call with an API token
 * ({@code Authorization: Bearer …}, see {@link ApiTokenFilter}), keep no session and need no CSRF
 * token: no cookie can drive them, so no other site can. No password is accepted there, and no
 * {@code WWW-Authenticate: Basic} challenge is sent, so a browser never offers to remember one.
 * Pages use the sign-in form ({@link SignInAttempts}), a session kept in the database, and CSRF.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	@Bean
	PasswordEncoder passwordEncoder() {
		return new BCryptPasswordEncoder();
	}

	/** Only {@link SignInAttempts} checks passwords: no fallback to a provider that does not count them. */
	@Bean
	AuthenticationManager authenticationManager(SignInAttempts signIn) {
		return new ProviderManager(signIn);
	}

	@Bean
	@Order(1)
	SecurityFilterChain apiChain(HttpSecurity http, ApiTokenRepository tokens, ApiErrorWriter errors, Clock clock)
			throws Exception {
		return tokenChain(http.securityMatcher("/api/**"), tokens, errors, clock)
			.authorizeHttpRequests(a -> a
				// following a request without an account: the number and phone are the key (throttled)
				.requestMatchers(org.springframework.http.HttpMethod.POST, "/api/v1/service-requests/lookup").permitAll()
				// a room's calendar feed: calendar apps subscribe without a token (facilities: public, rate limited)
				.requestMatchers(org.springframework.http.HttpMethod.GET, "/api/v1/rooms/*/calendar.ics").permitAll()
				.anyRequest().authenticated())
			.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain actuatorChain(HttpSecurity http, ApiTokenRepository tokens, ApiErrorWriter errors, Clock clock)
			throws Exception {
		return tokenChain(http.securityMatcher("/actuator/**"), tokens, errors, clock)
			.authorizeHttpRequests(a -> a.requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
				.anyRequest().hasRole("SYSTEM_ADMIN"))
			.build();
	}

	private static HttpSecurity tokenChain(HttpSecurity http, ApiTokenRepository tokens, ApiErrorWriter errors,
			Clock clock) throws Exception {
		AuthenticationEntryPoint unauthorized = (request, response, e) -> {
			response.setHeader("WWW-Authenticate", "Bearer realm=\"Pomegranate\"");
			errors.write(request, response, 401, "error.unauthorized");
		};
		return http.addFilterBefore(new ApiTokenFilter(tokens, errors, clock), AnonymousAuthenticationFilter.class)
			.exceptionHandling(e -> e.authenticationEntryPoint(unauthorized)
				.accessDeniedHandler((request, response, denied) -> errors.write(request, response, 403, "error.forbidden")))
			.csrf(c -> c.disable())
			.formLogin(f -> f.disable())
			.httpBasic(b -> b.disable())
			.requestCache(c -> c.disable())
			.headers(h -> headers(h, SecurityHeaders.NOTHING_POLICY))
			.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
	}

	@Bean
	@Order(3)
	SecurityFilterChain pageChain(HttpSecurity http, AuthenticationManager manager, LocaleResolver locales,
			AccountRepository accounts) throws Exception {
		return http.authenticationManager(manager)
			.authorizeHttpRequests(a -> a
				.requestMatchers("/login", "/webjars/**", "/css/**", "/js/**", "/img/**", "/favicon.ico", "/error",
						"/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html")
				.permitAll()
				// residents without an account submit a request with a name and phone (CSRF still applies)
				.requestMatchers("/requests/new", "/requests/new/**").permitAll()
				// and follow it later with its number and that phone
				.requestMatchers("/requests/lookup").permitAll()
				// imports: the administrator, and county officers for their own county (checked in the module)
				.requestMatchers("/admin/imports", "/admin/imports/**").hasAnyRole("SYSTEM_ADMIN", "COUNTY_OFFICER")
				// the audit log: also community heads for their own subtree (scoped in the privacy module)
				.requestMatchers("/admin/audit").hasAuthority("VIEW_AUDIT")
				// the translation review: the administrator and county officers
				.requestMatchers("/admin/translations", "/admin/translations/**").hasAuthority("REVIEW_TRANSLATIONS")
				.requestMatchers("/admin/**").hasRole("SYSTEM_ADMIN")
				.anyRequest().authenticated())
			// one answer for every refusal: wrong password, unknown, locked or disabled account alike
			.formLogin(f -> f.loginPage("/login").failureUrl("/login?error")
				.successHandler(new PreferredLanguageOnSignIn(locales, accounts)).permitAll())
			.logout(l -> l.logoutSuccessUrl("/login?logout").deleteCookies("SESSION"))
			.exceptionHandling(e -> e.authenticationEntryPoint(new SignInAgain("/login")))
			.sessionManagement(s -> s.invalidSessionStrategy(new SignInAgain("/login?expired")))
			.headers(h -> headers(h, SecurityHeaders.PAGE_POLICY))
			.build();
	}

	/**
	 * Spring Security's defaults (nosniff, frame DENY, no caching of signed-in answers, HSTS on
	 * HTTPS, which behind a TLS proxy is told by its {@code X-Forwarded-Proto}) and the rest of
	 * {@link SecurityHeaders}.
	 */
	private static void headers(HeadersConfigurer<HttpSecurity> headers, String contentPolicy) {
		headers.contentSecurityPolicy(c -> c.policyDirectives(contentPolicy))
			.referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
			.addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", SecurityHeaders.PERMISSIONS_POLICY))
			.httpStrictTransportSecurity(h -> h.maxAgeInSeconds(31_536_000).includeSubDomains(true));
	}
}
