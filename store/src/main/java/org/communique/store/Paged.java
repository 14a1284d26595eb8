package org.communique.store;

import java.util.List;

/** One page of a long list: its items, which page it is (from 1), how many pages there are and how many items in all. */
public record Paged<T>(List<T> items, int page, int pages, long total) {
    /** The page of {@code total} items a page of {@code size} items holds, counted from 1; at least one page, even of nothing. */
    static int pages(long total, int size) {
        return (int) Math.max(1, (total + size - 1) / size);
    }
}
