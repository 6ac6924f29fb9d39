package org.pomegranate.organization;

/**
 * A unit's names: Chinese required, English, Tibetan and Mongolian optional ({@code null} or
 * blank when not given).
 */
public record UnitNames(String zh, String en, String bo, String mn) {

	public static UnitNames of(String zh, String en) {
		return new UnitNames(zh, en, null, null);
	}
}
