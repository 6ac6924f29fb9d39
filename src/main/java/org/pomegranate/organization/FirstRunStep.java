package org.pomegranate.organization;

/**
 * One step of bringing up a real prefecture, shown to the administrator on the home page as done
 * or not done, from what the database holds.
 *
 * @param order    place in the list
 * @param labelKey message key of what to do
 * @param href     where it is done
 * @param otherKey message key of another way to do it (an import), or {@code null}
 * @param otherHref where the other way is
 */
public record FirstRunStep(int order, String labelKey, String href, boolean done, String otherKey,
		String otherHref) {

	/** What a module adds to the first-run checklist. */
	public interface Contributor {

		java.util.List<FirstRunStep> steps();
	}
}
