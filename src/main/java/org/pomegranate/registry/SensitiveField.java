package org.pomegranate.registry;

/** Fields that are encrypted at rest, masked when shown and revealed only with a logged reason. */
public enum SensitiveField {
	PHONE, ID_NUMBER, ETHNICITY
}
