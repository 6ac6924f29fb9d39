package org.pomegranate.identity;

/**
 * What it takes to make an API token.
 *
 * @param name what the holder calls it (1 to 60 characters), to tell it apart in the list
 * @param days how long it is valid, 1 to {@value #MAX_DAYS}
 */
public record NewApiToken(String name, ApiTokenScope scope, int days) {

	public static final int MAX_DAYS = 365;
}
