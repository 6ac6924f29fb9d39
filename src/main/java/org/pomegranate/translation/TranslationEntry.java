package org.pomegranate.translation;

import java.time.Instant;

/**
 * One text of the interface in Tibetan or Mongolian as the reviewers see it.
 *
 * @param chinese    the Chinese text, which every translation renders
 * @param text       the text pages show now: the reviewer's, or the bundle's machine draft
 * @param corrected  whether a reviewer wrote {@code text} (rather than confirming the draft)
 * @param reviewedBy the reviewer's username, {@code null} while machine-drafted
 */
public record TranslationEntry(String key, String chinese, String text, boolean corrected, String reviewedBy,
		Instant reviewedAt) {

	public ReviewState state() {
		return reviewedBy == null ? ReviewState.MACHINE_DRAFTED : ReviewState.REVIEWED;
	}
}
