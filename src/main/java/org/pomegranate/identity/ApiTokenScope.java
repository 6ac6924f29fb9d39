package org.pomegranate.identity;

/** What an API token may do: {@link #READ} only reads (GET), {@link #ACT} also changes things. */
public enum ApiTokenScope {
	READ, ACT;

	/** Whether a call with this HTTP method is within the scope. */
	public boolean allows(String httpMethod) {
		return this == ACT || "GET".equals(httpMethod) || "HEAD".equals(httpMethod) || "OPTIONS".equals(httpMethod);
	}
}
