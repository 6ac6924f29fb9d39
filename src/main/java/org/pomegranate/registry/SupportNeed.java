package org.pomegranate.registry;

/** Situations in which a resident may want the community to keep an eye out for them. */
public enum SupportNeed {
	ELDERLY_ALONE, DISABILITY, SUBSISTENCE_ALLOWANCE, SERIOUS_ILLNESS, LEFT_BEHIND_CHILD, VETERAN_FAMILY
}
