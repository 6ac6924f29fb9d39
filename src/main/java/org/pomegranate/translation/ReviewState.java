package org.pomegranate.translation;

/** Where a Tibetan or Mongolian text stands: as machine-drafted, or read (and perhaps corrected) by a reviewer. */
public enum ReviewState {
	MACHINE_DRAFTED, REVIEWED
}
