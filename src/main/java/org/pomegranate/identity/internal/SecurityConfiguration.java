package org.pomegranate.identity.internal;

import static org.springframework.security.config.Customizer.withDefaults;

import java.time.Clock;
import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.pomegranate.shared.web.ApiErrorWriter;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;

/**
 * Three chains: the JSON API authenticates every call with HTTP Basic and keeps no session;
 * actuator endpoints likewise (health is open); pages use form login with CSRF protection.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	/** BCrypt, with recent matches remembered so that HTTP Basic API clients do not pay for it on every call. */
	@Bean
	PasswordEncoder passwordEncoder(Clock clock) {
		return new RecentlyVerifiedPasswords(new BCryptPasswordEncoder(), clock);
	}

	@Bean
	@Order(1)
	SecurityFilterChain apiChain(HttpSecurity http, ApiErrorWriter errors) throws Exception {
		AuthenticationEntryPoint unauthorized = (request, response, e) -> {
			response.setHeader("WWW-Authenticate", "Basic realm=\"Pomegranate\"");
			errors.write(request, response, 401, e instanceof LockedException ? "login.locked" : "error.unauthorized");
		};
		return http.securityMatcher("/api/**")
			.authorizeHttpRequests(a -> a.anyRequest().authenticated())
			.httpBasic(b -> b.authenticationEntryPoint(unauthorized))
			.exceptionHandling(e -> e.authenticationEntryPoint(unauthorized)
				.accessDeniedHandler((request, response, denied) -> errors.write(request, response, 403, "error.forbidden")))
			.csrf(c -> c.disable())
			.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain actuatorChain(HttpSecurity http) throws Exception {
		return http.securityMatcher("/actuator/**")
			.authorizeHttpRequests(a -> a.requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
				.anyRequest().hasRole("SYSTEM_ADMIN"))
			.httpBasic(withDefaults())
			.csrf(c -> c.disable())
			.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.build();
	}

	@Bean
	@Order(3)
	SecurityFilterChain pageChain(HttpSecurity http) throws Exception {
		ExceptionMappingAuthenticationFailureHandler failure = new ExceptionMappingAuthenticationFailureHandler();
		failure.setDefaultFailureUrl("/login?error");
		failure.setExceptionMappings(Map.of(LockedException.class.getName(), "/login?locked"));
		return http
			.authorizeHttpRequests(a -> a
				.requestMatchers("/login", "/webjars/**", "/css/**", "/js/**", "/img/**", "/favicon.ico", "/error",
						"/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html")
				.permitAll()
				// residents without an account submit a request with a name and phone (CSRF still applies)
				.requestMatchers("/requests/new", "/requests/new/**").permitAll()
				// imports: the administrator, and county officers for their own county (checked in the module)
				.requestMatchers("/admin/imports", "/admin/imports/**").hasAnyRole("SYSTEM_ADMIN", "COUNTY_OFFICER")
				.requestMatchers("/admin/**").hasRole("SYSTEM_ADMIN")
				.anyRequest().authenticated())
			.formLogin(f -> f.loginPage("/login").failureHandler(failure).defaultSuccessUrl("/", true).permitAll())
			.logout(l -> l.logoutSuccessUrl("/login?logout").deleteCookies("JSESSIONID"))
			.exceptionHandling(e -> e.authenticationEntryPoint(new SignInAgain("/login")))
			.sessionManagement(s -> s.invalidSessionStrategy(new SignInAgain("/login?expired")))
			.headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(
					"default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'")))
			.build();
	}
}
