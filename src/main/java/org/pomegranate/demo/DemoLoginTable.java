package org.pomegranate.demo;

import java.util.List;

/** The demo logins as a Markdown table: readable in the log and pasteable into the README. */
final class DemoLoginTable {

	static final List<String> HEADERS = List.of("username", "role", "unit", "name", "languages", "API token");

	private DemoLoginTable() {
	}

	static String markdown(List<List<String>> rows) {
		StringBuilder out = new StringBuilder();
		line(out, HEADERS);
		out.append("|---".repeat(HEADERS.size())).append("|\n");
		rows.forEach(row -> line(out, row));
		return out.toString();
	}

	private static void line(StringBuilder out, List<String> cells) {
		out.append("| ");
		out.append(String.join(" | ", cells.stream().map(c -> c.replace("|", "\\|")).toList()));
		out.append(" |\n");
	}
}
