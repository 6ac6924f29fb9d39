package org.pomegranate.activities;

/**
 * The festivals of the calendar and how each one's date is found. Lunar dates come from ICU4J's
 * Chinese calendar and Qingming from the sun's longitude, for any year; festivals whose date the
 * prefecture or county office fixes each year carry only their usual timing until the office sets
 * the year's date (see {@code docs/community-life.md}).
 */
public enum Festival {

	SPRING_FESTIVAL(Rule.LUNAR, 1, 1),
	LANTERN_FESTIVAL(Rule.LUNAR, 1, 15),
	/** 清明: the day the sun's apparent longitude reaches 15°, in Beijing time. */
	QINGMING(Rule.SOLAR_TERM, 15, 0),
	DRAGON_BOAT(Rule.LUNAR, 5, 5),
	MID_AUTUMN(Rule.LUNAR, 8, 15),
	DOUBLE_NINTH(Rule.LUNAR, 9, 9),
	/**
	 * Tibetan New Year — ལོ་གསར: the Phugpa calendar often puts it on the day of the Spring Festival or
	 * one lunar month later, with no rule simple enough to compute here, so the office sets it.
	 */
	LOSAR(Rule.OFFICE_SET, 0, 0),
	/** 柴达木之夏: the prefecture's summer culture and tourism festival, usually July–August. */
	CHAIDAMU_SUMMER(Rule.OFFICE_SET, 0, 0),
	/** 那达慕: the Mongolian summer festival, usually July–August, set by the county each year. */
	NAADAM(Rule.OFFICE_SET, 0, 0),
	/** 智阁鲁如: a local festival whose date the office sets each year. */
	ZHIGE_LURU(Rule.OFFICE_SET, 0, 0),
	/** 花儿会: folk-song gatherings around the 6th lunar month; shown on 6/6 until the office sets the day. */
	HUAER(Rule.LUNAR_USUAL, 6, 6);

	/** How the date is found. */
	public enum Rule {
		/** A fixed day of the Chinese lunar calendar. */
		LUNAR,
		/** A solar term: the day the sun reaches a longitude — {@code month} holds the degrees. */
		SOLAR_TERM,
		/** A lunar day that is only the usual timing: the office may set another. */
		LUNAR_USUAL,
		/** No computed date: the office sets it each year. */
		OFFICE_SET
	}

	private final Rule rule;
	private final int month;
	private final int day;

	Festival(Rule rule, int month, int day) {
		this.rule = rule;
		this.month = month;
		this.day = day;
	}

	public Rule rule() {
		return rule;
	}

	/** The lunar month, or the solar longitude in degrees for a solar term. */
	public int month() {
		return month;
	}

	public int day() {
		return day;
	}

	/** Whether the office may set — or has to set the year's date. */
	public boolean officeMaySet() {
		return rule == Rule.OFFICE_SET || rule == Rule.LUNAR_USUAL;
	}

	/** The message key of its name; {@code .timing} after it is its usual timing. */
	public String messageKey() {
		return "festival." + name();
	}

	/** The activity kind an activity planned from this festival starts with. */
	public ActivityKind activityKind() {
		return ActivityKind.TRADITIONAL_FESTIVAL;
	}
}
