package org.pomegranate.activities;

/** What sort of gathering an activity is. */
public enum ActivityKind {
	/** Spring Festival, Mid-Autumn, Naadam and the other festivals of the calendar. */
	TRADITIONAL_FESTIVAL,
	/** Mass cultural events: evenings, performances, exhibitions. */
	MASS_CULTURAL,
	LEGAL_EDUCATION,
	/** Intangible heritage into homes and schools — 非遗进家庭、进校园. */
	HERITAGE_OUTREACH,
	/** Themed unity activities: 手拉手, 心连心, 结对子. */
	THEMED_UNITY,
	VOLUNTEER_SERVICE,
	SPORTS,
	OTHER
}
