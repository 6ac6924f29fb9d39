package org.pomegranate.shared.web;

/**
 * A well-formed request that the rules do not allow now: resolving a closed request, rating twice,
 * reopening too late. Answers 409 with the message of {@link #messageKey()}.
 */
public class RuleViolationException extends RuntimeException {

	private final String messageKey;

	public RuleViolationException(String messageKey) {
		super(messageKey);
		this.messageKey = messageKey;
	}

	public String messageKey() {
		return messageKey;
	}
}
