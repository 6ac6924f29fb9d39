package org.pomegranate.imports.internal;

import java.util.List;

/**
 * What the reader learnt of a sheet besides its rows.
 *
 * @param merged        merged ranges (such as {@code A5:A7}) of the sheet
 * @param stoppedAtRow  the row where a long run of blank rows ended the reading, or 0
 */
public record SheetFacts(List<String> merged, int stoppedAtRow) {
}
