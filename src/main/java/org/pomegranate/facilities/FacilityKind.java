package org.pomegranate.facilities;

/** What a facility is. */
public enum FacilityKind {
	/** 民族服务中心: a county's or city's ethnic service centre. */
	SERVICE_CENTRE,
	/** 石榴籽家园: a community's pomegranate seed home. */
	SEED_HOME,
	/** A community hall or activity room of a community office. */
	COMMUNITY_HALL
}
