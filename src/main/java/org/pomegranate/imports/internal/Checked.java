package org.pomegranate.imports.internal;

import java.util.List;

/**
 * A row after its checks.
 *
 * @param dedupeKey what makes two rows the same record; {@code null} when nothing does
 */
record Checked(List<Problem> problems, String dedupeKey) {
}
