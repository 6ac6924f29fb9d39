package org.pomegranate.registry;

/**
 * Self-declared, optional. Stored encrypted, shown only to its owner and on a logged reveal, and
 * counted only in aggregates with small cells suppressed. Never a filter on people.
 */
public enum Ethnicity {
	HAN, HUI, TIBETAN, MONGOL, TU, SALAR, OTHER
}
