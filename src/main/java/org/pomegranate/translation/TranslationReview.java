package org.pomegranate.translation;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.pomegranate.identity.CurrentUser;
import org.pomegranate.identity.IdentityManagement;
import org.pomegranate.identity.Permission;
import org.pomegranate.privacy.AuditAction;
import org.pomegranate.privacy.AuditLog;
import org.pomegranate.shared.web.ControlCharacters;
import org.pomegranate.shared.web.InvalidInputException;
import org.pomegranate.translation.internal.Bundles;
import org.pomegranate.translation.internal.ReviewRepository;
import org.pomegranate.translation.internal.ReviewedTexts;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The community's review of the machine-drafted Tibetan and Mongolian texts: list them by state, correct one, or
 * confirm the draft as it stands. Every correction and confirmation is audited and shows at once on every page.
 */
@Service
public class TranslationReview {

	/** The languages whose texts are machine-drafted and reviewed here. */
	public static final List<String> LANGUAGES = List.of("bo", "mn");

	/** The audit's subject of a correction or confirmation. */
	public static final String SUBJECT = "TRANSLATION";

	static final int MAX_LENGTH = 2000;
	private static final int MAX_QUERY = 100;
	private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[,}]");

	private final ReviewRepository reviews;
	private final ReviewedTexts reviewed;
	private final IdentityManagement identity;
	private final AuditLog audit;
	private final Clock clock;

	TranslationReview(ReviewRepository reviews, ReviewedTexts reviewed, IdentityManagement identity, AuditLog audit,
			Clock clock) {
		this.reviews = reviews;
		this.reviewed = reviewed;
		this.identity = identity;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * A page of the language's texts in key order after the cursor, those in {@code state} only (any state when
	 * {@code null}), whose key, Chinese or current text holds {@code query} (any when blank).
	 */
	@Transactional(readOnly = true)
	public TranslationPage list(String language, ReviewState state, String query, String after, int size) {
		identity.require(Permission.REVIEW_TRANSLATIONS);
		String lang = checkedLanguage(language);
		String needle = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
		if (needle.length() > MAX_QUERY) {
			throw new InvalidInputException("q", "error.tooLong");
		}
		int limit = Math.min(Math.max(size, 1), 100);
		Map<String, ReviewRepository.Review> done = reviews.all(lang);
		SortedMap<String, String> chinese = Bundles.of("zh");
		SortedMap<String, String> drafts = Bundles.of(lang);
		List<TranslationEntry> entries = new ArrayList<>();
		String nextAfter = null;
		for (String key : (after == null || after.isEmpty() ? chinese : chinese.tailMap(after + "\0")).keySet()) {
			TranslationEntry entry = entry(key, chinese.get(key), drafts.get(key), done.get(key));
			if ((state != null && entry.state() != state) || !matches(entry, needle)) {
				continue;
			}
			if (entries.size() == limit) {
				nextAfter = entries.get(limit - 1).key();
				break;
			}
			entries.add(entry);
		}
		int reviewedCount = (int) done.keySet().stream().filter(chinese::containsKey).count();
		return new TranslationPage(List.copyOf(entries), nextAfter, chinese.size() - reviewedCount, reviewedCount);
	}

	/**
	 * A reviewer's own text for a key: it replaces the machine draft on every page. It must carry the same
	 * {@code {0}}-style arguments as the Chinese text, or a number or name would drop out of the sentence.
	 */
	@Transactional
	public void correct(String language, String key, String text) {
		CurrentUser user = identity.require(Permission.REVIEW_TRANSLATIONS);
		String lang = checkedLanguage(language);
		String chinese = checkedKey(key);
		String clean = text == null ? "" : text.strip();
		if (clean.isEmpty()) {
			throw new InvalidInputException("text", "error.required");
		}
		if (clean.length() > MAX_LENGTH) {
			throw new InvalidInputException("text", "error.tooLong");
		}
		if (ControlCharacters.present(clean)) {
			throw new InvalidInputException("text", ControlCharacters.MESSAGE);
		}
		if (!placeholders(clean).equals(placeholders(chinese)) || !formats(clean)) {
			throw new InvalidInputException("text", "error.translation.placeholders");
		}
		reviews.save(lang, key, clean, user.username(), clock.instant());
		audit.record(AuditAction.UPDATE, SUBJECT, null, null, lang + " " + key, null);
		reviewed.changed();
	}

	/** A reviewer read the machine draft and keeps it as it stands. */
	@Transactional
	public void confirm(String language, String key) {
		CurrentUser user = identity.require(Permission.REVIEW_TRANSLATIONS);
		String lang = checkedLanguage(language);
		checkedKey(key);
		reviews.save(lang, key, null, user.username(), clock.instant());
		audit.record(AuditAction.UPDATE, SUBJECT, null, null, lang + " " + key + " confirmed", null);
		reviewed.changed();
	}

	private static TranslationEntry entry(String key, String chinese, String draft, ReviewRepository.Review review) {
		if (review == null) {
			return new TranslationEntry(key, chinese, draft == null ? chinese : draft, false, null, null);
		}
		boolean corrected = review.text() != null;
		return new TranslationEntry(key, chinese, corrected ? review.text() : (draft == null ? chinese : draft),
				corrected, review.reviewedBy(), review.reviewedAt());
	}

	private static boolean matches(TranslationEntry entry, String needle) {
		return needle.isEmpty() || entry.key().toLowerCase(Locale.ROOT).contains(needle)
				|| entry.chinese().toLowerCase(Locale.ROOT).contains(needle)
				|| entry.text().toLowerCase(Locale.ROOT).contains(needle);
	}

	private static String checkedLanguage(String language) {
		if (language == null || !LANGUAGES.contains(language)) {
			throw new InvalidInputException("language", "error.translation.language");
		}
		return language;
	}

	private static String checkedKey(String key) {
		String chinese = key == null ? null : Bundles.of("zh").get(key);
		if (chinese == null) {
			throw new InvalidInputException("key", "error.translation.key");
		}
		return chinese;
	}

	private static Set<String> placeholders(String text) {
		Set<String> found = new TreeSet<>();
		Matcher m = PLACEHOLDER.matcher(text);
		while (m.find()) {
			found.add(m.group(1));
		}
		return found;
	}

	/** Whether a text with arguments is a valid message pattern (an unbalanced brace would break the page). */
	private static boolean formats(String text) {
		try {
			new java.text.MessageFormat(text);
			return true;
		}
		catch (IllegalArgumentException e) {
			return false;
		}
	}
}
