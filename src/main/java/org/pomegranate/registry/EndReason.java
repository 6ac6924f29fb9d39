package org.pomegranate.registry;

/** Why a residence ended. The record stays; only its status changes. */
public enum EndReason {
	MOVED_AWAY, DECEASED
}
