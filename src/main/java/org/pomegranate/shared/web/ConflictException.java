package org.pomegranate.shared.web;

/**
 * Someone else changed the record since the caller read it. Answers 409, so that nobody's edit
 * silently overwrites another's.
 */
public class ConflictException extends RuntimeException {

	public ConflictException(String what) {
		super(what + " was changed by someone else");
	}
}
