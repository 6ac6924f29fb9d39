package org.pomegranate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.microsoft.playwright.Page;

/**
 * axe-core run straight in the page: the source goes in once per document and only the serious and critical
 * violations come back.
 * <p>
 * Why not {@link AxeBuilder#analyze()}: it sends the 550 KB source twice per call, opens a second page to
 * finish each run, and ships every passing node back to Java; over a hundred pages that was most of the
 * accessibility sweep's five minutes. The rules and tags are axe-core's own, from the same jar.
 */
public final class Axe {

	private static final String SOURCE = source();

	private static final String RUN = """
			tags => axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] })
			  .then(r => r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
			    .map(v => '- ' + v.id + ' (' + v.impact + '): ' + v.help + '\\n' + v.nodes.slice(0, 5)
			      .map(n => '    ' + JSON.stringify(n.target) + '  ' + n.html).join('\\n')))""";

	private Axe() {
	}

	/** The serious and critical violations of the given axe-core tags on the page as it is now, one text each. */
	@SuppressWarnings("unchecked")
	public static List<String> seriousFindings(Page page, List<String> tags) {
		if (!Boolean.TRUE.equals(page.evaluate("() => typeof window.axe !== 'undefined'"))) {
			// evaluated, not added as a script tag: the application's CSP rightly refuses inline scripts
			page.evaluate("() => { " + SOURCE + "\n}");
		}
		return (List<String>) page.evaluate(RUN, tags);
	}

	private static String source() {
		try (InputStream in = AxeBuilder.class.getResourceAsStream("/axe.min.js")) {
			if (in == null) {
				throw new IllegalStateException("axe.min.js is not on the test class path (axe-core playwright jar)");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
