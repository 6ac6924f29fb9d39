package org.pomegranate.servicedesk;

import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Waits for what a listener does after an act commits (in a transaction of its own, on another
 * thread): reads until the answer satisfies the test, for at most ten seconds.
 */
public final class Eventually {

	private Eventually() {
	}

	public static <T> T until(Supplier<T> read, Predicate<T> done) {
		T value = read.get();
		for (int i = 0; i < 400 && !done.test(value); i++) {
			try {
				Thread.sleep(25);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				break;
			}
			value = read.get();
		}
		return value;
	}
}
