package org.pomegranate.shared.web;

/**
 * A record that does not exist or lies outside the caller's scope. Both answer 404 so that a
 * scope boundary never tells whether something exists on the other side.
 */
public class NotFoundException extends RuntimeException {

	public NotFoundException(String what) {
		super(what + " not found");
	}
}
