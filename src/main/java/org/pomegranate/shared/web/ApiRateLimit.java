package org.pomegranate.shared.web;

import java.time.Duration;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.pomegranate.shared.RateLimiter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The JSON API per account: a generous number of calls per window, so a runaway script cannot starve
 * the desk, counted after authentication (the account is known) and answered as a translated 429
 * with {@code Retry-After} by the API's error handler.
 */
@Configuration(proxyBeanMethods = false)
class ApiRateLimit implements WebMvcConfigurer {

	private final RateLimiter limiter;
	private final int perAccount;
	private final Duration window;

	ApiRateLimit(RateLimiter limiter, @Value("${pomegranate.rate-limit.api.per-account:600}") int perAccount,
			@Value("${pomegranate.rate-limit.api.window:PT1M}") Duration window) {
		this.limiter = limiter;
		this.perAccount = perAccount;
		this.window = window;
	}

	static String key(String username) {
		return "api:account:" + username;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new HandlerInterceptor() {

			@Override
			public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
				Authentication who = SecurityContextHolder.getContext().getAuthentication();
				if (who != null && who.isAuthenticated() && !"anonymousUser".equals(who.getName())) {
					// said on every answer, refused or not, so a client can pace itself
					response.setHeader("RateLimit-Limit", String.valueOf(perAccount));
					response.setHeader("RateLimit-Reset", String.valueOf(limiter.retryAfter(window).toSeconds()));
					limiter.acquire(key(who.getName()), perAccount, window);
				}
				return true;
			}
		}).addPathPatterns("/api/**");
	}
}
