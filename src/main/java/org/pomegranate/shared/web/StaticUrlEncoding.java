package org.pomegranate.shared.web;

import java.io.IOException;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * Links to static files under their content-versioned names ({@code pomegranate-<md5>.css}), as Spring's
 * {@link ResourceUrlEncodingFilter} does, but only for links that can be static files: those under
 * {@code /css}, {@code /js}, {@code /img} and {@code /webjars}.
 * <p>
 * Spring's filter asks the resource chain about every link a page writes, and the chain, which serves
 * {@code /**}, remembers only the files it found: a link to a page or a form ({@code /admin/accounts/<id>/unlock})
 * is looked for again in every static folder of the jar on every page. The account list, fifty rows of four
 * forms, spent most of its time there (about 1,000 jar look-ups per view). Declared as a
 * {@link ResourceUrlEncodingFilter} so that Spring Boot does not register its own beside it.
 */
@Component
class StaticUrlEncoding extends ResourceUrlEncodingFilter {

	/** The folders static files are served from (see {@code CachingHeaders}). */
	static final Pattern STATIC = Pattern.compile("^/(webjars|css|js|img)/.*");

	private final ObjectProvider<ResourceUrlProvider> urls;

	StaticUrlEncoding(ObjectProvider<ResourceUrlProvider> urls) {
		this.urls = urls;
	}

	@Override
	public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!(request instanceof HttpServletRequest http) || !(response instanceof HttpServletResponse answer)) {
			chain.doFilter(request, response);
			return;
		}
		chain.doFilter(request, new HttpServletResponseWrapper(answer) {
			@Override
			public String encodeURL(String url) {
				return super.encodeURL(versioned(http, url));
			}
		});
	}

	private String versioned(HttpServletRequest request, String url) {
		String context = request.getContextPath();
		if (!url.startsWith(context) || !STATIC.matcher(url.substring(context.length())).matches()) {
			return url;
		}
		ResourceUrlProvider provider = urls.getIfAvailable();
		String found = provider == null ? null : provider.getForRequestUrl(request, url);
		return found == null ? url : found;
	}
}
