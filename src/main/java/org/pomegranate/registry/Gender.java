package org.pomegranate.registry;

public enum Gender {
	FEMALE, MALE
}
