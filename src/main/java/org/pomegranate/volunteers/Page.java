package org.pomegranate.volunteers;

import java.util.List;
import java.util.UUID;

/**
 * One page of a list with the id to continue after ({@code next}; {@code null} on the last page):
 * keyset paging, so a page costs the same however far down it lies.
 */
public record Page<T>(List<T> items, UUID next) {
}
