package org.pomegranate.servicedesk.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.pomegranate.identity.IdentityManagement;
import org.pomegranate.identity.Permission;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.DigestUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

import tools.jackson.databind.json.JsonMapper;

/**
 * The workbench as an installable app: its web app manifest (in the caller's language) and its
 * service worker, which keeps the static shell only. Both are served from here, under
 * {@code /workbench}, so that the worker's scope is the workbench and nothing else.
 */
@RestController
class WorkbenchAppController {

	/** The static files a workbench page loads: what the worker keeps for opening with no signal. */
	static final List<String> SHELL = List.of("/webjars/bootstrap/dist/css/bootstrap.min.css",
			"/webjars/htmx.org/dist/htmx.min.js", "/css/pomegranate.css", "/css/workbench.css", "/js/workbench.js",
			"/img/pomegranate.svg", "/img/icons/icon-192.png");

	private final ResourceUrlProvider urls;
	private final MessageSource messages;
	private final IdentityManagement identity;
	private final JsonMapper json;
	private final String workerSource;

	WorkbenchAppController(ResourceUrlProvider urls, MessageSource messages, IdentityManagement identity,
			JsonMapper json) {
		this.urls = urls;
		this.messages = messages;
		this.identity = identity;
		this.json = json;
		try {
			this.workerSource = new ClassPathResource("servicedesk/workbench-sw.js").getContentAsString(StandardCharsets.UTF_8);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	@GetMapping(value = "/workbench/manifest.webmanifest", produces = "application/manifest+json")
	ResponseEntity<String> manifest() {
		identity.require(Permission.VIEW_REQUESTS);
		Locale locale = LocaleContextHolder.getLocale();
		Map<String, Object> manifest = new LinkedHashMap<>();
		manifest.put("name", messages.getMessage("workbench.app.name", null, locale));
		manifest.put("short_name", messages.getMessage("app.name", null, locale));
		manifest.put("lang", locale.toLanguageTag());
		manifest.put("start_url", "/workbench");
		manifest.put("scope", "/workbench");
		manifest.put("display", "standalone");
		manifest.put("orientation", "portrait");
		manifest.put("background_color", "#fdf6f0");
		manifest.put("theme_color", "#b03a2e");
		manifest.put("icons", List.of(icon("/img/icons/icon-192.png", "192x192"), icon("/img/icons/icon-512.png", "512x512")));
		// nothing personal in it: it may be kept, but asked again so a new language or icon shows
		return ResponseEntity.ok().header("Cache-Control", "no-cache").body(json.writeValueAsString(manifest));
	}

	/** The service worker, with the versioned addresses of the shell it keeps. */
	@GetMapping(value = "/workbench/sw.js", produces = "text/javascript")
	ResponseEntity<String> serviceWorker() {
		identity.require(Permission.VIEW_REQUESTS);
		List<String> shell = SHELL.stream().map(this::versioned).toList();
		String list = json.writeValueAsString(shell);
		String script = workerSource.replace("/*SHELL*/[]", list)
			.replace("/*VERSION*/", DigestUtils.md5DigestAsHex(list.getBytes(StandardCharsets.UTF_8)).substring(0, 12));
		return ResponseEntity.ok().header("Cache-Control", "no-cache").header("Service-Worker-Allowed", "/workbench")
			.contentType(MediaType.parseMediaType("text/javascript;charset=UTF-8")).body(script);
	}

	private Map<String, String> icon(String path, String sizes) {
		return Map.of("src", versioned(path), "sizes", sizes, "type", "image/png", "purpose", "any maskable");
	}

	private String versioned(String path) {
		return Objects.requireNonNullElse(urls.getForLookupPath(path), path);
	}
}
