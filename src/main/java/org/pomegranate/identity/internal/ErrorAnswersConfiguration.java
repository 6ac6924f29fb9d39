package org.pomegranate.identity.internal;

import java.io.IOException;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.catalina.core.StandardHost;
import org.springframework.boot.tomcat.TomcatContextCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Error answers that used to escape the application's headers and languages: Tomcat's own error
 * page ({@link TomcatErrorPage} takes its place before the server starts), and {@code /error}
 * asked for directly, which answered 500 with {@code {"status":999}} because no error had happened.
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
