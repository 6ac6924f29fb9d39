package org.pomegranate.identity.web;

/** Changing one's own password: the current one, the new one, and the new one again. */
record PasswordForm(String current, String password, String repeat) {

	static PasswordForm empty() {
		return new PasswordForm("", "", "");
	}

	/** Never shows passwords back on the page. */
	@Override
	public String toString() {
		return "PasswordForm[…]";
	}
}
