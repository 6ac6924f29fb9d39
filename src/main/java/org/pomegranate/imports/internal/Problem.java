package org.pomegranate.imports.internal;

/**
 * One problem of a row, untranslated.
 *
 * @param column the column's Chinese header, or empty for the row as a whole
 * @param key    message key
 * @param arg    the message's argument, or empty
 */
public record Problem(String column, String key, String arg) {
}
