package org.pomegranate.mediation;

/** What a dispute is about. Each type may have its own settling deadline. */
public enum CaseType {
	NEIGHBOURS, FAMILY, PROPERTY, LABOUR, LAND_GRASSLAND, CONSUMER, OTHER
}
