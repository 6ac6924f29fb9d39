package org.pomegranate.shared.web;

import java.util.List;

import org.springframework.context.MessageSourceResolvable;

/**
 * A well-formed request that the rules do not allow now: resolving a closed request, rating twice,
 * reopening too late. Answers 409 with the message of {@link #messageKey()}.
 */
public class RuleViolationException extends RuntimeException {

	private final String messageKey;
	private final List<? extends MessageSourceResolvable> details;

	public RuleViolationException(String messageKey) {
		this(messageKey, List.of());
	}

	/**
	 * @param details what stands in the way (say, "3 open requests"), translated at the edge and
	 *                joined into the message's argument {@code {0}}
	 */
	public RuleViolationException(String messageKey, List<? extends MessageSourceResolvable> details) {
		super(messageKey);
		this.messageKey = messageKey;
		this.details = List.copyOf(details);
	}

	public String messageKey() {
		return messageKey;
	}

	public List<? extends MessageSourceResolvable> details() {
		return details;
	}

	/** The arguments for {@link #messageKey()}: the details translated and joined. */
	public Object[] messageArguments(org.springframework.context.MessageSource messages, java.util.Locale locale) {
		return new Object[] { String.join("; ",
				details.stream().map(d -> messages.getMessage(d, locale)).toList()) };
	}
}
