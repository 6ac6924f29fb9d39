package org.pomegranate.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.pomegranate.Axe;
import org.pomegranate.BrowserJourney;
import org.pomegranate.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * axe-core over every page of the demo, in Chinese and in Mongolian (the vertical script), on a phone: no serious
 * or critical finding of WCAG 2.2 A/AA (target sizes included).
 * <p>
 * The pages are the application's own GET routes (from Spring's handler mapping, so a page another team adds is
 * checked without anyone listing it), less the API, the API description and files. Each page is read as the
 * first demo account, in the order of {@link #ROLES}, that gets it as a whole HTML page; a route with path
 * variables is filled with a link to it found on the pages read before (a list links to its records). A route
 * that is no page at all (an htmx fragment, a download) is left out by what it answers. A page route no demo
 * account reaches must be named in {@link #UNREACHED} with the reason, so that none is skipped silently.
 */
class EveryPageAccessibleBrowserTests extends BrowserJourney {

	/** The demo's accounts (and nobody signed in), in the order pages are tried: the first that gets it reads it. */
	private static final List<String> ROLES = List.of("", "head", "grid", "admin", "county", "street", "prefecture",
			"resident", "staff");

	private static final String DEMO_PASSWORD = "Haixi-2026";

	/** Routes that are no page of their own, by prefix. */
	private static final List<String> NOT_PAGES = List.of("/api/", "/v3/api-docs", "/swagger-ui", "/error",
			"/webjars/", "/actuator");

	/** Files to download, by the shape of their route: exports, reports, templates, attachments, evidence. */
	private static final Pattern DOWNLOAD = Pattern.compile(
			".*(/export|\\.json|\\.xlsx|\\.csv|/files/.*|/attachments/.*|/evidence/.*|/report|/templates/.*)$");

	/** Page routes that no demo account reaches by a link, with the reason; checked elsewhere or not a page. */
	private static final Map<String, String> UNREACHED = Map.of(
			"/org/manage/units/{id}/children", "an htmx fragment of the tree page (hx-get), checked inside that page",
			"/admin/imports/{id}", "the demo holds no import job; ImportJourneyBrowserTests runs axe on a job's page",
			"/facilities/{id}/photos/{photoId}", "a facility's photo: an image, not a page",
			"/safety/findings/{id}/photos/{photoId}", "a finding's photo: an image, not a page",
			"/my/activities/tickets/{signupId}/qr.png", "a ticket's QR code: an image, not a page",
			"/activities/{id}/photos/{photoId}", "a photo of an activity's report: an image, not a page",
			"/mediation/cases/{id}/agreement", "the print page of an agreement, for the case's mediator and heads "
					+ "(no demo login here is one); MediationJourneyBrowserTests opens and prints it",
			"/pairs/{id}", "a pair's page shows a household's members and is read by the pair's owner; not yet linked "
					+ "for the accounts tried here (PairingApiTests and PersonalDataAuditTests read it)");

	/** The areas whose first page is also read in Mongolian (by the path's first segment; "" is the start page). */
	private static final Set<String> MONGOLIAN_AREAS = Set.of("", "workbench", "my", "requests", "activities",
			"facilities", "evaluation", "residents", "mediation", "safety", "volunteers", "admin");

	private static String area(String route) {
		return (route + "/").split("/", -1)[1];
	}

	private static final Pattern HREF = Pattern.compile("href=\"(/[^\"#]*)(?:#[^\"]*)?\"");

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Test
	void everyPageOfTheDemoHasNoSeriousOrCriticalFindingInChineseAndMongolian() {
		Map<String, Visit> pages = findPages();
		assertThat(pages).as("pages found").hasSizeGreaterThan(20);

		List<String> problems = new ArrayList<>();
		for (String language : List.of("zh-CN", "mn")) {
			// every page in Chinese; in Mongolian, whose vertical headings and longer words change the layout,
			// the first page of each area people use most, so the whole build stays near fifteen minutes
			Set<String> areas = new HashSet<>();
			Map<String, List<Map.Entry<String, Visit>>> byRole = pages.entrySet().stream()
				.filter(e -> language.equals("zh-CN")
						|| MONGOLIAN_AREAS.contains(area(e.getKey())) && areas.add(area(e.getKey())))
				.collect(Collectors.groupingBy(e -> e.getValue().role(), LinkedHashMap::new, Collectors.toList()));
			byRole.forEach((role, visits) -> {
				Page page = newPage(390, 844, true);
				if (!role.isEmpty()) {
					signInAsDemo(page, role);
				}
				page.navigate(url("/?lang=" + language));
				for (Map.Entry<String, Visit> visit : visits) {
					page.navigate(url(visit.getValue().path()));
					problems.addAll(axe(page, visit.getKey() + " as " + (role.isEmpty() ? "nobody" : role) + " in "
							+ language + " (" + visit.getValue().path() + ")"));
				}
			});
		}
		assertThat(problems).as("serious or critical axe-core findings (WCAG 2.2 A/AA) on %d pages", pages.size())
			.isEmpty();
	}

	/** The sweep's own check can fail: a nameless button and an image without text are reported. */
	@Test
	void theCheckReportsWhatItShould() {
		Page page = newPage(390, 844, true);
		page.setContent("<html lang=\"zh\"><head><title>t</title></head><body><main><h1>t</h1>"
				+ "<img src=\"x.png\"><button></button></main></body></html>");
		assertThat(String.join("\n", Axe.seriousFindings(page, List.of("wcag2a", "wcag2aa"))))
			.contains("image-alt", "button-name");
	}

	/** Route pattern to the account and path that read it as a whole page. */
	private Map<String, Visit> findPages() {
		Set<String> routes = new TreeSet<>();
		// every GET route without variables: a link to /residents/export is no link to /residents/{id}
		Set<String> literal = new TreeSet<>();
		for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
			boolean get = info.getMethodsCondition().getMethods().isEmpty() || info.getMethodsCondition().getMethods()
				.stream().anyMatch(m -> m.name().equals("GET"));
			if (get) {
				info.getPatternValues().stream().filter(p -> !p.contains("{")).forEach(literal::add);
				info.getPatternValues().stream().filter(p -> NOT_PAGES.stream().noneMatch(p::startsWith))
					.filter(p -> !DOWNLOAD.matcher(p).matches()).forEach(routes::add);
			}
		}
		Map<String, WebSession> sessions = new LinkedHashMap<>();
		for (String role : ROLES) {
			WebSession session = new WebSession(port);
			if (!role.isEmpty()) {
				assertThat(WebSession.signedIn(session.openSignIn().signIn(role, DEMO_PASSWORD))).as(role).isTrue();
			}
			sessions.put(role, session);
		}
		Map<String, Visit> pages = new TreeMap<>();
		Map<String, Set<String>> links = new LinkedHashMap<>();
		ROLES.forEach(r -> links.put(r, new LinkedHashSet<>()));
		Set<String> notPages = new TreeSet<>();
		Map<String, List<String>> answers = new TreeMap<>();
		// routes without variables first, then those whose links the pages read show, until no more are found
		List<String> pending = new ArrayList<>(routes);
		boolean progress = true;
		while (progress && !pending.isEmpty()) {
			progress = false;
			for (String route : List.copyOf(pending)) {
				Pattern pattern = pattern(route);
				List<String> tried = new ArrayList<>();
				roles:
				for (String role : ROLES) {
					// the route itself, then links to it as the pages show them (with their query: a list's filter)
					List<String> candidates = new ArrayList<>();
					if (!route.contains("{")) {
						candidates.add(route);
					}
					links.get(role).stream().filter(l -> {
						String path = l.contains("?") ? l.substring(0, l.indexOf('?')) : l;
						return pattern.matcher(path).matches() && (!route.contains("{") || !literal.contains(path));
					}).limit(3).forEach(candidates::add);
					for (String path : candidates) {
						HttpResponse<String> answer = sessions.get(role).get(path);
						String type = answer.headers().firstValue("Content-Type").orElse("");
						String location = answer.headers().firstValue("Location").orElse("");
						tried.add((role.isEmpty() ? "nobody" : role) + " " + path + " " + answer.statusCode());
						boolean redirect = answer.statusCode() / 100 == 3 && !role.isEmpty() && !location.contains("/login");
						if (answer.statusCode() != 200 && !redirect) {
							continue;
						}
						boolean first = pending.remove(route);
						progress = true;
						if (redirect || !type.startsWith("text/html") || !answer.body().contains("<title")) {
							if (first) {
								notPages.add(route);
							}
							break roles;
						}
						if (first) {
							pages.put(route, new Visit(role, path));
						}
						Matcher m = HREF.matcher(answer.body());
						while (m.find()) {
							links.get(role).add(m.group(1).replace("&amp;", "&"));
						}
						// a list page is read by every account that may, for the links each of them sees
						if (route.contains("{")) {
							break roles;
						}
						continue roles;
					}
				}
				answers.put(route, tried);
			}
		}
		pending.removeAll(UNREACHED.keySet());
		assertThat(pending).as("page routes no demo account reached (give the demo a link to them, or name them in "
				+ "UNREACHED with the reason); tried: %s; not pages: %s",
				pending.stream().map(r -> r + " " + answers.get(r)).toList(), notPages).isEmpty();
		return pages;
	}

	private void signInAsDemo(Page page, String username) {
		page.navigate(url("/login?lang=zh-CN"));
		page.getByLabel("用户名").fill(username);
		page.getByLabel("密码").fill(DEMO_PASSWORD);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("登录")).click();
		page.waitForURL(url("/"));
	}

	private static List<String> axe(Page page, String what) {
		List<String> serious = Axe.seriousFindings(page,
				List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"));
		return serious.isEmpty() ? List.of() : List.of(what + ":\n" + String.join("\n", serious));
	}

	/** {@code /residents/{id}} as a pattern that matches {@code /residents/4f1c…}. */
	private static Pattern pattern(String route) {
		StringBuilder regex = new StringBuilder();
		Matcher variable = Pattern.compile("\\{[^}]+}").matcher(route);
		int last = 0;
		while (variable.find()) {
			regex.append(Pattern.quote(route.substring(last, variable.start()))).append("[^/]+");
			last = variable.end();
		}
		regex.append(Pattern.quote(route.substring(last)));
		return Pattern.compile(regex.toString());
	}

	private record Visit(String role, String path) {
	}
}
