package org.pomegranate.heritage.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import jakarta.servlet.http.HttpServletResponse;
import org.pomegranate.heritage.Heritage;
import org.pomegranate.heritage.HeritageModel.Category;
import org.pomegranate.heritage.HeritageModel.Level;
import org.pomegranate.heritage.HeritageModel.Project;
import org.pomegranate.heritage.HeritageModel.Site;
import org.pomegranate.heritage.HeritageModel.SiteKind;
import org.pomegranate.registry.Slice;
import org.pomegranate.shared.web.ExportHeaders;
import org.pomegranate.shared.web.TableExports;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The heritage register and the cultural sites on pages: filter, print, export. */
@Controller
class HeritagePageController {

	private final Heritage heritage;
	private final TableExports exports;
	private final ExportHeaders headers;
	private final MessageSource messages;

	HeritagePageController(Heritage heritage, TableExports exports, ExportHeaders headers, MessageSource messages) {
		this.heritage = heritage;
		this.exports = exports;
		this.headers = headers;
		this.messages = messages;
	}

	@GetMapping("/heritage")
	String projects(@RequestParam(required = false) Category category, @RequestParam(required = false) Level level,
			@RequestParam(required = false) String name, @RequestParam(required = false) UUID after, Model model) {
		model.addAttribute("projects", heritage.projects(category, level, name, after, 50));
		model.addAttribute("category", category);
		model.addAttribute("level", level);
		model.addAttribute("name", name);
		model.addAttribute("categories", Category.values());
		model.addAttribute("levels", Level.values());
		return "heritage/projects";
	}

	@GetMapping("/heritage/projects/{id}")
	String project(@PathVariable UUID id, Model model) {
		model.addAttribute("project", heritage.project(id));
		model.addAttribute("inheritors", heritage.inheritors(id, null, null, 100).items());
		model.addAttribute("outreach", heritage.outreach(id));
		return "heritage/project";
	}

	@GetMapping("/heritage/export")
	void exportProjects(@RequestParam(required = false) Category category, @RequestParam(required = false) Level level,
			@RequestParam(required = false) String name, @RequestParam(defaultValue = "xlsx") String format,
			HttpServletResponse response) throws IOException {
		List<Project> rows = all(after -> heritage.projects(category, level, name, after, 100));
		exports.send(TableExports.Format.of(format), "HERITAGE_PROJECT",
				headers.of("name", "category", "level", "region", "inheritors", "outreach"),
				rows.stream().<List<?>>map(p -> List.of(p.name(), word("heritage.category." + p.category()),
						word("heritage.level." + p.level()), p.region(), p.inheritors(), p.outreach())).iterator(),
				"category=" + category + " level=" + level + " name=" + name, response);
	}

	@GetMapping("/cultural-sites")
	String sites(@RequestParam(required = false) SiteKind kind, @RequestParam(required = false) UUID after,
			Model model) {
		model.addAttribute("sites", heritage.sites(kind, after, 50));
		model.addAttribute("kind", kind);
		model.addAttribute("kinds", SiteKind.values());
		return "heritage/sites";
	}

	@GetMapping("/cultural-sites/export")
	void exportSites(@RequestParam(required = false) SiteKind kind, @RequestParam(defaultValue = "xlsx") String format,
			HttpServletResponse response) throws IOException {
		List<Site> rows = all(after -> heritage.sites(kind, after, 100));
		exports.send(TableExports.Format.of(format), "CULTURAL_SITE",
				headers.of("name", "kind", "unit", "address", "offers", "openingHours"),
				rows.stream().<List<?>>map(s -> List.of(s.name(), word("site.kind." + s.kind()), s.unit(), s.address(),
						s.offers(), s.openingHours())).iterator(),
				"kind=" + kind, response);
	}

	private static <T> List<T> all(Function<UUID, Slice<T>> page) {
		List<T> rows = new ArrayList<>();
		UUID after = null;
		do {
			Slice<T> slice = page.apply(after);
			rows.addAll(slice.items());
			after = slice.next();
		}
		while (after != null && rows.size() < TableExports.MAX_ROWS);
		return rows;
	}

	private String word(String key) {
		return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
	}
}
