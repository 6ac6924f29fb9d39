package org.pomegranate.registry;

import java.util.List;
import java.util.UUID;

/**
 * One page of a list in name order, with the id to continue after ({@code next}, {@code null} on
 * the last page): keyset paging, so a page costs the same however far down the list it is.
 */
public record Slice<T>(List<T> items, UUID next) {
}
