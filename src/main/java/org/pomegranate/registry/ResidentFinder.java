package org.pomegranate.registry;

import java.util.List;
import java.util.Objects;

import org.pomegranate.identity.IdentityManagement;
import org.pomegranate.identity.Permission;
import org.pomegranate.privacy.AuditLog;
import org.pomegranate.registry.internal.ResidentCursor;
import org.pomegranate.registry.internal.ResidentSealer;
import org.pomegranate.registry.internal.ResidentSearchRepository;
import org.pomegranate.registry.internal.ResidentSearchRepository.Criteria;
import org.pomegranate.shared.web.ControlCharacters;
import org.pomegranate.shared.web.InvalidInputException;
import org.pomegranate.shared.web.PageOf;
import org.pomegranate.shared.web.Total;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How staff find residents within their scope: by part of the name (two characters are enough for
 * a Chinese, Tibetan or Mongolian name; one character finds the names beginning with it), the last
 * four digits of the phone, or part of the address. Pages follow each other by an opaque cursor in
 * name order, so the hundredth page costs what the first does; the matches are counted only when
 * they fit on the first page or when the exact figure is asked for. Every search is audited with
 * the residents it showed.
 */
@Service
@Transactional
public class ResidentFinder {

	/** The longest name or address part searched for (a name is at most 50 characters). */
	public static final int MAX_QUERY = 50;

	private final ResidentSearchRepository search;
	private final ResidentSealer sealer;
	private final IdentityManagement identity;
	private final AuditLog audit;

	ResidentFinder(ResidentSearchRepository search, ResidentSealer sealer, IdentityManagement identity, AuditLog audit) {
		this.search = search;
		this.sealer = sealer;
		this.identity = identity;
		this.audit = audit;
	}

	/**
	 * A page of residents in the caller's scope matching the search, after the cursor {@code after}
	 * ({@code null}: the first page). The first page also says how many match: exactly when they
	 * all fit on it or when {@code exactCount}, else "more than" the page.
	 */
	public ResidentPage find(ResidentSearch query, String after, int size, boolean exactCount) {
		var scope = identity.scopeOf(identity.require(Permission.VIEW_RESIDENTS)).asArray();
		String name = checked("name", query.name());
		String address = checked("address", query.address());
		String suffix = blankToNull(query.phoneSuffix());
		if (suffix != null && !suffix.matches("\\d{4}")) {
			throw new InvalidInputException("phoneSuffix", "error.phoneSuffix");
		}
		ResidentCursor cursor = ResidentCursor.decode(after);
		Criteria criteria = search.criteria(name, suffix == null ? null : sealer.phoneSuffixHash(suffix), address,
				query.includeEnded());
		int limit = PageOf.clampSize(size);
		List<ResidentSummary> found = criteria.matchesNothing() ? List.of()
				: search.page(scope, criteria, cursor, limit + 1);
		List<ResidentSummary> shown = found.size() > limit ? List.copyOf(found.subList(0, limit)) : found;
		String next = found.size() > limit ? cursorAfter(shown.get(limit - 1)) : null;
		Total total = null;
		if (cursor == null) {
			// counting every match of a frequent name costs far more than finding a page of it, so
			// the first page says "more than <page size>" and the exact figure is a separate request
			total = next == null ? Total.exact(shown.size())
					: exactCount ? Total.exact(search.count(scope, criteria, 0)) : Total.moreThan(shown.size());
		}
		audit.recordSearch(RegistryManagement.RESIDENT, shown.stream().map(ResidentSummary::id).toList(),
				describe(query, total));
		return new ResidentPage(shown, next, total);
	}

	private static String cursorAfter(ResidentSummary last) {
		return new ResidentCursor(last.name(), last.id()).encode();
	}

	/** A name or address part: trimmed, at most {@value #MAX_QUERY} characters, no control characters. */
	private static String checked(String field, String typed) {
		String s = blankToNull(typed);
		if (s != null && s.codePointCount(0, s.length()) > MAX_QUERY) {
			throw new InvalidInputException(field, "error.search.tooLong");
		}
		if (ControlCharacters.present(s)) {
			throw new InvalidInputException(field, ControlCharacters.MESSAGE);
		}
		return s;
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.trim();
	}

	/** What the audit keeps of a search: the phone digits never. */
	private static String describe(ResidentSearch s, Total total) {
		return "name=" + Objects.toString(blankToNull(s.name()), "") + " phone=" + (s.phoneSuffix() == null ? "" : "****")
				+ " address=" + Objects.toString(blankToNull(s.address()), "")
				+ (total == null ? "" : " found=" + (total.isExact() ? "" : ">") + total.value());
	}
}
