package org.pomegranate.integrity;

import java.time.Instant;
import java.util.List;

/** What a verify run checked and what it found. */
public record Report(Instant checkedAt, long entries, long chains, long anchors, List<Finding> findings) {

	/** Nothing found. */
	public boolean intact() {
		return findings.isEmpty();
	}
}
