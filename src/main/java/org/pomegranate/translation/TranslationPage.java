package org.pomegranate.translation;

import java.util.List;

/**
 * One page of texts in key order.
 *
 * @param nextAfter the cursor of the next page (the last key shown), {@code null} on the last page
 * @param machine   how many texts of the language are still machine-drafted, {@code reviewed} how many are not
 */
public record TranslationPage(List<TranslationEntry> entries, String nextAfter, int machine, int reviewed) {
}
