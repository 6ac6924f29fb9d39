package org.pomegranate.imports.internal;

/** The whole file is refused: a message key and one argument for it. Nothing of it is written. */
public class FileProblem extends Exception {

	private final String key;
	private final String arg;

	public FileProblem(String key, String arg) {
		super(key + " " + arg);
		this.key = key;
		this.arg = arg;
	}

	public String key() {
		return key;
	}

	public String arg() {
		return arg;
	}
}
