package org.pomegranate.identity.internal;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.catalina.core.StandardHost;
import org.springframework.boot.tomcat.TomcatContextCustomizer;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.context.request.WebRequest;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Error answers that used to escape the application's headers and languages: Tomcat's own error
 * page ({@link TomcatErrorPage} takes its place before the server starts), and {@code /error}
 * asked for directly, which answered 500 with {@code {"status":999}} because no error had happened,
 * and Spring Boot's own error body, untranslated, for errors outside the API's handlers.
 */
@Configuration(proxyBeanMethods = false)
class ErrorAnswersConfiguration {

	@Bean
	TomcatContextCustomizer tomcatErrorPage() {
		return context -> {
			if (context.getParent() instanceof StandardHost host) {
				host.setErrorReportValveClass(TomcatErrorPage.class.getName());
			}
		};
	}

	/**
	 * Every error Spring Boot answers itself has the API's error shape ({@code status}, a translated
	 * {@code message}, {@code fieldErrors}), and no more (no path, no exception name).
	 */
	@Bean
	DefaultErrorAttributes errorAttributes(MessageSource messages) {
		return new DefaultErrorAttributes() {
			@Override
			public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
				Object code = super.getErrorAttributes(request, options).get("status");
				int status = code instanceof Integer i && i >= 400 && i <= 599 ? i : 500;
				String key = switch (status) {
					case 401 -> "error.unauthorized";
					case 403 -> "error.forbidden";
					case 404, 405 -> "error.notFound";
					default -> status >= 500 ? "error.server" : "error.badRequest";
				};
				Map<String, Object> body = new LinkedHashMap<>();
				body.put("status", status);
				body.put("message", messages.getMessage(key, null, key, LocaleContextHolder.getLocale()));
				body.put("fieldErrors", List.of());
				return body;
			}
		};
	}

	/** {@code /error} asked for as a page is not found; only an error forwards there (an ERROR dispatch). */
	@Bean
	FilterRegistrationBean<OncePerRequestFilter> directErrorRequests() {
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
					throws IOException {
				response.sendError(HttpServletResponse.SC_NOT_FOUND);
			}
		});
		registration.addUrlPatterns("/error", "/error/*");
		registration.setDispatcherTypes(DispatcherType.REQUEST);
		return registration;
	}
}
