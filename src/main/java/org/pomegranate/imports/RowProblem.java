package org.pomegranate.imports;

/**
 * One problem of one row, translated for the reader.
 *
 * @param row    the row number as Excel shows it
 * @param column the column header, or empty for the row as a whole
 */
public record RowProblem(int row, String column, String message) {
}
