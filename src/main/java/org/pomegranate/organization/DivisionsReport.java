package org.pomegranate.organization;

import java.util.List;

/**
 * What loading a divisions file did: units created and rows already in the tree as given, or,
 * when any row is bad, nothing at all and every bad row with its line number.
 */
public record DivisionsReport(int created, int unchanged, List<DivisionsFile.LineError> errors) {

	public boolean loaded() {
		return errors.isEmpty();
	}
}
