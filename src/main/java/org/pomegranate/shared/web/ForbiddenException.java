package org.pomegranate.shared.web;

/** The caller is known but lacks the permission for this act. Answers 403. */
public class ForbiddenException extends RuntimeException {

	public ForbiddenException(String what) {
		super(what);
	}
}
