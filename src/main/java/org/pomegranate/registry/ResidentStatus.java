package org.pomegranate.registry;

public enum ResidentStatus {
	ACTIVE, MOVED_AWAY, DECEASED
}
