package org.pomegranate.shared.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The page's own address with one query parameter changed, for pagers and the language switch:
 * the next page keeps the search, a new language keeps the page. Templates call
 * {@code ${here.with('page', 2)}}.
 */
public record CurrentUrl(String path, Map<String, String[]> query) {

	public String with(String name, Object value) {
		List<String> pairs = new ArrayList<>();
		query.forEach((key, values) -> {
			if (!key.equals(name)) {
				for (String v : values) {
					pairs.add(encode(key) + "=" + encode(v));
				}
			}
		});
		pairs.add(encode(name) + "=" + encode(String.valueOf(value)));
		return path + "?" + String.join("&", pairs);
	}

	/** This address without a parameter: a list's first page drops its cursor. */
	public String without(String name) {
		return new CurrentUrl(path, query.entrySet().stream()
			.filter(e -> !e.getKey().equals(name))
			.collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a,
					java.util.LinkedHashMap::new))).toString();
	}

	@Override
	public String toString() {
		List<String> pairs = new ArrayList<>();
		query.forEach((key, values) -> {
			for (String v : values) {
				pairs.add(encode(key) + "=" + encode(v));
			}
		});
		return pairs.isEmpty() ? path : path + "?" + String.join("&", pairs);
	}

	/**
	 * The export of this list in a format ({@code xlsx}, {@code csv}): the same filters under
	 * {@code <path>/export}, without the page number or cursor (an export takes every page) and without
	 * asking for an exact count.
	 */
	public String export(String format) {
		CurrentUrl list = new CurrentUrl(path + "/export", query.entrySet().stream()
			.filter(e -> !List.of("page", "after", "exact").contains(e.getKey()))
			.collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
		return list.with("format", format);
	}

	private static String encode(String s) {
		return URLEncoder.encode(s, StandardCharsets.UTF_8);
	}

	@ControllerAdvice(annotations = Controller.class)
	static class Advice {

		@ModelAttribute("here")
		CurrentUrl here(HttpServletRequest request) {
			// only a GET's parameters describe the page; a POST's are form fields
			Map<String, String[]> query = "GET".equals(request.getMethod()) ? request.getParameterMap() : Map.of();
			// on an error page the address is the page that failed, not /error
			Object failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
			return new CurrentUrl(failed != null ? failed.toString() : request.getRequestURI(), query);
		}
	}
}
