package org.pomegranate.registry;

/** What a newcomer, of their own choice, asked for help with. */
public enum NewcomerNeed {
	WORK, SCHOOLING, BUSINESS, RIGHTS
}
